/**
 * JSON endpoints behind the "Add security key" and "Use a security key"
 * buttons. Requests carry the CSRF token in `x-csrf-token` (from the page's meta tag).
 */
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { readJson, sendJson } from '../http';
import type { User } from '../store';
import { authenticationOptions, finishAuthentication, finishRegistration, registrationOptions } from '../webauthn';
import { checkCsrf, rotateSession, type Ctx, type Routes } from './context';

function csrfHeader(ctx: Ctx): void {
  const header = ctx.req.headers['x-csrf-token'];
  checkCsrf(ctx, typeof header === 'string' ? header : undefined);
}

function userFrom(ctx: Ctx, name: string | null): User | null {
  const user = name === null ? undefined : ctx.store.findUser(name);
  if (!user) sendJson(ctx.res, { ok: false, error: 'Sign in first.' }, 401);
  return user ?? null;
}

/**
 * Just enough shape checking to hand the body to @simplewebauthn/server, which
 * validates the rest (and throws on anything malformed).
 */
function isCredentialJson(value: unknown): value is { id: string; rawId: string; type: string; response: object } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.rawId === 'string' &&
    v.type === 'public-key' &&
    typeof v.response === 'object' &&
    v.response !== null
  );
}

/** Library errors (wrong challenge, bad signature…) become a 400 the page can show, not a crash. */
async function guarded(ctx: Ctx, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    sendJson(ctx.res, { ok: false, error: error instanceof Error ? error.message : 'Security key check failed.' }, 400);
  }
}

/** The user and the posted credential of a verify request; null once an error has been answered. */
async function credentialRequest(ctx: Ctx, username: string | null) {
  csrfHeader(ctx);
  const user = userFrom(ctx, username);
  const body = await readJson(ctx.req);
  if (!user) return null;
  if (!isCredentialJson(body)) {
    sendJson(ctx.res, { ok: false, error: 'Malformed credential.' }, 400);
    return null;
  }
  return { user, body };
}

export const webauthnRoutes: Routes = {
  'POST /webauthn/register/options': async (ctx) => {
    csrfHeader(ctx);
    const user = userFrom(ctx, ctx.session.username);
    if (user) sendJson(ctx.res, await registrationOptions(ctx.rp, user, ctx.session));
  },
  'POST /webauthn/register/verify': async (ctx) => {
    const request = await credentialRequest(ctx, ctx.session.username);
    if (!request) return;
    const { user, body } = request;
    await guarded(ctx, async () => {
      const name = await finishRegistration(ctx.rp, user, ctx.session, body as RegistrationResponseJSON);
      if (name) ctx.session.flash = `${name} added.`;
      sendJson(ctx.res, name ? { ok: true, name } : { ok: false, error: 'The security key could not be verified.' }, name ? 200 : 400);
    });
  },

  'POST /webauthn/authenticate/options': async (ctx) => {
    csrfHeader(ctx);
    const user = userFrom(ctx, ctx.session.pendingUsername);
    if (user) sendJson(ctx.res, await authenticationOptions(ctx.rp, user, ctx.session));
  },
  'POST /webauthn/authenticate/verify': async (ctx) => {
    const request = await credentialRequest(ctx, ctx.session.pendingUsername);
    if (!request) return;
    const { user, body } = request;
    await guarded(ctx, async () => {
      if (!(await finishAuthentication(ctx.rp, user, ctx.session, body as AuthenticationResponseJSON))) {
        sendJson(ctx.res, { ok: false, error: 'That security key is not registered for this account.' }, 400);
        return;
      }
      rotateSession(ctx, (s) => {
        s.username = user.username;
      });
      sendJson(ctx.res, { ok: true, redirect: '/' });
    });
  },
};
