import type { Account } from '@/utils/accounts/account';
import { utf8 } from '@/utils/bytes';
import { open, seal } from '@/utils/vault/codec';
import type { StoredRecord } from '@/utils/vault/db';

/** Version of the record format: 2 adds the write version `n` to the additional data. */
export const RECORD_SCHEMA_VERSION = 2;

// Binding the id, schema version and write version into the additional data means a record copied into
// another slot, relabelled with another version, or given another write number no longer decrypts.
const recordAad = (record: Pick<StoredRecord, 'id' | 'v' | 'n'>) =>
  record.v === 1 ? `tessera:record:${record.id}:v1` : `tessera:record:${record.id}:v${record.v}:n${record.n}`;

/** The write version a record claims (bound into its ciphertext); records from before schema 2 are 0. */
export const writeVersionOf = (record: StoredRecord): number => (record.v === 1 ? 0 : (record.n ?? -1));

export async function sealAccount(dataKey: CryptoKey, account: Account, order: number, writeVersion: number): Promise<StoredRecord> {
  const plaintext = utf8.encode(JSON.stringify(account));
  const record = { id: account.id, order, v: RECORD_SCHEMA_VERSION, n: writeVersion };
  const sealed = await seal(dataKey, plaintext, recordAad(record));
  plaintext.fill(0);
  return { ...record, sealed };
}

/** The account inside a record, or null when the record was altered, moved or is not ours. */
export async function openAccount(dataKey: CryptoKey, record: StoredRecord): Promise<Account | null> {
  if (record.v !== 1 && !Number.isSafeInteger(record.n)) return null;
  const plaintext = await open(dataKey, record.sealed, recordAad(record));
  if (!plaintext) return null;
  try {
    const account = JSON.parse(utf8.decode(plaintext)) as Account;
    return account.id === record.id ? account : null;
  } catch {
    return null;
  }
}
