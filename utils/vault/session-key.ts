import { browser } from 'wxt/browser';
import { base64ToBytes, bytesToBase64 } from '@/utils/bytes';
import { sessionDataKeyItem } from '@/utils/storage';

/**
 * The unlocked data key lives in `storage.session`: kept in memory by the browser, gone when it restarts,
 * and readable by extension pages only (Chrome: the access level set here; Firefox: content scripts have no
 * `storage.session`). This lets a service worker that was stopped come back unlocked.
 */
export const sessionKeyStore = {
  async restrictToTrustedContexts(): Promise<void> {
    const session = browser.storage.session as typeof browser.storage.session & {
      setAccessLevel?: (options: { accessLevel: string }) => Promise<void>;
    };
    await session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  },
  async get(): Promise<Uint8Array<ArrayBuffer> | null> {
    const value = await sessionDataKeyItem.getValue();
    return value ? base64ToBytes(value) : null;
  },
  async set(rawKey: Uint8Array<ArrayBuffer>): Promise<void> {
    await sessionDataKeyItem.setValue(bytesToBase64(rawKey));
  },
  async clear(): Promise<void> {
    await sessionDataKeyItem.removeValue();
  },
};

export type SessionKeyStore = typeof sessionKeyStore;
