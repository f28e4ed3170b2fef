import type { IDBPDatabase } from 'idb';
import { t } from '@/utils/i18n/t';
import { importDataKey, newDataKeyBytes } from '@/utils/vault/codec';
import type { TesseraDB, VaultHeader } from '@/utils/vault/db';
import { VaultError } from '@/utils/vault/errors';
import { requireWellFormed } from '@/utils/vault/header-check';
import type { Argon2idParams } from '@/utils/vault/kdf';
import { wrapWithPassphrase } from '@/utils/vault/key-wrapping';
import { sealManifest } from '@/utils/vault/manifest';

/** The header as stored, unchecked: undefined before a vault was created. */
export async function storedHeader(db: IDBPDatabase<TesseraDB>): Promise<unknown> {
  return db.get('meta', 'header');
}

/** The stored header, refused when there is none or it is not well formed (header-check.ts). */
export async function requireHeader(db: IDBPDatabase<TesseraDB>): Promise<VaultHeader> {
  const header = await storedHeader(db);
  if (header === undefined) throw new VaultError('not-created', t('vault_error_not_created'));
  return requireWellFormed(header);
}

/** A new vault's header: a fresh data key wrapped by the passphrase, and the manifest of no records. */
export async function newVaultHeader(
  passphrase: string,
  now: number,
  kdf?: Omit<Argon2idParams, 'salt'>,
): Promise<{ header: VaultHeader; rawKey: Uint8Array<ArrayBuffer> }> {
  const rawKey = newDataKeyBytes();
  const header: VaultHeader = {
    format: 2,
    createdAt: now,
    wrappers: [await wrapWithPassphrase(rawKey, passphrase, kdf)],
    manifest: await sealManifest(await importDataKey(rawKey), new Map()),
  };
  return { header, rawKey };
}

/** Writes the header alone: `add` for a new vault, so two racing creations cannot overwrite each other's. */
export async function writeHeader(db: IDBPDatabase<TesseraDB>, header: VaultHeader, mode: 'add' | 'put'): Promise<void> {
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([mode === 'add' ? tx.store.add(header, 'header') : tx.store.put(header, 'header'), tx.done]);
}
