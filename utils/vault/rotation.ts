import type { IDBPDatabase } from 'idb';
import { importDataKey, newDataKeyBytes } from '@/utils/vault/codec';
import { applyChanges, commit } from '@/utils/vault/commit';
import type { KeyWrapper, StoredRecord, TesseraDB, VaultHeader } from '@/utils/vault/db';
import type { Argon2idParams } from '@/utils/vault/kdf';
import { wrapWithPassphrase } from '@/utils/vault/key-wrapping';
import { sealManifest, type Manifest } from '@/utils/vault/manifest';
import { contentsOf, openVault } from '@/utils/vault/open-vault';
import { resealRecords, rewrapSecurityKeys } from '@/utils/vault/rekey';
import { markRotated, openSyncState, sealSyncState } from '@/utils/sync/local-state';

export interface Rotation {
  rawKey: Uint8Array<ArrayBuffer>;
  header: VaultHeader;
  records: StoredRecord[];
  /** Names of security keys registered before key agreement: they no longer open the vault. */
  droppedKeys: string[];
}

/**
 * A new data key for a passphrase change: every readable record re-sealed under it (same write version, so
 * the manifest keeps its meaning), a new passphrase wrapper, each security key re-wrapped for its public half,
 * and the manifest sealed again. A copy of the old header then opens nothing written from now on.
 * Records that do not open stay as they are: they were lost before, and stay reported.
 */
export async function rotateDataKey(input: {
  header: VaultHeader;
  oldKey: CryptoKey;
  records: readonly StoredRecord[];
  manifest: Manifest;
  passphrase: string;
  kdf?: Omit<Argon2idParams, 'salt'>;
}): Promise<Rotation> {
  const rawKey = newDataKeyBytes();
  const newKey = await importDataKey(rawKey);
  const records = await resealRecords(input.records, input.oldKey, newKey);
  const securityKeys = await rewrapSecurityKeys(input.header.wrappers, rawKey);
  const wrappers: KeyWrapper[] = [await wrapWithPassphrase(rawKey, input.passphrase, input.kdf), ...securityKeys.wrappers];
  const manifest = await sealManifest(newKey, input.manifest);
  return {
    rawKey,
    header: { ...input.header, format: 2, wrappers, manifest },
    records,
    droppedKeys: securityKeys.droppedKeys,
  };
}

/** Rotates the vault opened by `oldRaw` to a new data key and passphrase, all in one transaction. */
export async function rotateAndCommit(
  db: IDBPDatabase<TesseraDB>,
  header: VaultHeader,
  oldRaw: Uint8Array<ArrayBuffer>,
  passphrase: string,
  kdf?: Omit<Argon2idParams, 'salt'>,
): Promise<Rotation> {
  const oldKey = await importDataKey(oldRaw);
  const records = await db.getAll('records');
  // The manifest as it stands (or, before manifests, as the records are): damage stays reported after the change.
  const opened = await openVault(oldKey, header, records);
  const { manifest } = opened;
  const rotation = await rotateDataKey({ header, oldKey, records, manifest, passphrase, ...(kdf ? { kdf } : {}) });
  // Sync's state follows the new key, and keeps the old one until the remote vault is published under the new.
  const storedSync = await db.get('sync', 'state');
  const syncState = storedSync ? await openSyncState(oldKey, storedSync) : null;
  const newKey = await importDataKey(rotation.rawKey);
  const resealedSync = syncState ? await sealSyncState(newKey, markRotated(syncState, oldRaw)) : undefined;
  // The snapshot is sealed again under the new key, beside the records re-sealed under it.
  const changes = { put: rotation.records, header: rotation.header, ...(resealedSync ? { syncState: resealedSync } : {}) };
  const contents = { ...contentsOf(newKey, opened), records: applyChanges(opened.records, changes) };
  await commit(db, contents, changes);
  return rotation;
}
