/**
 * Test-only endpoints, mounted only when the server starts with `testHooks: true`:
 * they disclose secrets, which is the point (tests cross-check what a page shows).
 */
import { sendJson } from '../http';
import type { Routes } from './context';

export const testHookRoutes: Routes = {
  /** `{ username, secret, state }` where state says whether the secret is still pending setup or active. */
  'GET /__test/secret': async (ctx) => {
    const user = ctx.store.findUser(ctx.url.searchParams.get('user') ?? '');
    if (!user) {
      sendJson(ctx.res, { error: 'No such user' }, 404);
      return;
    }
    const state = user.pendingTotpSecret !== null ? 'pending' : user.totpSecret !== null ? 'active' : 'none';
    sendJson(ctx.res, { username: user.username, secret: user.pendingTotpSecret ?? user.totpSecret, state });
  },
};
