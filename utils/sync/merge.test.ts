import { describe, expect, it } from 'vitest';
import { hotpAccount, totpAccount } from '@/tests/unit/sync-accounts';
import type { Account } from '@/utils/accounts/account';
import { canonicalJson, jsonEqual } from '@/utils/sync/canonical-json';
import { createClock, type Clock } from '@/utils/sync/hlc';
import { isDeleted, mergeDocs, mergeRegister, mergeVaults } from '@/utils/sync/merge';
import { accountToDoc, docToAccount } from '@/utils/sync/sync-doc';
import type { SyncDoc } from '@/utils/sync/types';

/** Two browsers that both have account acc1 as of one sync. */
function twoDevices(account: Account = totpAccount('acc1')) {
  const a = createClock('aaaaaaaa', () => 1_000_000);
  const b = createClock('bbbbbbbb', () => 1_000_000);
  const base = accountToDoc(account, undefined, a.tick(), 'a0');
  b.receive(a.last());
  const edit = (clock: Clock, doc: SyncDoc, change: (account: Account) => Account, position = doc.position.value) =>
    accountToDoc(change(docToAccount(doc, { keepDeleted: true })!), doc, clock.tick(), position);
  return { a, b, base, edit };
}

describe('mergeRegister', () => {
  it('the larger stamp wins; equal stamps are settled by the value, the same either way round', () => {
    const older = { value: 'x', at: '000000001-0000-aaaaaaaa' };
    const newer = { value: 'a', at: '000000002-0000-aaaaaaaa' };
    expect(mergeRegister(older, newer)).toBe(newer);
    expect(mergeRegister(newer, older)).toBe(newer);
    const twin = { value: 'z', at: newer.at };
    expect(mergeRegister(newer, twin)).toEqual(mergeRegister(twin, newer));
    expect(mergeRegister(newer, twin).value).toBe('z');
    expect(mergeRegister(undefined, older)).toBe(older);
  });
});

describe('mergeDocs', () => {
  it('two edits of different fields both survive', () => {
    const { a, b, base, edit } = twoDevices();
    const onA = edit(a, base, (x) => ({ ...x, label: 'work' }));
    const onB = edit(b, base, (x) => ({ ...x, domains: ['example.org'], notes: 'from B' }));
    const merged = docToAccount(mergeDocs(onA, onB))!;
    expect(merged).toMatchObject({ label: 'work', domains: ['example.org'], notes: 'from B' });
    expect(mergeDocs(onB, onA)).toEqual(mergeDocs(onA, onB));
  });

  it('two edits of the same field: the later stamp wins on every device', () => {
    const { a, b, base, edit } = twoDevices();
    const onA = edit(a, base, (x) => ({ ...x, label: 'A' }));
    const onB = edit(b, base, (x) => ({ ...x, label: 'B' }));
    const winner = onA.fields.label!.at > onB.fields.label!.at ? 'A' : 'B';
    expect(docToAccount(mergeDocs(onA, onB))!.label).toBe(winner);
    expect(docToAccount(mergeDocs(onB, onA))!.label).toBe(winner);
  });

  it('a used backup code stays used, whichever set of codes wins', () => {
    const codes = [
      { code: 'aaaa-1111', used: false },
      { code: 'bbbb-2222', used: false },
    ];
    const { a, b, base, edit } = twoDevices(totpAccount('acc1', { backupCodes: codes }));
    // A uses a code; B, offline, replaces the set (newer stamp) with one that still holds that code, then
    // with one without it, then brings it back: the use survives every replacement.
    const used = edit(a, base, (x) => ({ ...x, backupCodes: [codes[0]!, { code: 'bbbb-2222', used: true, usedAt: 77 }] }));
    const replaced = edit(b, base, (x) => ({
      ...x,
      backupCodes: [
        { code: 'bbbb-2222', used: false },
        { code: 'cccc-3333', used: false },
      ],
    }));
    const merged = mergeDocs(used, replaced);
    expect(docToAccount(merged)!.backupCodes).toEqual([
      { code: 'bbbb-2222', used: true, usedAt: 77 },
      { code: 'cccc-3333', used: false },
    ]);
    b.receive(used.backupCodes!.at);
    const without = edit(b, replaced, (x) => ({ ...x, backupCodes: [{ code: 'dddd-4444', used: false }] }));
    const back = edit(b, without, (x) => ({ ...x, backupCodes: [{ code: 'bbbb-2222', used: false }] }));
    expect(docToAccount(mergeDocs(mergeDocs(used, without), back))!.backupCodes).toEqual([{ code: 'bbbb-2222', used: true, usedAt: 77 }]);
    expect(docToAccount(mergeDocs(used, mergeDocs(without, back)))!.backupCodes).toEqual([{ code: 'bbbb-2222', used: true, usedAt: 77 }]);
  });

  it('two uses of one code keep the earliest time', () => {
    const codes = [{ code: 'aaaa-1111', used: false }];
    const { a, b, base, edit } = twoDevices(totpAccount('acc1', { backupCodes: codes }));
    const onA = edit(a, base, (x) => ({ ...x, backupCodes: [{ code: 'aaaa-1111', used: true, usedAt: 500 }] }));
    const onB = edit(b, base, (x) => ({ ...x, backupCodes: [{ code: 'aaaa-1111', used: true, usedAt: 300 }] }));
    expect(docToAccount(mergeDocs(onA, onB))!.backupCodes).toEqual([{ code: 'aaaa-1111', used: true, usedAt: 300 }]);
  });

  it('a HOTP counter never goes back: the larger wins, even against a newer edit', () => {
    const { a, b, base, edit } = twoDevices(hotpAccount('acc1', 10));
    const stepped = edit(a, base, (x) => ({ ...x, otp: { kind: 'hotp', algorithm: 'SHA1', digits: 6, counter: 14 } }));
    const renamed = edit(b, base, (x) => ({ ...x, label: 'later' }));
    const merged = docToAccount(mergeDocs(renamed, stepped))!;
    expect(merged.otp).toEqual({ kind: 'hotp', algorithm: 'SHA1', digits: 6, counter: 14 });
    expect(merged.label).toBe('later');
  });

  it('a delete newer than every edit deletes', () => {
    const { a, b, base, edit } = twoDevices();
    const renamed = edit(a, base, (x) => ({ ...x, label: 'before the delete' }));
    b.receive(a.last());
    const deleted = edit(b, base, (x) => ({ ...x, deletedAt: 1 }));
    expect(isDeleted(mergeDocs(renamed, deleted))).toBe(true);
    expect(docToAccount(mergeDocs(deleted, renamed))).toBeNull();
  });

  it('an edit the delete had not seen (stamped after it) brings the account back whole', () => {
    const { a, b, base, edit } = twoDevices(totpAccount('acc1', { notes: 'keep me' }));
    const deleted = edit(a, base, (x) => ({ ...x, deletedAt: 1 }));
    b.receive(a.last());
    const renamed = edit(b, base, (x) => ({ ...x, label: 'after the delete' }));
    const merged = docToAccount(mergeDocs(deleted, renamed))!;
    expect(merged).toMatchObject({ label: 'after the delete', notes: 'keep me' });
    expect(merged.deletedAt).toBeUndefined();
  });

  it('deleting again an account an edit brought back deletes it on every device, with the new tombstone', () => {
    const { a, b, base, edit } = twoDevices();
    const deleted = edit(a, base, (x) => ({ ...x, deletedAt: 1 }));
    b.receive(a.last());
    const renamed = edit(b, base, (x) => ({ ...x, label: 'after the delete' }));
    a.receive(b.last());
    const pulled = mergeDocs(deleted, renamed);
    expect(isDeleted(pulled)).toBe(false);
    // `true` over `true`, but a newer stamp: the delete now outdates the edit that had brought the account back.
    const deletedAgain = edit(a, pulled, (x) => ({ ...x, deletedAt: 2 }));
    expect(deletedAgain.deleted!.at > deleted.deleted!.at).toBe(true);
    for (const merged of [
      mergeDocs(deletedAgain, renamed),
      mergeDocs(renamed, deletedAgain),
      mergeDocs(mergeDocs(deleted, deletedAgain), renamed),
    ]) {
      expect(isDeleted(merged)).toBe(true);
      expect(merged.deleted).toEqual(deletedAgain.deleted);
    }
  });

  it('a use does not bring a deleted account back', () => {
    const { a, b, base, edit } = twoDevices(hotpAccount('acc1', 1, { backupCodes: [{ code: 'aaaa-1111', used: false }] }));
    const deleted = edit(a, base, (x) => ({ ...x, deletedAt: 1 }));
    b.receive(a.last());
    const used = edit(b, base, (x) => ({
      ...x,
      lastUsedAt: 9_999_999,
      otp: { kind: 'hotp', algorithm: 'SHA1', digits: 6, counter: 2 },
      backupCodes: [{ code: 'aaaa-1111', used: true, usedAt: 9 }],
    }));
    const merged = mergeDocs(deleted, used);
    expect(isDeleted(merged)).toBe(true);
    expect(merged.hotpCounter).toBe(2);
  });

  it('Undo after a delete brings the account back everywhere', () => {
    const { a, b, base, edit } = twoDevices();
    const deleted = edit(a, base, (x) => ({ ...x, deletedAt: 1 }));
    const undone = edit(a, deleted, (x) => {
      const copy = { ...x };
      delete copy.deletedAt;
      return copy;
    });
    b.receive(a.last());
    expect(docToAccount(mergeDocs(deleted, undone))).toEqual(docToAccount(base));
    expect(
      docToAccount(
        mergeDocs(
          edit(b, base, (x) => x),
          undone,
        ),
      ),
    ).not.toBeNull();
  });

  it('a move and an edit on two devices both survive', () => {
    const { a, b, base, edit } = twoDevices();
    const moved = edit(a, base, (x) => x, 'b00');
    const renamed = edit(b, base, (x) => ({ ...x, issuer: 'Renamed' }));
    const merged = mergeDocs(moved, renamed);
    expect(merged.position.value).toBe('b00');
    expect(docToAccount(merged)!.issuer).toBe('Renamed');
  });

  it('refuses to merge two different accounts', () => {
    const { base } = twoDevices();
    expect(() => mergeDocs(base, { ...base, id: 'other' })).toThrow(RangeError);
  });
});

describe('mergeVaults', () => {
  it('keeps accounts only one side has and merges the ones both have', () => {
    const { a, b, base, edit } = twoDevices();
    const onlyB = accountToDoc(totpAccount('acc2'), undefined, b.tick(), 'a1');
    const renamed = edit(a, base, (x) => ({ ...x, label: 'A' }));
    const merged = mergeVaults(
      new Map([['acc1', renamed]]),
      new Map([
        ['acc1', base],
        ['acc2', onlyB],
      ]),
    );
    expect([...merged.keys()]).toEqual(['acc1', 'acc2']);
    expect(merged.get('acc1')).toEqual(renamed);
    expect(merged.get('acc2')).toEqual(onlyB);
  });
});

describe('jsonEqual', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [[1, 2], [2, 1], false],
    [[1], { 0: 1 }, false],
    [null, undefined, true],
    ['1', 1, false],
  ])('%j and %j: %s', (a, b, equal) => {
    expect(jsonEqual(a, b)).toBe(equal);
    expect(canonicalJson(a) === canonicalJson(b)).toBe(equal);
  });
});
