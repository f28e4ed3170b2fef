import type { HandlerTable } from '@/utils/background/context';
import { siteOfUrl } from '@/utils/domain';
import { accountMatchesOrigin } from '@/utils/domain-match';
import { lookalikeOf } from '@/utils/lookalike';
import { NO_SITE, type SiteContext } from '@/utils/messaging/protocol';
import type { Account } from '@/utils/accounts/account';

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

export const siteHandlers: HandlerTable<'tab.site'> = {
  'tab.site': async ({ url }, ctx) => siteContextOf(url, (await ctx.accounts.live()).accounts),
};
