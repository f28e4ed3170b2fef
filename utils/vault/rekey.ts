import type { KeyWrapper, SecurityKeyWrapper, StoredRecord } from '@/utils/vault/db';
import { openAccount, sealAccount, writeVersionOf } from '@/utils/vault/records';
import { rewrapForSecurityKey } from '@/utils/vault/security-keys';

/**
 * Every record that opens with `oldKey`, sealed again under `newKey` with the same write version (so the manifest
 * keeps its meaning) and list position. Records that do not open are left out: they stay as stored, and reported.
 */
export async function resealRecords(records: readonly StoredRecord[], oldKey: CryptoKey, newKey: CryptoKey): Promise<StoredRecord[]> {
  const resealed = await Promise.all(
    records.map(async (record) => {
      const account = await openAccount(oldKey, record);
      return account ? sealAccount(newKey, account, record.order, writeVersionOf(record)) : null;
    }),
  );
  return resealed.filter((record): record is StoredRecord => record !== null);
}

/**
 * Each security key's wrapper made again for a new data key, wrapped for the key's public half (no ceremony needed),
 * in header order. Keys registered before key agreement cannot be re-wrapped: they are dropped and named.
 */
export async function rewrapSecurityKeys(
  wrappers: readonly KeyWrapper[],
  rawKey: Uint8Array<ArrayBuffer>,
): Promise<{ wrappers: SecurityKeyWrapper[]; droppedKeys: string[] }> {
  const rewrappedKeys: SecurityKeyWrapper[] = [];
  const droppedKeys: string[] = [];
  for (const wrapper of wrappers) {
    if (wrapper.kind !== 'security-key') continue;
    const rewrapped = await rewrapForSecurityKey(wrapper, rawKey);
    if (rewrapped) rewrappedKeys.push(rewrapped);
    else droppedKeys.push(wrapper.name);
  }
  return { wrappers: rewrappedKeys, droppedKeys };
}
