import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '@/utils/accounts/account';
import { accountsReducer, type AccountsState } from '@/utils/ui/accounts-reducer';

const summary = (id: string, extra: Partial<AccountSummary> = {}): AccountSummary => ({
  id,
  issuer: `Issuer ${id}`,
  label: `${id}@example.com`,
  kind: 'totp',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: null,
  domains: [],
  createdAt: 1,
  updatedAt: 1,
  pinned: false,
  lastUsedAt: 0,
  backupCodesLeft: 0,
  backupCodesTotal: 0,
  ...extra,
});

const empty: AccountsState = { accounts: null, damaged: [] };

describe('accountsReducer', () => {
  it('takes the list and the damaged records as loaded', () => {
    const state = accountsReducer(empty, { type: 'loaded', accounts: [summary('a')], damaged: ['x'] });
    expect(state).toEqual({ accounts: [summary('a')], damaged: ['x'] });
  });

  it('replaces an updated account in its place, leaving the others', () => {
    const loaded = accountsReducer(empty, { type: 'loaded', accounts: [summary('a'), summary('b')], damaged: [] });
    const state = accountsReducer(loaded, { type: 'updated', account: summary('a', { pinned: true }) });
    expect(state.accounts?.map((a) => [a.id, a.pinned])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    expect(state.accounts?.[1]).toBe(loaded.accounts?.[1]);
  });

  it('drops a removed account at once', () => {
    const loaded = accountsReducer(empty, { type: 'loaded', accounts: [summary('a'), summary('b')], damaged: [] });
    expect(accountsReducer(loaded, { type: 'removed', id: 'a' }).accounts?.map((a) => a.id)).toEqual(['b']);
  });

  it('changes nothing before the list is known', () => {
    expect(accountsReducer(empty, { type: 'updated', account: summary('a') })).toBe(empty);
    expect(accountsReducer(empty, { type: 'removed', id: 'a' })).toBe(empty);
  });

  it('keeps the accounts when only the damaged records change', () => {
    const loaded = accountsReducer(empty, { type: 'loaded', accounts: [summary('a')], damaged: ['x', 'y'] });
    const state = accountsReducer(loaded, { type: 'damaged', damaged: ['y'] });
    expect(state).toEqual({ accounts: loaded.accounts, damaged: ['y'] });
  });
});
