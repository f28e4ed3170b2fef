import type { HandlerContext, HandlerTable } from '@/utils/background/context';
import { requireRecentRecheck } from '@/utils/background/recheck-gate';
import { t } from '@/utils/i18n/t';
import { RequestError, type SyncTarget } from '@/utils/messaging/protocol';
import type { BackendConfig } from '@/utils/sync/local-state';
import type { SyncStatus } from '@/utils/sync/status';

/** A WebDAV folder Tessera may talk to: https anywhere, http only on this computer (a local test server). */
export function backendConfigOf(target: SyncTarget): BackendConfig {
  if (target.kind === 'browser-sync') return { kind: 'browser-sync' };
  let url: URL;
  try {
    url = new URL(target.url ?? '');
  } catch {
    throw new RequestError('invalid-input', t('sync_error_bad_url'));
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && local)) || url.username || url.password) {
    throw new RequestError('invalid-input', t('sync_error_bad_url'));
  }
  const href = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return { kind: 'webdav', url: href, user: target.user ?? '', password: target.password ?? '' };
}

/**
 * Turning sync on (a target) or off (null): the one call site for either. Both send the vault somewhere or stop
 * doing so, so both need a recent re-check of the passphrase or a key, like revealing a secret.
 */
export async function setSyncEnabled(ctx: HandlerContext, config: BackendConfig | null, deviceName?: string): Promise<SyncStatus> {
  await requireRecentRecheck(ctx);
  return ctx.sync.setEnabled(config, deviceName);
}

export const syncHandlers: HandlerTable<'sync.status' | 'sync.now' | 'sync.test' | 'sync.enable' | 'sync.disable' | 'sync.join'> = {
  'sync.status': async (_payload, ctx) => ctx.sync.status(),
  'sync.now': async (_payload, ctx) => ctx.sync.syncNow(),
  'sync.test': async ({ target }, ctx) => {
    await ctx.sync.testConnection(backendConfigOf(target));
    return null;
  },
  'sync.enable': async ({ target, deviceName }, ctx) => setSyncEnabled(ctx, backendConfigOf(target), deviceName),
  'sync.disable': async (_payload, ctx) => setSyncEnabled(ctx, null),
  'sync.join': async ({ passphrase }, ctx) => ctx.sync.joinWithPassphrase(passphrase),
};
