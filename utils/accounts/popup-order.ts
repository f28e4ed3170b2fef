import type { AccountSummary } from '@/utils/accounts/account';

/**
 * The popup's order: accounts bound to the current site first (`boundHere`, ids the background matched), then pinned ones, then the most recently
 * used, then the order the person arranged. Stable, so equal accounts keep the arranged order.
 */
export function sortForPopup(accounts: readonly AccountSummary[], boundHere: ReadonlySet<string>): AccountSummary[] {
  const here = (a: AccountSummary) => (boundHere.has(a.id) ? 1 : 0);
  return accounts
    .map((account, index) => ({ account, index }))
    .sort(
      (x, y) =>
        here(y.account) - here(x.account) ||
        Number(y.account.pinned) - Number(x.account.pinned) ||
        y.account.lastUsedAt - x.account.lastUsedAt ||
        x.index - y.index,
    )
    .map(({ account }) => account);
}

/** Accounts whose issuer, name or sites contain every word typed, in any case and accent. */
export function filterAccounts(accounts: readonly AccountSummary[], query: string): AccountSummary[] {
  const fold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...accounts];
  return accounts.filter((account) => {
    const haystack = fold(`${account.issuer} ${account.label} ${account.domains.join(' ')}`);
    return words.every((word) => haystack.includes(word));
  });
}
