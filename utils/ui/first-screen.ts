import { NO_SITE, type FirstRows, type SiteContext, type VaultStatus } from '@/utils/messaging/shapes';
import { sendRequest } from '@/utils/messaging/send';
import { findTargetTab, type TargetTab } from '@/utils/ui/target-tab';

/** Rows the popup shows without scrolling, with room to spare. */
export const FIRST_ROWS = 12;

/** What the accounts screen shows on opening: the top of the list, ready to paint; the rest follows. */
export interface AccountsStart extends FirstRows {
  tab: TargetTab;
}

export interface FirstScreen {
  /** Null when the background did not answer. */
  status: VaultStatus | null;
  /** Null when locked (the request is refused) or when it failed: the screen then asks again itself. */
  accounts: AccountsStart | null;
}

const UNLOCKED: VaultStatus = { state: 'unlocked', retryAfterMs: 0 };

/** How the vault relates to the tab's page; pages that are not web sites need no question. */
export async function siteContextFor(url: string | null): Promise<SiteContext> {
  return url && /^https?:/.test(url) ? sendRequest('tab.site', { url }) : NO_SITE;
}

/**
 * What the popup's first paint needs, asked as its script starts: the first rows of the list in the popup's
 * order, with their codes and the page's site, in one small answer (the whole list of 1,000 accounts costs
 * about 20 ms more to send, so it follows after the first paint). The vault's state is implied by that
 * answer; only a refusal (locked, or no vault yet) costs a second question.
 */
export async function loadFirstScreen(): Promise<FirstScreen> {
  const tab = await findTargetTab();
  const url = tab.url && /^https?:/.test(tab.url) ? tab.url : null;
  const accounts = await sendRequest('accounts.firstRows', { url, rows: FIRST_ROWS }).then(
    (rows): AccountsStart => ({ ...rows, tab }),
    () => null,
  );
  const status = accounts ? UNLOCKED : await sendRequest('vault.status', {}).catch(() => null);
  return { status, accounts };
}
