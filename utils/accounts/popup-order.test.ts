import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '@/utils/accounts/account';
import { filterAccounts, sortForPopup } from '@/utils/accounts/popup-order';

const account = (id: string, extra: Partial<AccountSummary> = {}): AccountSummary => ({
  id,
  issuer: id,
  label: `${id}@example.com`,
  kind: 'totp',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: null,
  domains: [`${id}.com`],
  createdAt: 0,
  updatedAt: 0,
  pinned: false,
  lastUsedAt: 0,
  backupCodesLeft: 0,
  backupCodesTotal: 0,
  ...extra,
});

describe('sortForPopup', () => {
  const list = [
    account('a'),
    account('b', { lastUsedAt: 5 }),
    account('c', { pinned: true }),
    account('d', { lastUsedAt: 9 }),
    account('github', { domains: ['github.com'] }),
    account('e', { pinned: true, lastUsedAt: 1 }),
  ];
  it.each([
    [[], ['e', 'c', 'd', 'b', 'a', 'github']],
    [['github'], ['github', 'e', 'c', 'd', 'b', 'a']],
    // Bound here beats pinned; among several bound accounts the usual order holds.
    [
      ['a', 'c'],
      ['c', 'a', 'e', 'd', 'b', 'github'],
    ],
    [['unknown'], ['e', 'c', 'd', 'b', 'a', 'github']],
  ])('bound here: %j', (boundIds, ids) => {
    expect(sortForPopup(list, new Set(boundIds)).map((a) => a.id)).toEqual(ids);
  });
});

describe('filterAccounts', () => {
  const list = [account('GitHub', { label: 'octocat' }), account('Bänk', { domains: ['bank.example'] }), account('Gitlab')];
  it.each([
    ['', ['GitHub', 'Bänk', 'Gitlab']],
    ['git', ['GitHub', 'Gitlab']],
    ['GIT octo', ['GitHub']],
    ['bank', ['Bänk']],
    ['bank.example', ['Bänk']],
    ['nothing', []],
  ])('%j', (query, ids) => {
    expect(filterAccounts(list, query).map((a) => a.id)).toEqual(ids);
  });
});
