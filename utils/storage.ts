import { storage } from 'wxt/utils/storage';
import type { FailedUnlocks } from '@/utils/vault/unlock-throttle';

export interface Settings {
  /** Minutes without use after which the vault locks itself. */
  autoLockMinutes: number;
}

export const DEFAULT_SETTINGS: Settings = { autoLockMinutes: 30 };
export const AUTO_LOCK_RANGE = { min: 1, max: 24 * 60 } as const;

/**
 * Every storage item Tessera uses, in one place. Nothing secret goes to `local:`/`sync:`: the data key is
 * the only secret outside IndexedDB, and it lives in `session:` (memory only, cleared on browser restart).
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

export const failedUnlocksItem = storage.defineItem<FailedUnlocks | null>('local:vault.failedUnlocks', {
  fallback: null,
});

/** Base64 of the unlocked data key. */
export const sessionDataKeyItem = storage.defineItem<string | null>('session:vault.dataKey', { fallback: null });
