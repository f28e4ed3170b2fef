import type { Account } from '@/utils/accounts/account';
import { utf8 } from '@/utils/bytes';
import { open, seal } from '@/utils/vault/codec';
import type { StoredRecord } from '@/utils/vault/db';

/** Version of the account plaintext inside each record. */
export const RECORD_SCHEMA_VERSION = 1;

// Binding the id and schema version into the additional data means a record copied into another slot,
// or relabelled with another version, no longer decrypts.
const recordAad = (id: string, version: number) => `tessera:record:${id}:v${version}`;

export async function sealAccount(dataKey: CryptoKey, account: Account, order: number): Promise<StoredRecord> {
  const plaintext = utf8.encode(JSON.stringify(account));
  const sealed = await seal(dataKey, plaintext, recordAad(account.id, RECORD_SCHEMA_VERSION));
  plaintext.fill(0);
  return { id: account.id, order, v: RECORD_SCHEMA_VERSION, sealed };
}

/** The account inside a record, or null when the record was altered, moved or is not ours. */
export async function openAccount(dataKey: CryptoKey, record: StoredRecord): Promise<Account | null> {
  const plaintext = await open(dataKey, record.sealed, recordAad(record.id, record.v));
  if (!plaintext) return null;
  try {
    const account = JSON.parse(utf8.decode(plaintext)) as Account;
    return account.id === record.id ? account : null;
  } catch {
    return null;
  }
}

export interface OpenedRecords {
  accounts: Map<string, Account>;
  order: Map<string, number>;
  /** Ids of records that no longer decrypt: kept on disk untouched, reported to the user. */
  damaged: string[];
}

/** Every record's account and place in the order; records that no longer decrypt are listed as damaged. */
export async function openAll(dataKey: CryptoKey, records: readonly StoredRecord[]): Promise<OpenedRecords> {
  const opened = await Promise.all(records.map((record) => openAccount(dataKey, record)));
  const result: OpenedRecords = { accounts: new Map(), order: new Map(), damaged: [] };
  records.forEach((record, i) => {
    const account = opened[i];
    if (account) {
      result.accounts.set(account.id, account);
      result.order.set(account.id, record.order);
    } else {
      result.damaged.push(record.id);
    }
  });
  return result;
}
