import type { AccountSummary } from '@/utils/accounts/account';
import type { CodeView, SiteContext, VaultStatus } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { findTargetTab, type TargetTab } from '@/utils/ui/target-tab';

export const NO_SITE: SiteContext = { site: null, boundIds: [], imitated: null };

/** What the accounts screen shows on opening; the popup asks for all of it at once. */
export interface AccountsStart {
  accounts: AccountSummary[];
  damaged: string[];
  codes: CodeView[];
  tab: TargetTab;
  context: SiteContext;
}

export interface FirstScreen {
  /** Null when the background did not answer. */
  status: VaultStatus | null;
  /** Null when locked (the requests are refused) or when any part failed: the screen then asks again itself. */
  accounts: AccountsStart | null;
}

/** How the vault relates to the tab's page; pages that are not web sites need no question. */
export async function siteContextFor(url: string | null): Promise<SiteContext> {
  return url && /^https?:/.test(url) ? sendRequest('tab.site', { url }) : NO_SITE;
}

/**
 * Everything the popup's first screen needs, requested in parallel as soon as its script runs, so that the
 * first paint is the finished screen: no "loading" state, no list that re-sorts once the tab is known.
 * Asking for the list while locked costs one refused request, cheaper than waiting for the status first.
 */
export async function loadFirstScreen(): Promise<FirstScreen> {
  const status = sendRequest('vault.status', {}).catch(() => null);
  const tab = findTargetTab();
  const accounts = Promise.all([
    sendRequest('accounts.list', {}),
    sendRequest('accounts.codes', {}),
    tab,
    tab.then((found) => siteContextFor(found.url)),
  ]).then(
    ([list, codes, found, context]): AccountsStart => ({ ...list, codes, tab: found, context }),
    () => null,
  );
  return { status: await status, accounts: await accounts };
}
