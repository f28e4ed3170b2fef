import type { SyncStatus } from '@/utils/sync/status';
import { storage } from 'wxt/utils/storage';
import type { FailedUnlocks } from '@/utils/vault/unlock-throttle';

/** The theme setting's choices; 'system' follows the operating system. */
export const THEMES = ['system', 'light', 'dark'] as const;

export interface Settings {
  /** Minutes without use after which the vault locks itself. */
  autoLockMinutes: number;
  /** Fill a code as soon as a code field appears on a site with exactly one bound account. */
  autoFill: boolean;
  /** Submit the form after filling. */
  autoSubmit: boolean;
  /** Seconds after which a copied code is wiped from the clipboard if it is still there; 0 = never. */
  clipboardClearSeconds: number;
  theme: (typeof THEMES)[number];
  /** 'auto' follows the browser's language. */
  language: string;
  /** The popup shows codes as dots until they are clicked (against shoulder-surfing). */
  hideCodes: boolean;
  /**
   * Seconds after a successful re-check (passphrase or security key) during which showing a secret, backup
   * codes, the unencrypted export or changing security keys does not ask again; 0 = ask every time.
   */
  recheckGraceSeconds: number;
}

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 30,
  autoFill: true,
  autoSubmit: false,
  clipboardClearSeconds: 30,
  theme: 'system',
  language: 'auto',
  hideCodes: false,
  recheckGraceSeconds: 120,
};
export const CLIPBOARD_CLEAR_RANGE = { min: 0, max: 600 } as const;
export const AUTO_LOCK_RANGE = { min: 1, max: 24 * 60 } as const;
export const RECHECK_GRACE_RANGE = { min: 0, max: 60 * 60 } as const;

/**
 * Every storage item Tessera uses, in one place. Nothing secret goes to `local:`/`sync:`: the data key is
 * the only secret outside IndexedDB, and it lives in `session:` (memory only, cleared on browser restart).
 */
const storedSettings = storage.defineItem<Partial<Settings>>('local:settings', { fallback: {} });

/** Settings with defaults filled in, so settings added in a later version have a value for existing users. */
export const settingsItem = {
  getValue: async (): Promise<Settings> => ({ ...DEFAULT_SETTINGS, ...(await storedSettings.getValue()) }),
  setValue: (settings: Settings): Promise<void> => storedSettings.setValue(settings),
};

/** When the person last saved an encrypted backup file (ms since epoch): for the reminder to make one. */
export const lastBackupAtItem = storage.defineItem<number | null>('local:backup.lastAt', { fallback: null });

export const failedUnlocksItem = storage.defineItem<FailedUnlocks | null>('local:vault.failedUnlocks', {
  fallback: null,
});

/** Base64 of the unlocked data key. */
export const sessionDataKeyItem = storage.defineItem<string | null>('session:vault.dataKey', { fallback: null });

/**
 * When the person last proved the passphrase or a security key again (the background's clock), and whether a
 * window-0 grant was spent. `session:` like the data key: a worker restart within the grace window keeps it,
 * a browser restart (which locks the vault) drops it; lock clears it.
 */
export const sessionRecheckItem = storage.defineItem<{ at: number; spent: boolean } | null>('session:vault.recheck', { fallback: null });
/** Sync's status for Settings (utils/sync/status.ts): nothing secret; the WebDAV password is inside the vault. */
export const syncStatusItem = storage.defineItem<SyncStatus | null>('local:sync.status', { fallback: null });

/** Record files a sync wrote or superseded that may be orphans if it did not finish (remote file names only). */
export const syncPendingItem = storage.defineItem<string[]>('local:sync.pending', { fallback: [] });
