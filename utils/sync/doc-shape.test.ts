import { describe, expect, it } from 'vitest';
import { hotpAccount } from '@/tests/unit/sync-accounts';
import { readSyncDoc } from '@/utils/sync/doc-shape';
import { createClock } from '@/utils/sync/hlc';
import { accountToDoc } from '@/utils/sync/sync-doc';

const doc = accountToDoc(
  hotpAccount('acc1', 4, { backupCodes: [{ code: 'aaaa-1111', used: true, usedAt: 3 }], lastUsedAt: 9, deletedAt: 5 }),
  undefined,
  createClock('aaaaaaaa', () => 1_000).tick(),
  'a0',
);

describe('readSyncDoc', () => {
  it('reads back what JSON carried', () => {
    expect(readSyncDoc(JSON.parse(JSON.stringify(doc)), 'acc1')).toEqual(doc);
  });

  it('keeps registers of fields it does not know, and drops unknown top-level keys', () => {
    const raw = { ...doc, extra: 1, fields: { ...doc.fields, future: { value: [1], at: doc.position.at } } };
    const read = readSyncDoc(raw);
    expect(read.fields.future).toEqual({ value: [1], at: doc.position.at });
    expect(read).not.toHaveProperty('extra');
  });

  it.each([
    ['not an object', null, 'doc'],
    ['another id', { ...doc, id: 'other' }, 'id'],
    ['no secret', { ...doc, fields: { label: doc.fields.label } }, 'fields.otp'],
    ['a register without a stamp', { ...doc, fields: { ...doc.fields, label: { value: 'x', at: 'yesterday' } } }, 'fields.label'],
    ['a bad position', { ...doc, position: { value: 'a00', at: doc.position.at } }, 'position'],
    ['a negative counter', { ...doc, hotpCounter: -1 }, 'hotpCounter'],
    ['codes that are not a list', { ...doc, backupCodes: { value: 'aaaa', at: doc.position.at } }, 'backupCodes'],
    ['a use that is not a time', { ...doc, usedBackupCodes: { x: 'now' } }, 'usedBackupCodes'],
    ['a tombstone that is not a boolean', { ...doc, deleted: { value: 'yes', at: doc.position.at } }, 'deleted'],
    ['a bad time', { ...doc, lastUsedAt: -5 }, 'lastUsedAt'],
  ])('refuses %s', (_name, raw, part) => {
    expect(() => readSyncDoc(raw, 'acc1')).toThrow(`Sync doc: bad ${part}`);
  });
});
