import { stampTime } from '@/utils/sync/hlc';
import { isDeleted, latestEdit } from '@/utils/sync/merge';
import type { HlcStamp, SyncDoc } from '@/utils/sync/types';

/**
 * How long a tombstone stays in the vault after the delete: long enough for every device in use to have synced
 * at least once since (a browser opened once a season), short enough that deleted accounts' ciphertext does not
 * pile up. While it stays, Undo on any device brings the account back whole.
 */
export const TOMBSTONE_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * The vault without the tombstones older than `olderThan` (ms; normally `now - TOMBSTONE_RETENTION_MS`), by
 * the time in the delete's stamp. Only deleted docs are removed; a doc an edit brought back stays.
 * Pruning is the one step that is not a merge: a device that still holds the account alive and had not seen the
 * delete would bring it back, which `forgetPrunedDocs` prevents.
 */
export function pruneTombstones(docs: ReadonlyMap<string, SyncDoc>, olderThan: number): Map<string, SyncDoc> {
  const kept = new Map<string, SyncDoc>();
  for (const [id, doc] of docs) {
    if (isDeleted(doc) && stampTime(doc.deleted!.at) < olderThan) continue;
    kept.set(id, doc);
  }
  return kept;
}

/**
 * For a device coming back (after any absence, and especially one longer than the retention): the local docs to
 * drop before merging with the remote vault, because the remote deleted and pruned them meanwhile.
 * A local doc is dropped when the remote (the same vault: the caller has checked its header) no longer has it,
 * every stamp in it is no newer than `syncedThrough` (the clock's `last()` when this device's last complete sync
 * finished writing, so the remote had this very doc), and its newest edit is older than `olderThan` (a remote
 * doc disappears only by pruning, which needs a delete that old). Anything edited here since is kept: an edit
 * newer than the delete brings the account back, as a merge would have.
 */
export function forgetPrunedDocs(
  local: ReadonlyMap<string, SyncDoc>,
  remoteIds: ReadonlySet<string>,
  syncedThrough: HlcStamp,
  olderThan: number,
): Set<string> {
  const gone = new Set<string>();
  for (const [id, doc] of local) {
    if (remoteIds.has(id)) continue;
    const newest = doc.deleted && doc.deleted.at > latestEdit(doc) ? doc.deleted.at : latestEdit(doc);
    if (newest <= syncedThrough && stampTime(latestEdit(doc)) < olderThan) gone.add(id);
  }
  return gone;
}
