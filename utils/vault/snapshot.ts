import type { Account } from '@/utils/accounts/account';
import { utf8 } from '@/utils/bytes';
import { open, seal, type Sealed } from '@/utils/vault/codec';
import type { StoredRecord } from '@/utils/vault/db';
import type { Manifest } from '@/utils/vault/manifest';
import { writeVersionOf } from '@/utils/vault/records';

/**
 * Every account of an undamaged vault in one AES-GCM value under the data key, so a restarted background opens
 * the vault with one decryption instead of one per record. It is only ever a faster way to the same answer:
 * it is bound to the sealed manifest it was written with (its IV is in the additional data), it names the
 * manifest's ids and write versions, and it holds a SHA-256 of every record's id, versions, IV and ciphertext.
 * Unless the manifest and the records on disk are exactly those, it is ignored and the records are opened one
 * by one (open-vault.ts), with their damage reported as before. The list positions are not in it: they are
 * read from the records, which writeOrder changes without touching any ciphertext.
 */
interface SnapshotContents {
  manifest: [string, number][];
  records: string;
  accounts: Account[];
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The sealed manifest this snapshot belongs to: a manifest sealed again (a new IV) makes it stale. */
const snapshotAad = (manifest: Sealed) => `tessera:snapshot:v1:${hex(manifest.iv)}`;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * SHA-256 over each record's id, schema and write version, IV and ciphertext, in id order, each part
 * length-prefixed. Equal digests mean the records are byte for byte those the snapshot was sealed beside.
 */
export async function recordsDigest(records: Iterable<StoredRecord>): Promise<string> {
  const parts: Uint8Array[] = [];
  for (const record of [...records].sort(byId)) {
    parts.push(utf8.encode(JSON.stringify([record.id, record.v, record.n ?? null])), record.sealed.iv, new Uint8Array(record.sealed.ct));
  }
  const total = parts.reduce((sum, part) => sum + 4 + part.byteLength, 0);
  const joined = new Uint8Array(total);
  const view = new DataView(joined.buffer);
  let at = 0;
  for (const part of parts) {
    view.setUint32(at, part.byteLength);
    joined.set(part, at + 4);
    at += 4 + part.byteLength;
  }
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', joined)));
}

const manifestEntries = (manifest: Manifest): [string, number][] =>
  [...manifest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export async function sealSnapshot(
  dataKey: CryptoKey,
  sealedManifest: Sealed,
  manifest: Manifest,
  accounts: Iterable<Account>,
  records: Iterable<StoredRecord>,
): Promise<Sealed> {
  const contents: SnapshotContents = {
    manifest: manifestEntries(manifest),
    records: await recordsDigest(records),
    accounts: [...accounts],
  };
  const plaintext = utf8.encode(JSON.stringify(contents));
  const sealed = await seal(dataKey, plaintext, snapshotAad(sealedManifest));
  plaintext.fill(0);
  return sealed;
}

const isSealed = (value: unknown): value is Sealed =>
  typeof value === 'object' &&
  value !== null &&
  (value as Sealed).iv instanceof Uint8Array &&
  (value as Sealed).iv.byteLength === 12 &&
  Object.prototype.toString.call((value as Sealed).ct) === '[object ArrayBuffer]';

/** Whether the records are exactly what `manifest` lists: no id missing or extra, every write version its own. */
function recordsMatch(manifest: Manifest, records: readonly StoredRecord[]): boolean {
  return records.length === manifest.size && records.every((record) => manifest.get(record.id) === writeVersionOf(record));
}

/**
 * The accounts in `stored`, or null when it is not a snapshot of exactly this manifest and these records:
 * missing, sealed beside another manifest, not opening with this key, or the records changed since.
 * `manifest` is the one opened from `sealedManifest` (authenticated by the data key).
 */
export async function openSnapshot(
  dataKey: CryptoKey,
  sealedManifest: Sealed,
  manifest: Manifest,
  stored: unknown,
  records: readonly StoredRecord[],
): Promise<Map<string, Account> | null> {
  if (!isSealed(stored) || !recordsMatch(manifest, records)) return null;
  const [plaintext, digest] = await Promise.all([open(dataKey, stored, snapshotAad(sealedManifest)), recordsDigest(records)]);
  if (!plaintext) return null;
  let contents: SnapshotContents;
  try {
    contents = JSON.parse(utf8.decode(plaintext)) as SnapshotContents;
  } catch {
    return null;
  } finally {
    plaintext.fill(0);
  }
  if (contents.records !== digest || !Array.isArray(contents.manifest) || !Array.isArray(contents.accounts)) return null;
  if (contents.manifest.length !== manifest.size || contents.manifest.some(([id, n]) => manifest.get(id) !== n)) return null;
  const accounts = new Map(contents.accounts.map((account) => [account.id, account]));
  if (accounts.size !== manifest.size || [...accounts.keys()].some((id) => !manifest.has(id))) return null;
  return accounts;
}
