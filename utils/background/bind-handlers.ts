import type { HandlerTable } from '@/utils/background/context';
import { siteOfUrl } from '@/utils/domain';
import { isFillableOrigin } from '@/utils/domain-match';
import { t } from '@/utils/i18n/t';
import { lookalikeOf } from '@/utils/lookalike';
import { RequestError } from '@/utils/messaging/protocol';

/** The page a tab shows, when it is one a code may be filled on: its address and its registrable domain. */
function fillablePage(url: string | null): { hostname: string; site: string } | null {
  if (url === null || !URL.canParse(url)) return null;
  const page = new URL(url);
  const site = siteOfUrl(url);
  return isFillableOrigin(page) && site !== null ? { hostname: page.hostname, site } : null;
}

export const bindHandlers: HandlerTable<'accounts.bindToPage'> = {
  /**
   * Bind on first use. The site comes from the tab as the browser reports it, never from the payload; an account
   * that already has a site keeps it (changing a binding is the edit screen's job); a page that imitates a site
   * another account is bound to is refused, since that is exactly where a phished code would go.
   */
  'accounts.bindToPage': async ({ id, tabId }, ctx) => {
    if (!Number.isInteger(tabId)) throw new RequestError('invalid-input', t('fill_no_page'));
    const account = await ctx.accounts.one(id);
    if (account.domains.length > 0) throw new RequestError('invalid-input', t('bind_already_bound', account.domains.join(', ')));
    const page = fillablePage(await ctx.tabs.url(tabId));
    if (page === null) throw new RequestError('invalid-input', t('bind_not_a_site'));
    const { accounts } = await ctx.accounts.live();
    const imitated = lookalikeOf(
      page.hostname,
      accounts.flatMap((other) => other.domains),
    );
    if (imitated !== null) throw new RequestError('forbidden', t('bind_lookalike', page.site, imitated));
    const bound = await ctx.accounts.change(id, (current) => ({ ...current, domains: [page.site], updatedAt: ctx.now() }));
    const fill = await ctx.accounts.fillTab(tabId, id, 'totp');
    return { account: bound, fill };
  },
};
