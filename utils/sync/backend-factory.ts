import { createBrowserSyncBackend } from '@/utils/sync/browser-sync-backend';
import type { BackendConfig } from '@/utils/sync/local-state';
import type { SyncBackend } from '@/utils/sync/types';
import { createWebDavBackend } from '@/utils/sync/webdav-backend';

/** The backend for a stored sync target. */
export function createSyncBackend(config: BackendConfig): SyncBackend {
  return config.kind === 'webdav'
    ? createWebDavBackend({ url: config.url, user: config.user, password: config.password })
    : createBrowserSyncBackend();
}
