import type { HandlerTable } from '@/utils/background/context';
import { siteOfUrl } from '@/utils/domain';
import { accountMatchesOrigin } from '@/utils/domain-match';
import { lookalikeOf } from '@/utils/lookalike';
import { NO_SITE, type SiteContext } from '@/utils/messaging/protocol';
import type { Account } from '@/utils/accounts/account';
import { clockOffset } from '@/utils/clock-offset';

/** What the popup needs to know about a page: pure, so it is tested with tables. */
export function siteContextOf(url: string, accounts: readonly Account[]): SiteContext {
  const page = URL.canParse(url) ? new URL(url) : null;
  if (page?.protocol !== 'https:' && page?.protocol !== 'http:') return NO_SITE;
  const { origin, hostname } = page;
  return {
    site: siteOfUrl(url),
    boundIds: accounts.filter((account) => accountMatchesOrigin(account.domains, origin)).map((account) => account.id),
    imitated: lookalikeOf(
      hostname,
      accounts.flatMap((account) => account.domains),
    ),
  };
}

/** Asks the page's origin for its time (a HEAD request without cookies) and compares it with this clock. */
async function clockOffsetOf(url: string) {
  const page = URL.canParse(url) ? new URL(url) : null;
  if (page?.protocol !== 'https:' && page?.protocol !== 'http:') return null;
  const sentAt = Date.now();
  try {
    const answer = await fetch(page.origin, { method: 'HEAD', cache: 'no-store', credentials: 'omit' });
    return clockOffset(answer.headers.get('date'), sentAt, Date.now());
  } catch {
    return null;
  }
}

export const siteHandlers: HandlerTable<'tab.site' | 'tab.clock'> = {
  'tab.site': async ({ url }, ctx) => siteContextOf(url, (await ctx.accounts.live()).accounts),
  'tab.clock': ({ url }) => clockOffsetOf(url),
};
