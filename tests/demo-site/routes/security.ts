/**
 * The signed-in security settings: turning authenticator 2FA on (password
 * re-check → QR setup → backup codes) and off, and backup-code management.
 */
import { newBackupCodes, unusedCodes } from '../backup-codes';
import { readForm, redirect, sendText } from '../http';
import { checkPassword } from '../passwords';
import { checkTotp, newTotpSecret } from '../totp';
import type { User } from '../store';
import { backupCodesBody, backupCodesText, passwordCheckBody, securityBody } from '../views/security';
import { parseQrVariant, setupPage } from '../views/setup';
import { WEBAUTHN_VENDOR_SCRIPT } from './assets';
import { checkCsrf, grantSudo, inSudo, render, requireUser, type Ctx, type Routes } from './context';

/** `?qr=<variant>` is kept from the Enable step through setup, so a test or demo can pick the QR style up front. */
function qrQuery(ctx: Ctx): string {
  const asked = ctx.url.searchParams.get('qr');
  return asked === null ? '' : `?qr=${parseQrVariant(asked)}`;
}

function renderEnable(ctx: Ctx, error: string | null): void {
  const body = passwordCheckBody({
    csrf: ctx.session.csrf,
    action: `/security/2fa/enable${qrQuery(ctx)}`,
    heading: 'Confirm your password',
    intro: 'To turn on two-factor authentication, confirm it is you.',
    submitLabel: 'Continue',
    error,
  });
  render(ctx, 'Confirm your password', body, {}, error ? 401 : 200);
}

function renderDisable(ctx: Ctx, error: string | null): void {
  const body = passwordCheckBody({
    csrf: ctx.session.csrf,
    action: '/security/2fa/disable',
    heading: 'Disable two-factor authentication',
    intro: 'Enter your password to turn off two-factor authentication. Your backup codes will stop working.',
    submitLabel: 'Disable',
    error,
  });
  render(ctx, 'Disable two-factor authentication', body, {}, error ? 401 : 200);
}

async function renderSetup(ctx: Ctx, user: User, secret: string, error: string | null): Promise<void> {
  const view = await setupPage({
    csrf: ctx.session.csrf,
    username: user.username,
    variant: parseQrVariant(ctx.url.searchParams.get('qr')),
    secret,
    decoySecret: user.decoyTotpSecret ?? '',
    error,
  });
  render(ctx, 'Set up your authenticator app', view.body, { theme: view.theme, scripts: view.scripts }, error ? 400 : 200);
}

/** The pending secret, if the user may be on the setup page; otherwise redirects and returns null. */
function setupSecret(ctx: Ctx, user: User): string | null {
  if (user.totpSecret !== null) {
    redirect(ctx.res, '/security');
    return null;
  }
  if (!inSudo(ctx) || user.pendingTotpSecret === null) {
    redirect(ctx.res, `/security/2fa/enable${qrQuery(ctx)}`);
    return null;
  }
  return user.pendingTotpSecret;
}

export const securityRoutes: Routes = {
  'GET /security': async (ctx) => {
    const user = requireUser(ctx);
    if (!user) return;
    const body = securityBody({
      csrf: ctx.session.csrf,
      totpOn: user.totpSecret !== null,
      backupCodesLeft: unusedCodes(user.backupCodes).length,
      securityKeys: user.securityKeys,
    });
    render(ctx, 'Security', body, { scripts: ['webauthn-register.js'], vendorScripts: [WEBAUTHN_VENDOR_SCRIPT] });
  },

  'GET /security/2fa/enable': async (ctx) => {
    const user = requireUser(ctx);
    if (!user) return;
    if (user.totpSecret !== null) redirect(ctx.res, '/security');
    else renderEnable(ctx, null);
  },
  'POST /security/2fa/enable': async (ctx) => {
    const form = await readForm(ctx.req);
    checkCsrf(ctx, form.get('_csrf'));
    const user = requireUser(ctx);
    if (!user) return;
    if (!(await checkPassword(form.get('password') ?? '', user.passwordHash))) {
      renderEnable(ctx, 'That password is not right.');
      return;
    }
    grantSudo(ctx);
    // A fresh secret each time setup starts: a QR seen earlier (e.g. on a shared screen) is never the one enabled.
    user.pendingTotpSecret = newTotpSecret();
    user.decoyTotpSecret = newTotpSecret();
    redirect(ctx.res, `/security/2fa/setup${qrQuery(ctx)}`);
  },

  'GET /security/2fa/setup': async (ctx) => {
    const user = requireUser(ctx);
    const secret = user && setupSecret(ctx, user);
    if (user && secret) await renderSetup(ctx, user, secret, null);
  },
  'POST /security/2fa/setup': async (ctx) => {
    const form = await readForm(ctx.req);
    checkCsrf(ctx, form.get('_csrf'));
    const user = requireUser(ctx);
    const secret = user && setupSecret(ctx, user);
    if (!user || !secret) return;
    if (!(await checkTotp(secret, form.get('code') ?? ''))) {
      await renderSetup(ctx, user, secret, "That code didn't work. Check that your app shows Tessera Demo and enter its current code.");
      return;
    }
    user.totpSecret = secret;
    user.pendingTotpSecret = null;
    user.decoyTotpSecret = null;
    user.backupCodes = newBackupCodes();
    ctx.session.flash = 'Two-factor authentication is on.';
    redirect(ctx.res, '/security/backup-codes');
  },

  'GET /security/backup-codes': async (ctx) => {
    const user = requireUser(ctx);
    if (!user) return;
    if (user.totpSecret === null) redirect(ctx.res, '/security');
    else render(ctx, 'Backup codes', backupCodesBody(unusedCodes(user.backupCodes)), { scripts: ['copy-codes.js'] });
  },
  'GET /security/backup-codes.txt': async (ctx) => {
    const user = requireUser(ctx);
    if (!user) return;
    if (user.totpSecret === null) {
      redirect(ctx.res, '/security');
      return;
    }
    sendText(ctx.res, backupCodesText(user.username, unusedCodes(user.backupCodes)), 'text/plain; charset=utf-8', {
      'content-disposition': 'attachment; filename="tessera-demo-backup-codes.txt"',
    });
  },
  // No password re-check here (GitHub asks for none either): the old codes stop working, nothing is disclosed
  // that the signed-in user couldn't already see, and the CSRF token stops cross-site triggering.
  'POST /security/backup-codes/regenerate': async (ctx) => {
    const form = await readForm(ctx.req);
    checkCsrf(ctx, form.get('_csrf'));
    const user = requireUser(ctx);
    if (!user) return;
    if (user.totpSecret === null) {
      redirect(ctx.res, '/security');
      return;
    }
    user.backupCodes = newBackupCodes();
    ctx.session.flash = 'New backup codes generated. The old ones no longer work.';
    redirect(ctx.res, '/security/backup-codes');
  },

  'GET /security/2fa/disable': async (ctx) => {
    const user = requireUser(ctx);
    if (!user) return;
    if (user.totpSecret === null) redirect(ctx.res, '/security');
    else renderDisable(ctx, null);
  },
  'POST /security/2fa/disable': async (ctx) => {
    const form = await readForm(ctx.req);
    checkCsrf(ctx, form.get('_csrf'));
    const user = requireUser(ctx);
    if (!user) return;
    if (!(await checkPassword(form.get('password') ?? '', user.passwordHash))) {
      renderDisable(ctx, 'That password is not right.');
      return;
    }
    // Security keys are left alone: they are managed (and still asked for at sign-in) on their own.
    user.totpSecret = null;
    user.pendingTotpSecret = null;
    user.backupCodes = [];
    ctx.session.flash = 'Two-factor authentication is off.';
    redirect(ctx.res, '/security');
  },
};
