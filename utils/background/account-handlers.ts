import { summarize } from '@/utils/accounts/account';
import { parseEnrolmentUri, type ParsedEnrolment } from '@/utils/accounts/enrolment-uri';
import { OtpauthUriError } from '@/utils/accounts/otpauth-uri';
import { suggestedSites } from '@/utils/accounts/known-sites';
import { sortForPopup } from '@/utils/accounts/popup-order';
import { applyEdit } from '@/utils/background/account-edit';
import type { HandlerTable } from '@/utils/background/context';
import { enrolDrafts } from '@/utils/background/enrol';
import { siteContextOf } from '@/utils/background/site-handlers';
import { NO_SITE, RequestError } from '@/utils/messaging/protocol';
import { codeView } from '@/utils/otp/codes';

function parsedUri(uri: string): ParsedEnrolment {
  try {
    return parseEnrolmentUri(uri);
  } catch (error) {
    if (error instanceof OtpauthUriError) throw new RequestError('invalid-input', error.message);
    throw error;
  }
}

export const accountHandlers: HandlerTable<
  | 'accounts.list'
  | 'accounts.codes'
  | 'accounts.firstRows'
  | 'accounts.add'
  | 'accounts.addFromUri'
  | 'accounts.update'
  | 'accounts.remove'
  | 'accounts.undoRemove'
  | 'accounts.removeDamaged'
  | 'accounts.setPinned'
  | 'accounts.reorder'
  | 'accounts.touch'
  | 'accounts.nextHotp'
> = {
  'accounts.list': async (_payload, ctx) => {
    const { accounts, damaged } = await ctx.accounts.live();
    return { accounts: accounts.map(summarize), damaged };
  },
  'accounts.codes': async ({ at }, ctx) => {
    const { accounts } = await ctx.accounts.live();
    const now = at ?? ctx.now();
    return accounts.map((account) => codeView(account, now));
  },
  'accounts.firstRows': async ({ url, rows }, ctx) => {
    const { accounts, damaged } = await ctx.accounts.live();
    const context = url === null ? NO_SITE : siteContextOf(url, accounts);
    const count = Number.isInteger(rows) && rows > 0 ? rows : 0;
    const first = sortForPopup(accounts.map(summarize), new Set(context.boundIds)).slice(0, count);
    const byId = new Map(accounts.map((account) => [account.id, account]));
    const now = ctx.now();
    return {
      accounts: first,
      codes: first.map((summary) => codeView(byId.get(summary.id)!, now)),
      total: accounts.length,
      damaged,
      context,
    };
  },
  'accounts.add': async ({ draft, updateExisting }, ctx) => enrolDrafts([draft], updateExisting === true, ctx),
  'accounts.addFromUri': async ({ uri, domains, updateExisting }, ctx) => {
    const parsed = parsedUri(uri);
    // A Google Authenticator export holds many services: the page it was read from is the site of none of them
    // for sure, so each account gets its issuer's known site instead (or none, and is bound on first use).
    const batch = /^\s*otpauth-migration:/i.test(uri);
    const drafts = parsed.drafts.map((draft) => ({ ...draft, domains: batch ? suggestedSites(draft.issuer, draft.label) : domains }));
    return { ...(await enrolDrafts(drafts, updateExisting === true, ctx)), skipped: parsed.skipped };
  },
  'accounts.update': async ({ id, edit }, ctx) => ctx.accounts.change(id, (account) => applyEdit(account, edit)),
  'accounts.remove': async ({ id }, ctx) => {
    await ctx.accounts.change(id, (account) => ({ ...account, deletedAt: ctx.now() }));
    return null;
  },
  'accounts.undoRemove': async ({ id }, ctx) => ctx.accounts.restore(id),
  'accounts.removeDamaged': async ({ id }, ctx) => {
    await ctx.vault.removeDamaged(id);
    const { accounts, damaged } = await ctx.accounts.live();
    return { accounts: accounts.map(summarize), damaged };
  },
  'accounts.setPinned': async ({ id, pinned }, ctx) => ctx.accounts.change(id, (account) => ({ ...account, pinned })),
  'accounts.reorder': async ({ ids }, ctx) => {
    await ctx.vault.setOrder(ids);
    return null;
  },
  'accounts.touch': async ({ id }, ctx) => {
    await ctx.accounts.change(id, (account) => ({ ...account, lastUsedAt: ctx.now() }));
    return null;
  },
  'accounts.nextHotp': async ({ id }, ctx) => ctx.accounts.spendHotp(id),
};
