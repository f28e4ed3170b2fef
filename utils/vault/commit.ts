import type { IDBPDatabase } from 'idb';
import type { Account } from '@/utils/accounts/account';
import { t } from '@/utils/i18n/t';
import type { Sealed } from '@/utils/vault/codec';
import type { StoredRecord, TesseraDB, VaultHeader } from '@/utils/vault/db';
import { VaultError } from '@/utils/vault/errors';
import { sealManifest, type Manifest } from '@/utils/vault/manifest';
import { sealSnapshot } from '@/utils/vault/snapshot';

export interface RecordChanges {
  /** Empties the record store before the puts (a restore replaces everything). */
  clear?: boolean;
  put?: readonly StoredRecord[];
  remove?: readonly string[];
  /** A whole new header (a rotation); otherwise the stored one keeps everything but its manifest. */
  header?: VaultHeader;
  /** Sync's sealed state (utils/sync/local-state.ts), written with the records a sync applied. */
  syncState?: Sealed;
}

/** What the vault holds once the changes are written: the manifest covers `records`, `accounts` are theirs. */
export interface VaultContents {
  dataKey: CryptoKey;
  manifest: Manifest;
  /** Every record the store holds after the change (applyChanges), damaged ones included. */
  records: ReadonlyMap<string, StoredRecord>;
  /** The readable accounts of `records`. */
  accounts: ReadonlyMap<string, Account>;
  /** Whether any record is reported damaged: such a vault has no snapshot and is opened record by record. */
  damaged: boolean;
}

/** The record store after `changes`, from the store before them. */
export function applyChanges(records: ReadonlyMap<string, StoredRecord>, changes: RecordChanges): Map<string, StoredRecord> {
  const next = changes.clear ? new Map<string, StoredRecord>() : new Map(records);
  for (const record of changes.put ?? []) next.set(record.id, record);
  for (const id of changes.remove ?? []) next.delete(id);
  return next;
}

/**
 * Writes record changes, the manifest that covers them and the snapshot of the whole vault (snapshot.ts) in one
 * IndexedDB transaction, so neither can describe records that are not on disk: an interrupted write leaves all
 * three as they were. Everything is sealed before the transaction starts: it would commit on its own while
 * WebCrypto is awaited. A vault with damage gets no snapshot (an old one is deleted): it opens record by record.
 */
export async function commit(db: IDBPDatabase<TesseraDB>, contents: VaultContents, changes: RecordChanges = {}): Promise<void> {
  const manifest = await sealManifest(contents.dataKey, contents.manifest);
  const snapshot = contents.damaged
    ? null
    : await sealSnapshot(contents.dataKey, manifest, contents.manifest, contents.accounts.values(), contents.records.values());
  const tx = db.transaction(['meta', 'records', 'sync'], 'readwrite');
  const meta = tx.objectStore('meta');
  const records = tx.objectStore('records');
  const requests: Promise<unknown>[] = [];
  const writes = (async () => {
    const header = changes.header ?? ((await meta.get('header')) as VaultHeader | undefined);
    if (!header) throw new VaultError('not-created', t('vault_error_not_created'));
    // Requests in one transaction run in the order they were made: the clear comes before the puts.
    if (changes.clear) requests.push(records.clear());
    for (const record of changes.put ?? []) requests.push(records.put(record));
    for (const id of changes.remove ?? []) requests.push(records.delete(id));
    if (changes.syncState) requests.push(tx.objectStore('sync').put(changes.syncState, 'state'));
    requests.push(meta.put({ ...header, format: 2, manifest }, 'header'));
    requests.push(snapshot ? meta.put(snapshot, 'snapshot') : meta.delete('snapshot'));
    await Promise.all(requests);
  })();
  try {
    await writes;
  } catch (error) {
    // Requests made before the failure reject with the abort; that is the expected outcome, not news.
    for (const request of requests) request.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // A failed request has aborted it already.
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
}

/**
 * Only the clear-text list positions change: no ciphertext, so no manifest entry and no snapshot (which holds
 * no positions and hashes no `order` field), is touched.
 */
export async function writeOrder(db: IDBPDatabase<TesseraDB>, ordered: readonly string[]): Promise<void> {
  const tx = db.transaction('records', 'readwrite');
  const writes = ordered.map(async (id, order) => {
    const record = await tx.store.get(id);
    if (record && record.order !== order) await tx.store.put({ ...record, order });
  });
  await Promise.all([...writes, tx.done]);
}
