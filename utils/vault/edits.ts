import type { Account } from '@/utils/accounts/account';
import type { RecordChanges } from '@/utils/vault/commit';
import type { StoredRecord } from '@/utils/vault/db';
import { advance } from '@/utils/vault/manifest';
import { sealAccount } from '@/utils/vault/records';
import type { UnlockedVault } from '@/utils/vault/unlocked-session';

/** What memory holds once a change committed, beside the record changes that get it there (commit.ts). */
export interface PlannedChange {
  next: Pick<UnlockedVault, 'manifest' | 'accounts' | 'damage' | 'order'>;
  changes: RecordChanges;
}

export interface PlacedAccount {
  account: Account;
  order: number;
}

/** New accounts go to the end of the list; stored ones (same id) keep their place and get `now` as their edit time. */
export function placeAccounts(order: ReadonlyMap<string, number>, accounts: readonly Account[], now: number): PlacedAccount[] {
  let nextOrder = Math.max(-1, ...order.values()) + 1;
  return accounts.map((account) => {
    const existing = order.get(account.id);
    return existing === undefined ? { account, order: nextOrder++ } : { account: { ...account, updatedAt: now }, order: existing };
  });
}

/** Accounts written (new or over stored ones) at their list positions. */
export async function planWrite(unlocked: UnlockedVault, entries: readonly PlacedAccount[]): Promise<PlannedChange> {
  const written = new Set(entries.map(({ account }) => account.id));
  const manifest = advance(unlocked.manifest, [...written]);
  const seal = ({ account, order }: PlacedAccount) => sealAccount(unlocked.dataKey, account, order, manifest.get(account.id)!);
  const accounts = new Map(unlocked.accounts);
  for (const { account } of entries) accounts.set(account.id, account);
  // Written over: a damaged record replaced by a good one is no longer damaged.
  const damage = unlocked.damage.filter((d) => !written.has(d.id));
  const order = new Map(unlocked.order);
  for (const entry of entries) order.set(entry.account.id, entry.order);
  return { next: { manifest, accounts, damage, order }, changes: { put: await Promise.all(entries.map(seal)) } };
}

/** One record removed, with its manifest entry (a damaged one included). */
export function planRemove(unlocked: UnlockedVault, id: string): PlannedChange {
  const accounts = new Map(unlocked.accounts);
  accounts.delete(id);
  const damage = unlocked.damage.filter((d) => d.id !== id);
  const order = new Map(unlocked.order);
  order.delete(id);
  return { next: { manifest: advance(unlocked.manifest, [], [id]), accounts, damage, order }, changes: { remove: [id] } };
}

/** Every record replaced by `accounts`, in their order, with a manifest made afresh. */
export async function planReplaceAll(dataKey: CryptoKey, accounts: readonly Account[]): Promise<PlannedChange> {
  const manifest = advance(
    new Map(),
    accounts.map((a) => a.id),
  );
  const records = await Promise.all(accounts.map((a, order) => sealAccount(dataKey, a, order, manifest.get(a.id)!)));
  const order = new Map(accounts.map((a, i) => [a.id, i]));
  return {
    next: { manifest, accounts: new Map(accounts.map((a) => [a.id, a])), damage: [], order },
    changes: { clear: true, put: records },
  };
}

/**
 * A new list order: `ids` (those the vault holds) in front in the given order, the rest after in theirs. Only the
 * records' clear-text positions change (writeOrder in commit.ts); `order` and `records` are memory after that.
 */
export function planOrder(
  unlocked: UnlockedVault,
  ids: readonly string[],
): { ordered: string[]; order: Map<string, number>; records: Map<string, StoredRecord> } {
  const rest = [...unlocked.order.entries()]
    .filter(([id]) => !ids.includes(id))
    .sort((a, b) => a[1] - b[1])
    .map(([id]) => id);
  const ordered = [...ids.filter((id) => unlocked.order.has(id)), ...rest];
  const order = new Map(unlocked.order);
  const records = new Map(unlocked.records);
  ordered.forEach((id, position) => {
    order.set(id, position);
    const record = records.get(id);
    if (record) records.set(id, { ...record, order: position });
  });
  return { ordered, order, records };
}
