import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Sealed } from '@/utils/vault/codec';
import type { Argon2idParams } from '@/utils/vault/kdf';

/** A way to unwrap the data key. Hardware keys add more kinds later. */
export interface PassphraseWrapper {
  kind: 'passphrase';
  kdf: Argon2idParams;
  wrappedKey: Sealed;
}

/**
 * A hardware security key: the data key wrapped by a key the extension page derived (HKDF) from the
 * authenticator's WebAuthn PRF output. With `passphraseKdf`, the passphrase is needed as well (policy "both").
 */
export interface SecurityKeyWrapper {
  kind: 'security-key';
  /** base64url WebAuthn credential id. */
  credentialId: string;
  name: string;
  addedAt: number;
  lastUsedAt: number | null;
  /** The PRF input ("salt") the key is asked to evaluate; not secret. */
  prfSalt: Uint8Array<ArrayBuffer>;
  passphraseKdf?: Argon2idParams;
  wrappedKey: Sealed;
}

export type KeyWrapper = PassphraseWrapper | SecurityKeyWrapper;

/** Either factor unlocks, or (both) a security key and the passphrase together. */
export type UnlockPolicy = 'either' | 'both';

export interface VaultHeader {
  /** Format of the header itself; bump when its shape changes. */
  format: 1;
  createdAt: number;
  wrappers: KeyWrapper[];
  /** Absent in vaults made before security keys: 'either'. */
  policy?: UnlockPolicy;
}

/** One account: only the id and the list position stay outside the ciphertext. */
export interface StoredRecord {
  id: string;
  order: number;
  /** Schema version of the plaintext inside; bound into the additional data. */
  v: number;
  sealed: Sealed;
}

export interface TesseraDB extends DBSchema {
  meta: { key: 'header'; value: VaultHeader };
  records: { key: string; value: StoredRecord; indexes: { order: number } };
}

export const DB_NAME = 'tessera-vault';
export const DB_VERSION = 1;

/**
 * The one place the IndexedDB schema is defined. Each `oldVersion < N` step upgrades from N-1 to N so a
 * profile at any older version reaches the current one.
 */
export function openVaultDb(name = DB_NAME): Promise<IDBPDatabase<TesseraDB>> {
  return openDB<TesseraDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        db.createObjectStore('records', { keyPath: 'id' }).createIndex('order', 'order');
      }
    },
  });
}
