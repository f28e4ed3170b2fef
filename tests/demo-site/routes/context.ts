/** What every route handler gets, and the checks most of them share. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, redirect, sendHtml } from '../http';
import type { OtpInputStyle, Session, Store, User } from '../store';
import { page, type PageOptions } from '../views/layout';
import type { SafeHtml } from '../views/html';
import type { RelyingParty } from '../webauthn';

export const SESSION_COOKIE = 'tessera_demo_sid';
/** How long a password re-check unlocks 2FA setup/disable. */
const SUDO_MS = 10 * 60 * 1000;

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  store: Store;
  session: Session;
  rp: RelyingParty;
}

export type Handler = (ctx: Ctx) => Promise<void>;
export type Routes = Record<string, Handler>;

function setSessionCookie(ctx: Ctx, session: Session): void {
  ctx.res.setHeader('set-cookie', `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Lax`);
}

/** Gives the request a session if it has none (forms need a CSRF token even before sign-in). */
export function attachSession(ctx: Omit<Ctx, 'session'>, cookieValue: string | undefined): Ctx {
  const existing = ctx.store.getSession(cookieValue);
  const session = existing ?? ctx.store.newSession();
  const full: Ctx = { ...ctx, session };
  if (!existing) setSessionCookie(full, session);
  return full;
}

/**
 * Replaces the session (new id, new CSRF token) whenever the sign-in state
 * changes, so a session id planted before sign-in is worthless afterwards.
 */
export function rotateSession(ctx: Ctx, change: (fresh: Session) => void): void {
  const fresh = ctx.store.newSession(ctx.session.otpInput);
  change(fresh);
  ctx.store.dropSession(ctx.session.id);
  ctx.session = fresh;
  setSessionCookie(ctx, fresh);
}

export function checkCsrf(ctx: Ctx, token: string | undefined): void {
  if (token !== ctx.session.csrf) throw new HttpError(403, 'This form expired. Go back, reload the page and try again.');
}

/** The signed-in user, or null after redirecting to sign-in. */
export function requireUser(ctx: Ctx): User | null {
  const user = ctx.session.username === null ? undefined : ctx.store.findUser(ctx.session.username);
  if (!user) {
    redirect(ctx.res, '/signin');
    return null;
  }
  return user;
}

export function hasSecondFactor(user: User): boolean {
  return user.totpSecret !== null || user.securityKeys.length > 0;
}

export function grantSudo(ctx: Ctx): void {
  ctx.session.sudoUntil = Date.now() + SUDO_MS;
}

export function inSudo(ctx: Ctx): boolean {
  return Date.now() < ctx.session.sudoUntil;
}

export function otpStyleFrom(url: URL, fallback: OtpInputStyle): OtpInputStyle {
  const asked = url.searchParams.get('otp');
  if (asked === 'split') return 'split';
  if (asked === 'single') return 'single';
  return fallback;
}

/** Renders a full page for this session, consuming its one-shot flash message. */
export function render(ctx: Ctx, title: string, body: SafeHtml, extra: Partial<PageOptions> = {}, status = 200): void {
  const flash = ctx.session.flash;
  ctx.session.flash = null;
  sendHtml(ctx.res, page({ title, viewer: ctx.session.username, csrf: ctx.session.csrf, body, flash, ...extra }), status);
}
