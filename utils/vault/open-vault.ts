import type { Account } from '@/utils/accounts/account';
import { t } from '@/utils/i18n/t';
import type { IDBPDatabase } from 'idb';
import { commit } from '@/utils/vault/commit';
import type { StoredRecord, TesseraDB, VaultHeader } from '@/utils/vault/db';
import { requireWellFormed } from '@/utils/vault/header-check';
import { VaultError } from '@/utils/vault/errors';
import { openManifest, sealManifest, type Manifest } from '@/utils/vault/manifest';
import { openAccount, writeVersionOf } from '@/utils/vault/records';

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
  const result: Checked = { accounts: new Map(), order: new Map(), damage: [], manifest, needsManifest: stated === null };
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

/** Reads the header and every record in one snapshot and opens them; a vault from before manifests gets one. */
export async function loadVault(db: IDBPDatabase<TesseraDB>, dataKey: CryptoKey): Promise<OpenedVault> {
  const tx = db.transaction(['meta', 'records']);
  const [stored, records] = await Promise.all([tx.objectStore('meta').get('header'), tx.objectStore('records').getAll(), tx.done]);
  const { needsManifest, ...opened } = await openVault(dataKey, requireWellFormed(stored), records);
  if (needsManifest) await commit(db, await sealManifest(dataKey, opened.manifest));
  return opened;
}
