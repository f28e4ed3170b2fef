/** Why the last sync did not complete, as Settings shows it (the message is translated in the background). */
export type SyncProblem =
  | 'unauthorized'
  | 'forbidden'
  | 'conflict'
  | 'not-found'
  | 'unavailable'
  | 'quota'
  | 'bad-response'
  | 'needs-passphrase'
  | 'remote-damaged'
  | 'busy'
  | 'no-passphrase'
  | 'locked'
  | 'internal';

/** What this device's sync looks like, kept in storage.local (nothing secret: no URL password, no keys). */
export interface SyncStatus {
  enabled: boolean;
  kind: 'webdav' | 'browser-sync' | null;
  /** WebDAV only: the server's origin and folder, shown in Settings (the user name and password stay in the vault). */
  where: string | null;
  deviceName: string | null;
  running: boolean;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  lastError: { problem: SyncProblem; message: string; status?: number } | null;
  /** Remote records that did not decrypt or authenticate at the last sync (the local copies were kept). */
  undecryptable: number;
  /** Failed syncs in a row: the next alarm waits longer after each. */
  failures: number;
  nextSyncAt: number | null;
}

export const SYNC_OFF: SyncStatus = {
  enabled: false,
  kind: null,
  where: null,
  deviceName: null,
  running: false,
  lastSuccessAt: null,
  lastAttemptAt: null,
  lastError: null,
  undecryptable: 0,
  failures: 0,
  nextSyncAt: null,
};
