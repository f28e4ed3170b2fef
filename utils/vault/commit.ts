import type { IDBPDatabase } from 'idb';
import { t } from '@/utils/i18n/t';
import type { Sealed } from '@/utils/vault/codec';
import type { StoredRecord, TesseraDB, VaultHeader } from '@/utils/vault/db';
import { VaultError } from '@/utils/vault/errors';

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

/**
 * Writes record changes and the manifest that covers them in one IndexedDB transaction, so the manifest can
 * never describe records that are not on disk. Everything is sealed before the transaction starts: it would
 * commit on its own while WebCrypto is awaited.
 */
export async function commit(db: IDBPDatabase<TesseraDB>, manifest: Sealed, changes: RecordChanges = {}): Promise<void> {
  const tx = db.transaction(['meta', 'records', 'sync'], 'readwrite');
  const meta = tx.objectStore('meta');
  const records = tx.objectStore('records');
  const requests: Promise<unknown>[] = [];
  const writes = (async () => {
    const header = changes.header ?? (await meta.get('header'));
    if (!header) throw new VaultError('not-created', t('vault_error_not_created'));
    // Requests in one transaction run in the order they were made: the clear comes before the puts.
    if (changes.clear) requests.push(records.clear());
    for (const record of changes.put ?? []) requests.push(records.put(record));
    for (const id of changes.remove ?? []) requests.push(records.delete(id));
    if (changes.syncState) requests.push(tx.objectStore('sync').put(changes.syncState, 'state'));
    requests.push(meta.put({ ...header, format: 2, manifest }, 'header'));
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

/** Only the clear-text list positions change: no ciphertext, so no manifest entry, is touched. */
export async function writeOrder(db: IDBPDatabase<TesseraDB>, ordered: readonly string[]): Promise<void> {
  const tx = db.transaction('records', 'readwrite');
  const writes = ordered.map(async (id, order) => {
    const record = await tx.store.get(id);
    if (record && record.order !== order) await tx.store.put({ ...record, order });
  });
  await Promise.all([...writes, tx.done]);
}
