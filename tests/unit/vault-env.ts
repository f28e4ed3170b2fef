import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import type { Account } from '@/utils/accounts/account';
import { DB_NAME, openVaultDb } from '@/utils/vault/db';
import type { FailedUnlocks } from '@/utils/vault/unlock-throttle';
import { Vault, type VaultEnv } from '@/utils/vault/vault';

export const CHEAP_KDF = { alg: 'argon2id', memoryKiB: 64, iterations: 1, parallelism: 1 } as const;

/**
 * A vault on its own fresh IndexedDB with an in-memory session store, plus handles to both so a test can
 * play "the service worker restarted" (new Vault, same disk and session) or "the browser restarted"
 * (new Vault, same disk, empty session).
 */
/** The session key store and the wrong-try count of one browser, in memory (`storage.session` and `local` in the extension). */
export function memoryVaultStores() {
  let sessionKey: Uint8Array<ArrayBuffer> | null = null;
  let failures: FailedUnlocks | null = null;
  return {
    hasSessionKey: () => sessionKey !== null,
    /** What a browser restart does to `storage.session`. */
    forgetSessionKey: () => {
      sessionKey = null;
    },
    sessionKeys: {
      get: async () => sessionKey,
      set: async (key: Uint8Array<ArrayBuffer>) => {
        sessionKey = key;
      },
      clear: async () => {
        sessionKey = null;
      },
    },
    failedUnlocks: {
      get: async () => failures,
      set: async (value: FailedUnlocks) => {
        failures = value;
      },
    },
  };
}

export function makeVaultWorld(clock = { now: 1_700_000_000_000 }) {
  globalThis.indexedDB = new IDBFactory();
  const stores = memoryVaultStores();
  const { sessionKeys, failedUnlocks } = stores;
  const env: VaultEnv = { db: () => openVaultDb(), sessionKeys, failedUnlocks, now: () => clock.now, kdf: CHEAP_KDF };
  return {
    env,
    clock,
    vault: new Vault(env),
    restartWorker: () => new Vault(env),
    restartBrowser: () => {
      stores.forgetSessionKey();
      return new Vault(env);
    },
    rawDb: () => openDB(DB_NAME),
    hasSessionKey: stores.hasSessionKey,
  };
}

export function sampleAccount(id: string, overrides: Partial<Account> = {}): Account {
  return {
    id,
    issuer: 'Example',
    label: `alice-${id}@example.com`,
    secret: 'JBSWY3DPEHPK3PXP',
    otp: { kind: 'totp', algorithm: 'SHA1', digits: 6, period: 30 },
    domains: ['example.com'],
    notes: '',
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  };
}
