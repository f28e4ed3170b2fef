import type { Account } from '@/utils/accounts/account';
import { sealSyncState, type SyncLocalState } from '@/utils/sync/local-state';
import { importDataKey } from '@/utils/vault/codec';
import { applyChanges, type RecordChanges, type VaultContents } from '@/utils/vault/commit';
import type { PlannedChange } from '@/utils/vault/edits';
import type { PassphraseWrapper, StoredRecord, VaultHeader } from '@/utils/vault/db';
import { advance } from '@/utils/vault/manifest';
import { contentsOf } from '@/utils/vault/open-vault';
import { sealAccount } from '@/utils/vault/records';
import { resealRecords, rewrapSecurityKeys } from '@/utils/vault/rekey';
import type { UnlockedVault } from '@/utils/vault/unlocked-session';

/** What a sync merged: accounts written (new or changed), records removed (deleted elsewhere), the list order. */
export interface SyncChange {
  /** The vault's write revision the merge read its snapshot at. */
  revision: number;
  put: Account[];
  remove: string[];
  order: string[];
  state: SyncLocalState;
}

/**
 * The record changes for a merged sync, with sync's sealed state, and the vault they leave. `stored` is the
 * record store as it is on disk. Records only moved in the list keep their ciphertext: the order is outside it.
 */
export async function planSyncApply(unlocked: UnlockedVault, stored: readonly StoredRecord[], change: SyncChange): Promise<PlannedChange> {
  const storedById = new Map(stored.map((record) => [record.id, record]));
  const removed = new Set(change.remove);
  const order = new Map(change.order.filter((id) => !removed.has(id)).map((id, i) => [id, i]));
  let nextPosition = Math.max(-1, ...order.values()) + 1;
  for (const account of change.put) if (!order.has(account.id)) order.set(account.id, nextPosition++);
  const putIds = new Set(change.put.map((a) => a.id));
  const manifest = advance(unlocked.manifest, [...putIds], change.remove);
  const sealed = await Promise.all(change.put.map((a) => sealAccount(unlocked.dataKey, a, order.get(a.id)!, manifest.get(a.id)!)));
  const moved: StoredRecord[] = [];
  for (const [id, position] of order) {
    const record = storedById.get(id);
    if (record && !putIds.has(id) && record.order !== position) moved.push({ ...record, order: position });
  }
  const accounts = new Map(unlocked.accounts);
  for (const id of change.remove) accounts.delete(id);
  for (const account of change.put) accounts.set(account.id, account);
  const damage = unlocked.damage.filter((d) => !putIds.has(d.id) && !removed.has(d.id));
  // Positions for the accounts this vault holds: ids the merge ordered but neither holds nor wrote are not added.
  const nextOrder = new Map(unlocked.order);
  for (const id of change.remove) nextOrder.delete(id);
  for (const [id, position] of order) if (nextOrder.has(id) || putIds.has(id)) nextOrder.set(id, position);
  return {
    next: { manifest, accounts, damage, order: nextOrder },
    changes: {
      put: [...sealed, ...moved],
      remove: change.remove.filter((id) => storedById.has(id)),
      syncState: await sealSyncState(unlocked.dataKey, change.state),
    },
  };
}

/**
 * Taking on another device's data key: every readable record re-sealed under it, `passphraseWrappers` as this
 * vault's, each security key re-wrapped for its public half (those registered before key agreement dropped and
 * named), and sync's state sealed under the new key. `contents` is what the vault holds once that committed.
 */
export async function planKeyAdoption(input: {
  unlocked: UnlockedVault;
  header: VaultHeader;
  stored: readonly StoredRecord[];
  rawKey: Uint8Array<ArrayBuffer>;
  passphraseWrappers: readonly PassphraseWrapper[];
  state: SyncLocalState;
}): Promise<{ contents: VaultContents; changes: RecordChanges; droppedKeys: string[] }> {
  const { unlocked, header } = input;
  const newKey = await importDataKey(input.rawKey);
  const put = await resealRecords(input.stored, unlocked.dataKey, newKey);
  const securityKeys = await rewrapSecurityKeys(header.wrappers, input.rawKey);
  const changes = {
    put,
    header: { ...header, format: 2 as const, wrappers: [...input.passphraseWrappers, ...securityKeys.wrappers] },
    syncState: await sealSyncState(newKey, input.state),
  };
  const contents = contentsOf(newKey, { ...unlocked, records: applyChanges(unlocked.records, changes) });
  return { contents, changes, droppedKeys: securityKeys.droppedKeys };
}
