import { describe, expect, it } from 'vitest';
import { hotpAccount, totpAccount } from '@/tests/unit/sync-accounts';
import { createClock, stampTime } from '@/utils/sync/hlc';
import { isDeleted } from '@/utils/sync/merge';
import { accountToDoc, docToAccount } from '@/utils/sync/sync-doc';

const clock = () => createClock('aaaaaaaa', () => 1_000_000);

describe('accountToDoc', () => {
  it('stamps every register of a new account, and reads back the same account', () => {
    const tick = clock().tick;
    const account = totpAccount('acc1', { pinned: true, lastUsedAt: 5, backupCodes: [{ code: 'abcd-1234', used: true, usedAt: 7 }] });
    const stamp = tick();
    const doc = accountToDoc(account, undefined, stamp, 'a0');
    expect(Object.keys(doc.fields).sort()).toEqual(['createdAt', 'domains', 'issuer', 'label', 'notes', 'otp', 'pinned']);
    expect(Object.values(doc.fields).every((r) => r.at === stamp)).toBe(true);
    expect(doc.fields.otp!.value).toEqual({ secret: account.secret, otp: account.otp });
    expect(doc.usedBackupCodes).toEqual({ 'abcd-1234': 7 });
    expect(docToAccount(doc)).toEqual(account);
  });

  it('re-stamps only the fields that changed', () => {
    const { tick } = clock();
    const first = accountToDoc(totpAccount('acc1'), undefined, tick(), 'a0');
    const second = accountToDoc(totpAccount('acc1', { label: 'work', updatedAt: 2_000 }), first, tick(), 'a0');
    expect(second.fields.label).toEqual({ value: 'work', at: second.fields.label!.at });
    expect(second.fields.label!.at > first.fields.label!.at).toBe(true);
    for (const name of ['issuer', 'domains', 'notes', 'otp', 'createdAt']) expect(second.fields[name]).toBe(first.fields[name]);
    expect(second.position).toBe(first.position);
    expect(second.updatedAt).toBe(2_000);
  });

  it('keeps algorithm, digits and period with the secret: one edit', () => {
    const { tick } = clock();
    const first = accountToDoc(totpAccount('acc1'), undefined, tick(), 'a0');
    const changed = totpAccount('acc1', { otp: { kind: 'totp', algorithm: 'SHA256', digits: 8, period: 60 } });
    const second = accountToDoc(changed, first, tick(), 'a0');
    expect(second.fields.otp!.at > first.fields.otp!.at).toBe(true);
    expect(docToAccount(second)!.otp).toEqual(changed.otp);
  });

  it('keeps a HOTP counter out of the registers: a step is not an edit, and the counter never goes back', () => {
    const { tick } = clock();
    const first = accountToDoc(hotpAccount('acc1', 5), undefined, tick(), 'a0');
    expect(first.hotpCounter).toBe(5);
    expect(first.fields.otp!.value).toEqual({ secret: 'JBSWY3DPEHPK3PXP', otp: { kind: 'hotp', algorithm: 'SHA1', digits: 6 } });
    const stepped = accountToDoc(hotpAccount('acc1', 6), first, tick(), 'a0');
    expect(stepped.fields).toEqual(first.fields);
    expect(stepped.hotpCounter).toBe(6);
    const stale = accountToDoc(hotpAccount('acc1', 2), stepped, tick(), 'a0');
    expect(docToAccount(stale)!.otp).toMatchObject({ counter: 6 });
  });

  it('a new set of backup codes is one edit; a use only grows the uses', () => {
    const { tick } = clock();
    const codes = (used: boolean) => [
      { code: 'aaaa-1111', used: false },
      used ? { code: 'bbbb-2222', used: true, usedAt: 50 } : { code: 'bbbb-2222', used: false },
    ];
    const first = accountToDoc(totpAccount('acc1', { backupCodes: codes(false) }), undefined, tick(), 'a0');
    const used = accountToDoc(totpAccount('acc1', { backupCodes: codes(true) }), first, tick(), 'a0');
    expect(used.backupCodes!.at).toBe(first.backupCodes!.at);
    expect(used.usedBackupCodes).toEqual({ 'bbbb-2222': 50 });
    expect(docToAccount(used)!.backupCodes).toEqual(codes(true));
    // Marking it unused here does not take the use back: a used code is used everywhere.
    const unmarked = accountToDoc(totpAccount('acc1', { backupCodes: codes(false) }), used, tick(), 'a0');
    expect(docToAccount(unmarked)!.backupCodes).toEqual(codes(true));
    const replaced = accountToDoc(totpAccount('acc1', { backupCodes: [{ code: 'cccc-3333', used: false }] }), used, tick(), 'a0');
    expect(replaced.backupCodes!.at > first.backupCodes!.at).toBe(true);
    expect(docToAccount(replaced)!.backupCodes).toEqual([{ code: 'cccc-3333', used: false }]);
    expect(replaced.usedBackupCodes).toEqual({ 'bbbb-2222': 50 });
  });

  it('lastUsedAt and updatedAt take the latest, and are not edits', () => {
    const { tick } = clock();
    const first = accountToDoc(totpAccount('acc1', { lastUsedAt: 900 }), undefined, tick(), 'a0');
    const older = accountToDoc(totpAccount('acc1', { lastUsedAt: 100, updatedAt: 10 }), first, tick(), 'a0');
    expect(older).toEqual(first);
  });

  it('a local delete is the tombstone; Undo writes over it; a field unset is an edit to null', () => {
    const { tick } = clock();
    const first = accountToDoc(totpAccount('acc1', { pinned: true }), undefined, tick(), 'a0');
    const deleted = accountToDoc(totpAccount('acc1', { pinned: true, deletedAt: 123 }), first, tick(), 'a0');
    expect(isDeleted(deleted)).toBe(true);
    expect(docToAccount(deleted)).toBeNull();
    expect(docToAccount(deleted, { keepDeleted: true })).toMatchObject({ id: 'acc1', deletedAt: stampTime(deleted.deleted!.at) });
    const restored = accountToDoc(totpAccount('acc1'), deleted, tick(), 'a0');
    expect(restored.deleted!.value).toBe(false);
    expect(restored.fields.pinned!.value).toBeNull();
    expect(docToAccount(restored)).toEqual(totpAccount('acc1'));
  });

  it('a change to an account that stays deleted keeps it deleted', () => {
    const { tick } = clock();
    const deleted = accountToDoc(totpAccount('acc1', { deletedAt: 5 }), undefined, tick(), 'a0');
    const renamed = accountToDoc(totpAccount('acc1', { deletedAt: 5, label: 'x' }), deleted, tick(), 'a0');
    expect(isDeleted(renamed)).toBe(true);
    expect(renamed.deleted!.at).toBe(renamed.fields.label!.at);
  });

  it('a move is one register', () => {
    const { tick } = clock();
    const first = accountToDoc(totpAccount('acc1'), undefined, tick(), 'a0');
    const moved = accountToDoc(totpAccount('acc1'), first, tick(), 'a5');
    expect(moved.fields).toEqual(first.fields);
    expect(moved.position.value).toBe('a5');
    expect(moved.position.at > first.position.at).toBe(true);
  });

  it('round-trips: a doc made from its own account changes nothing', () => {
    const { tick } = clock();
    const doc = accountToDoc(
      hotpAccount('acc1', 3, { notes: 'n', backupCodes: [{ code: 'x1y2z3w4', used: true }] }),
      undefined,
      tick(),
      'a0',
    );
    expect(accountToDoc(docToAccount(doc)!, doc, tick(), 'a0')).toEqual(doc);
  });

  it('refuses a stale stamp for a change, which would lose to what it replaces', () => {
    const ahead = createClock('bbbbbbbb', () => 9_000_000);
    const first = accountToDoc(totpAccount('acc1'), undefined, ahead.tick(), 'a0');
    expect(() => accountToDoc(totpAccount('acc1', { label: 'x' }), first, clock().tick(), 'a0')).toThrow(RangeError);
    const { tick, receive } = clock();
    receive(first.fields.label!.at);
    expect(accountToDoc(totpAccount('acc1', { label: 'x' }), first, tick(), 'a0').fields.label!.value).toBe('x');
  });

  it('refuses another account’s doc, and a doc without a secret', () => {
    const { tick } = clock();
    const doc = accountToDoc(totpAccount('acc1'), undefined, tick(), 'a0');
    expect(() => accountToDoc(totpAccount('acc2'), doc, tick(), 'a0')).toThrow(RangeError);
    const fields = { ...doc.fields };
    delete fields.otp;
    expect(() => docToAccount({ ...doc, fields })).toThrow(RangeError);
  });
});
