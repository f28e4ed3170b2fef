/** Sign-up, sign-in (password, then authenticator code / backup code) and sign-out. */
import { randomBytes } from 'node:crypto';
import { consumeBackupCode, unusedCodes } from '../backup-codes';
import { readForm, redirect } from '../http';
import { checkPassword, hashPassword, MIN_PASSWORD_LENGTH } from '../passwords';
import { checkTotp } from '../totp';
import type { User } from '../store';
import { backupCodeSignInBody, challengeBody, homeBody, infoBody, otpQuery, signInBody, signUpBody } from '../views/auth';
import { checkCsrf, hasSecondFactor, otpStyleFrom, render, rotateSession, type Ctx, type Routes } from './context';
import { WEBAUTHN_VENDOR_SCRIPT } from './assets';

const USERNAME_PATTERN = /^[A-Za-z0-9._@+-]{3,64}$/;

function signedInAs(ctx: Ctx, username: string): void {
  rotateSession(ctx, (s) => {
    s.username = username;
  });
}

/** The user who passed the password step and still owes a second factor. */
function pendingUser(ctx: Ctx): User | null {
  const name = ctx.session.pendingUsername;
  const user = name === null ? undefined : ctx.store.findUser(name);
  if (!user) {
    redirect(ctx.res, '/signin');
    return null;
  }
  return user;
}

function renderChallenge(ctx: Ctx, user: User, error: string | null): void {
  const style = otpStyleFrom(ctx.url, ctx.session.otpInput);
  const hasSecurityKey = user.securityKeys.length > 0;
  const scripts = [...(style === 'split' ? ['split-otp.js'] : []), ...(hasSecurityKey ? ['webauthn-signin.js'] : [])];
  const body = challengeBody({ csrf: ctx.session.csrf, style, hasTotp: user.totpSecret !== null, hasSecurityKey, error });
  render(
    ctx,
    'Two-factor authentication',
    body,
    { scripts, vendorScripts: hasSecurityKey ? [WEBAUTHN_VENDOR_SCRIPT] : [] },
    error ? 401 : 200,
  );
}

export const authRoutes: Routes = {
  'GET /': async (ctx) => render(ctx, 'Home', homeBody(ctx.session.username)),
  'GET /help': async (ctx) => render(ctx, 'Help', infoBody('Help')),
  'GET /privacy': async (ctx) => render(ctx, 'Privacy', infoBody('Privacy')),
  'GET /terms': async (ctx) => render(ctx, 'Terms', infoBody('Terms')),

  'GET /signup': async (ctx) => render(ctx, 'Sign up', signUpBody(ctx.session.csrf, null)),
  'POST /signup': async (ctx) => {
    const form = await readForm(ctx.req);
    checkCsrf(ctx, form.get('_csrf'));
    const username = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    const fail = (message: string): void => render(ctx, 'Sign up', signUpBody(ctx.session.csrf, message, username), {}, 400);
    if (!USERNAME_PATTERN.test(username)) return fail('Usernames are 3 to 64 letters, digits or . _ @ + - characters.');
    if (password.length < MIN_PASSWORD_LENGTH) return fail(`Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`);
    if (ctx.store.findUser(username)) return fail('That username is taken.');
    const user: User = {
      username,
      passwordHash: await hashPassword(password),
      pendingTotpSecret: null,
      decoyTotpSecret: null,
      totpSecret: null,
      backupCodes: [],
      securityKeys: [],
      webauthnUserId: new Uint8Array(randomBytes(16)),
    };
    ctx.store.addUser(user);
    signedInAs(ctx, username);
    ctx.session.flash = 'Your account is ready.';
    redirect(ctx.res, '/');
  },

  'GET /signin': async (ctx) => {
    // The code style is a "site-wide setting" picked here and remembered for the rest of the flow.
    ctx.session.otpInput = otpStyleFrom(ctx.url, 'single');
    render(ctx, 'Sign in', signInBody(ctx.session.csrf, ctx.session.otpInput, null));
  },
  'POST /signin': async (ctx) => {
    const form = await readForm(ctx.req);
    checkCsrf(ctx, form.get('_csrf'));
    const style = otpStyleFrom(ctx.url, ctx.session.otpInput);
    const username = (form.get('username') ?? '').trim();
    const user = ctx.store.findUser(username);
    // Same message for unknown user and wrong password, so the form doesn't reveal who has an account.
    if (!user || !(await checkPassword(form.get('password') ?? '', user.passwordHash))) {
      render(ctx, 'Sign in', signInBody(ctx.session.csrf, style, 'Incorrect username or password.', username), {}, 401);
      return;
    }
    if (!hasSecondFactor(user)) {
      signedInAs(ctx, user.username);
      redirect(ctx.res, '/');
      return;
    }
    rotateSession(ctx, (s) => {
      s.pendingUsername = user.username;
      s.otpInput = style;
    });
    redirect(ctx.res, `/signin/2fa${otpQuery(style)}`);
  },

  'GET /signin/2fa': async (ctx) => {
    const user = pendingUser(ctx);
    if (user) renderChallenge(ctx, user, null);
  },
  'POST /signin/2fa': async (ctx) => {
    const form = await readForm(ctx.req);
    checkCsrf(ctx, form.get('_csrf'));
    const user = pendingUser(ctx);
    if (!user) return;
    // The split form posts a joined `code` from its script, or d1..d6 if script didn't run.
    const code = form.get('code') || [1, 2, 3, 4, 5, 6].map((n) => form.get(`d${n}`) ?? '').join('');
    if (user.totpSecret !== null && (await checkTotp(user.totpSecret, code))) {
      signedInAs(ctx, user.username);
      redirect(ctx.res, '/');
      return;
    }
    renderChallenge(ctx, user, "That code didn't work. Check your authenticator app and try again.");
  },

  'GET /signin/backup': async (ctx) => {
    if (pendingUser(ctx))
      render(ctx, 'Use a backup code', backupCodeSignInBody(ctx.session.csrf, otpStyleFrom(ctx.url, ctx.session.otpInput), null));
  },
  'POST /signin/backup': async (ctx) => {
    const form = await readForm(ctx.req);
    checkCsrf(ctx, form.get('_csrf'));
    const user = pendingUser(ctx);
    if (!user) return;
    if (consumeBackupCode(user.backupCodes, form.get('code') ?? '')) {
      signedInAs(ctx, user.username);
      ctx.session.flash = `You signed in with a backup code. ${unusedCodes(user.backupCodes).length} backup codes left.`;
      redirect(ctx.res, '/');
      return;
    }
    const style = otpStyleFrom(ctx.url, ctx.session.otpInput);
    const error = "That backup code didn't work. It may be mistyped or already used.";
    render(ctx, 'Use a backup code', backupCodeSignInBody(ctx.session.csrf, style, error), {}, 401);
  },

  'POST /signout': async (ctx) => {
    const form = await readForm(ctx.req);
    checkCsrf(ctx, form.get('_csrf'));
    rotateSession(ctx, () => undefined);
    ctx.session.flash = 'You are signed out.';
    redirect(ctx.res, '/');
  },
};
