/**
 * The contracts the sync parts are built against (issue 17): the remote store (`SyncBackend`, with a WebDAV and a
 * browser-sync-storage implementation passing one contract test), the clock (`HlcStamp`) and the unit that is
 * merged (`SyncDoc`). The merge (`mergeDocs`) is a join: commutative, associative and idempotent.
 */

/**
 * A hybrid logical clock reading, encoded so that string order is time order: wall-clock milliseconds (base 36,
 * 9 digits), a counter for readings within one millisecond (base 36, 4 digits), and the device id that breaks
 * ties, e.g. `0lq3v2k8w-0000-d1f4c2a0`. Two devices never produce the same stamp.
 */
export type HlcStamp = string;

/** A last-writer-wins register: the value written with the largest stamp wins on every device. */
export interface Register<T> {
  value: T;
  at: HlcStamp;
}

/** One backup code as merged: known by its code; once used on any device, used everywhere. */
export interface SyncedBackupCode {
  code: string;
  used: boolean;
  /** The earliest use any device saw, when used. */
  usedAt?: number;
}

/**
 * One account as it is merged and stored remotely (inside ciphertext). Each group of fields a person edits
 * together is its own register, so edits of different fields on two devices both survive.
 */
export interface SyncDoc {
  id: string;
  /** The fields of `Account` other than the ones below, one register each (issuer, label, domains, notes, pinned, …). */
  fields: Record<string, Register<unknown>>;
  /** HOTP only: the largest counter any device reached wins, so a code is never handed out twice. */
  hotpCounter?: number;
  /** The current set of backup codes is a register (a replaced set replaces); use of a code is merged by OR. */
  backupCodes?: Register<SyncedBackupCode[]>;
  /**
   * Refined (merge engine): every code any device ever saw used, with the earliest use (null: used, time not
   * known). Grow-only, merged by union. Kept apart from the `backupCodes` register because that register may be
   * replaced by a set without the code and later by one with it again: the use must survive both replacements.
   * The `used`/`usedAt` inside the register's codes are always read from here.
   */
  usedBackupCodes?: Record<string, number | null>;
  /** Refined: last copy or fill; the latest wins (a use is not an edit, so it never revives a deleted account). */
  lastUsedAt?: number;
  /** Refined: the latest `Account.updatedAt` any device wrote (a HOTP step updates it too, so it is not a register). */
  updatedAt?: number;
  /** Position in the list: a sortable key, ties broken by id. */
  position: Register<string>;
  /**
   * A tombstone: `true` with a stamp at least as new as every other register deletes the account on every device
   * (a delete wins over the edits it could have seen; an edit stamped after it brings the account back, whole).
   * `false` with a newer stamp is an undo.
   */
  deleted?: Register<boolean>;
}

/** What a remote file is: its name and the version the server gave it (an ETag, or the backend's own counter). */
export interface RemoteEntry {
  name: string;
  /** Opaque; passed back as the precondition of a write or delete. */
  version: string;
  size: number;
}

export type SyncFailure =
  /** The precondition did not hold: someone else wrote first. Read again and merge. */
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  /** 5xx, timeout, offline. */
  | 'unavailable'
  /** browser sync storage: the vault does not fit its quota. */
  | 'quota'
  /** The server answered something that is not WebDAV. */
  | 'bad-response';

export class SyncError extends Error {
  constructor(
    readonly failure: SyncFailure,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

/** A remote store of opaque files. Implementations never see plaintext. */
export interface SyncBackend {
  readonly kind: 'webdav' | 'browser-sync';
  /** Every file, with its current version. Creates the remote folder when it is missing. */
  list(): Promise<RemoteEntry[]>;
  /** The file, or null when there is none. */
  read(name: string): Promise<{ bytes: Uint8Array; version: string } | null>;
  /**
   * Writes the file only if its current version is `expected` (null: only if there is no such file), and
   * returns the new version; otherwise throws SyncError('conflict').
   */
  write(name: string, bytes: Uint8Array, expected: string | null): Promise<string>;
  /** Deletes the file only if its current version is `expected`; a file already gone is not an error. */
  delete(name: string, expected: string): Promise<void>;
}
