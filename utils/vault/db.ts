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
  /** The data key: under the key's own KEK (made before key agreement), or under `agreement`'s shared key. */
  wrappedKey: Sealed;
  /** Absent in wrappers made before data-key rotation; those cannot follow a rotation (see security-keys.ts). */
  agreement?: KeyAgreement;
}

/**
 * An ECDH P-256 key pair per security key: the private half sealed under the key's KEK, the public half in
 * clear, so that a new data key can be wrapped for the key while it is not present.
 */
export interface KeyAgreement {
  /** Raw uncompressed P-256 point. */
  publicKey: Uint8Array<ArrayBuffer>;
  /** PKCS#8 private key, sealed under the KEK derived from the key's PRF output. */
  sealedPrivateKey: Sealed;
  /** The one-time public key `wrappedKey` was made with. */
  ephemeralPublicKey: Uint8Array<ArrayBuffer>;
}

export type KeyWrapper = PassphraseWrapper | SecurityKeyWrapper;

/** Either factor unlocks, or (both) a security key and the passphrase together. */
export type UnlockPolicy = 'either' | 'both';

export interface VaultHeader {
  /** Format of the header itself: 2 carries a manifest; 1 (before manifests) gets one at its next unlock. */
  format: 1 | 2;
  createdAt: number;
  wrappers: KeyWrapper[];
  /** Absent in vaults made before security keys: 'either'. */
  policy?: UnlockPolicy;
  /** Record ids and write versions, sealed with the data key (manifest.ts); required from format 2. */
  manifest?: Sealed;
}

/** One account: only the id and the list position stay outside the ciphertext. */
export interface StoredRecord {
  id: string;
  order: number;
  /** Schema version of the plaintext inside; bound into the additional data. */
  v: number;
  /** Write version from schema 2 on, bumped on every write and bound into the additional data. */
  n?: number;
  sealed: Sealed;
}

export interface TesseraDB extends DBSchema {
  /** 'header': the VaultHeader; 'snapshot': the whole vault sealed in one value (snapshot.ts), a Sealed. */
  meta: { key: 'header' | 'snapshot'; value: VaultHeader | Sealed };
  records: { key: string; value: StoredRecord; indexes: { order: number } };
  /** Sync's state on this device (utils/sync/local-state.ts), sealed with the data key; written through commit(). */
  sync: { key: 'state'; value: Sealed };
}

export const DB_NAME = 'tessera-vault';
export const DB_VERSION = 2;

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
      if (oldVersion < 2) db.createObjectStore('sync');
    },
  });
}
