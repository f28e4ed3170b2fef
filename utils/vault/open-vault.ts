import type { Account } from '@/utils/accounts/account';
import { t } from '@/utils/i18n/t';
import type { IDBPDatabase } from 'idb';
import type { Sealed } from '@/utils/vault/codec';
import { commit, type VaultContents } from '@/utils/vault/commit';
import type { StoredRecord, TesseraDB, VaultHeader } from '@/utils/vault/db';
import { requireWellFormed } from '@/utils/vault/header-check';
import { VaultError } from '@/utils/vault/errors';
import { openManifest, type Manifest } from '@/utils/vault/manifest';
import { openAccount, writeVersionOf } from '@/utils/vault/records';
import { openSnapshot, sealSnapshot } from '@/utils/vault/snapshot';

/**
 * Why a record is not usable: its ciphertext does not open (`unreadable`), the manifest lists it but the store
 * lacks it (`missing`), the store holds it but the manifest does not (`unexpected`), or its write version is
 * not the manifest's (`rolled-back`: an older copy was put back, or the header was).
 */
export type DamageReason = 'unreadable' | 'missing' | 'unexpected' | 'rolled-back';

export interface DamagedRecord {
  id: string;
  reason: DamageReason;
}

export interface OpenedVault {
  accounts: Map<string, Account>;
  order: Map<string, number>;
  /** Kept on disk untouched (a missing one stays in the manifest) until the person removes it. */
  damage: DamagedRecord[];
  manifest: Manifest;
  /** The records as stored, damaged ones included: the next commit's snapshot hashes them. */
  records: Map<string, StoredRecord>;
}

interface Checked extends OpenedVault {
  /** A vault from before manifests: its manifest is made from the records as they are now. */
  needsManifest: boolean;
}

const damagedHeader = () => new VaultError('damaged-header', t('vault_error_damaged_header'));

/** What the manifest says the vault holds, or (from before manifests) what it holds now. */
async function manifestOf(dataKey: CryptoKey, header: VaultHeader, records: readonly StoredRecord[]): Promise<Manifest | null> {
  if (header.manifest) {
    const manifest = await openManifest(dataKey, header.manifest);
    // The wrapper opened with this data key, so a manifest that does not is damage, not a wrong key.
    if (!manifest) throw damagedHeader();
    return manifest;
  }
  // A manifest dropped from a newer vault would otherwise silently accept whatever the store holds now.
  if (header.format !== 1 || records.some((record) => record.v !== 1)) throw damagedHeader();
  return null;
}

/** Every usable account, and each record that is unreadable, missing, unexpected or older than the manifest. */
export async function openVault(dataKey: CryptoKey, header: VaultHeader, records: readonly StoredRecord[]): Promise<Checked> {
  const stated = await manifestOf(dataKey, header, records);
  const manifest = stated ?? new Map(records.map((record) => [record.id, writeVersionOf(record)]));
  const opened = await Promise.all(records.map((record) => openAccount(dataKey, record)));
  const result: Checked = {
    accounts: new Map(),
    order: new Map(),
    damage: [],
    manifest,
    records: new Map(records.map((record) => [record.id, record])),
    needsManifest: stated === null,
  };
  const present = new Set<string>();
  records.forEach((record, i) => {
    present.add(record.id);
    const account = opened[i];
    const expected = manifest.get(record.id);
    if (!account) result.damage.push({ id: record.id, reason: 'unreadable' });
    else if (expected === undefined) result.damage.push({ id: record.id, reason: 'unexpected' });
    else if (expected !== writeVersionOf(record)) result.damage.push({ id: record.id, reason: 'rolled-back' });
    else {
      result.accounts.set(account.id, account);
      result.order.set(account.id, record.order);
    }
  });
  for (const id of manifest.keys()) if (!present.has(id)) result.damage.push({ id, reason: 'missing' });
  return result;
}

/** What a commit of the vault as opened writes: the same records, manifest and accounts. */
export const contentsOf = (dataKey: CryptoKey, opened: OpenedVault): VaultContents => ({
  dataKey,
  manifest: opened.manifest,
  records: opened.records,
  accounts: opened.accounts,
  damaged: opened.damage.length > 0,
});

/** The vault from its snapshot, or null when the snapshot is not one of exactly these records (snapshot.ts). */
async function fromSnapshot(
  dataKey: CryptoKey,
  header: VaultHeader,
  stored: unknown,
  records: StoredRecord[],
): Promise<OpenedVault | null> {
  if (!header.manifest || stored === undefined) return null;
  const manifest = await openManifest(dataKey, header.manifest);
  const accounts = manifest && (await openSnapshot(dataKey, header.manifest, manifest, stored, records));
  if (!manifest || !accounts) return null;
  return {
    accounts,
    order: new Map(records.map((record) => [record.id, record.order])),
    damage: [],
    manifest,
    records: new Map(records.map((record) => [record.id, record])),
  };
}

/**
 * Writes a snapshot for a vault opened record by record, unless its manifest was sealed again meanwhile (a
 * commit or a rotation has then written its own): the header is read in the same transaction.
 */
async function rebuildSnapshot(
  db: IDBPDatabase<TesseraDB>,
  dataKey: CryptoKey,
  sealedManifest: Sealed,
  opened: OpenedVault,
): Promise<void> {
  const snapshot = await sealSnapshot(dataKey, sealedManifest, opened.manifest, opened.accounts.values(), opened.records.values());
  const tx = db.transaction('meta', 'readwrite');
  const current = (await tx.store.get('header')) as VaultHeader | undefined;
  const unchanged = current?.manifest && sameBytes(current.manifest.iv, sealedManifest.iv);
  await Promise.all([unchanged ? tx.store.put(snapshot, 'snapshot') : undefined, tx.done]);
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);

/**
 * Reads the header, the snapshot and every record in one read and opens them: from the snapshot (one
 * decryption) when it is one of exactly these records, otherwise record by record, and a snapshot is then
 * written for next time. A vault from before manifests gets one.
 */
export async function loadVault(db: IDBPDatabase<TesseraDB>, dataKey: CryptoKey): Promise<OpenedVault> {
  const tx = db.transaction(['meta', 'records']);
  const meta = tx.objectStore('meta');
  const [stored, snapshot, records] = await Promise.all([
    meta.get('header'),
    meta.get('snapshot'),
    tx.objectStore('records').getAll(),
    tx.done,
  ]);
  const header = requireWellFormed(stored);
  const quick = await fromSnapshot(dataKey, header, snapshot, records);
  if (quick) return quick;
  const { needsManifest, ...opened } = await openVault(dataKey, header, records);
  if (needsManifest) await commit(db, contentsOf(dataKey, opened));
  else if (opened.damage.length === 0 && header.manifest) await rebuildSnapshot(db, dataKey, header.manifest, opened);
  return opened;
}
