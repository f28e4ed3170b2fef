import { summarize } from '@/utils/accounts/account';
import { parseEnrolmentUri, type ParsedEnrolment } from '@/utils/accounts/enrolment-uri';
import { OtpauthUriError } from '@/utils/accounts/otpauth-uri';
import type { HandlerTable } from '@/utils/background/context';
import { enrolDrafts } from '@/utils/background/enrol';
import { requireString, requireStringArray } from '@/utils/background/payload';
import { applyEdit } from '@/utils/background/account-edit';
import { siteContextOf } from '@/utils/background/site-handlers';
import { NO_SITE } from '@/utils/messaging/protocol';
import { sortForPopup } from '@/utils/accounts/popup-order';
import { liveAccount, liveAccounts, UNDO_WINDOW_MS } from '@/utils/background/live-accounts';
import { codeView, hotpCodeAt } from '@/utils/otp/codes';
import { VaultError } from '@/utils/vault/errors';
import { t } from '@/utils/i18n/t';

export const accountHandlers: HandlerTable<
  | 'accounts.list'
  | 'accounts.codes'
  | 'accounts.firstRows'
  | 'accounts.add'
  | 'accounts.addFromUri'
  | 'accounts.update'
  | 'accounts.remove'
  | 'accounts.undoRemove'
  | 'accounts.setPinned'
  | 'accounts.reorder'
  | 'accounts.touch'
  | 'accounts.nextHotp'
> = {
  'accounts.list': async (_payload, ctx) => {
    const { accounts, damaged } = await liveAccounts(ctx);
    // Not awaited: moving the idle lock must not delay the popup's first screen.
    void ctx.noteActivity().catch(() => undefined);
    return { accounts: accounts.map(summarize), damaged };
  },
  'accounts.codes': async ({ at }, ctx) => {
    const { accounts } = await liveAccounts(ctx);
    const now = typeof at === 'number' ? at : ctx.now();
    return accounts.map((account) => codeView(account, now));
  },
  'accounts.firstRows': async ({ url, rows }, ctx) => {
    const { accounts, damaged } = await liveAccounts(ctx);
    void ctx.noteActivity().catch(() => undefined);
    const context = url === null ? NO_SITE : siteContextOf(requireString(url, 'url'), accounts);
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
    let parsed: ParsedEnrolment;
    try {
      parsed = parseEnrolmentUri(requireString(uri, 'uri'));
    } catch (error) {
      if (error instanceof OtpauthUriError) throw new VaultError('invalid-input', error.message);
      throw error;
    }
    const bound = requireStringArray(domains, 'domains');
    const result = await enrolDrafts(
      parsed.drafts.map((draft) => ({ ...draft, domains: bound })),
      updateExisting === true,
      ctx,
    );
    return { ...result, skipped: parsed.skipped };
  },
  'accounts.update': async ({ id, edit }, ctx) => {
    if (edit.domains !== undefined) requireStringArray(edit.domains, 'domains');
    await liveAccount(ctx, requireString(id, 'id'));
    const updated = await ctx.vault.update(id, (account) => applyEdit(account, edit));
    await ctx.noteActivity();
    return summarize(updated);
  },
  'accounts.remove': async ({ id }, ctx) => {
    await liveAccount(ctx, requireString(id, 'id'));
    await ctx.vault.update(id, (account) => ({ ...account, deletedAt: ctx.now() }));
    await ctx.noteActivity();
    return null;
  },
  'accounts.undoRemove': async ({ id }, ctx) => {
    const account = await ctx.vault.get(requireString(id, 'id'));
    if (account.deletedAt === undefined) return summarize(account);
    if (ctx.now() - account.deletedAt > UNDO_WINDOW_MS) throw new VaultError('not-found', t('error_undo_too_late'));
    const updated = await ctx.vault.update(id, (current) => {
      const restored = { ...current };
      delete restored.deletedAt;
      return restored;
    });
    await ctx.noteActivity();
    return summarize(updated);
  },
  'accounts.setPinned': async ({ id, pinned }, ctx) => {
    await liveAccount(ctx, requireString(id, 'id'));
    const updated = await ctx.vault.update(id, (account) => ({ ...account, pinned: pinned === true }));
    await ctx.noteActivity();
    return summarize(updated);
  },
  'accounts.reorder': async ({ ids }, ctx) => {
    await ctx.vault.setOrder(requireStringArray(ids, 'ids'));
    await ctx.noteActivity();
    return null;
  },
  'accounts.touch': async ({ id }, ctx) => {
    await liveAccount(ctx, requireString(id, 'id'));
    await ctx.vault.update(id, (account) => ({ ...account, lastUsedAt: ctx.now() }));
    await ctx.noteActivity();
    return null;
  },
  'accounts.nextHotp': async ({ id }, ctx) => {
    // The counter is advanced and written to disk before the code is handed out, so a code is never
    // shown twice, even if the worker stops right after.
    const updated = await ctx.vault.update(requireString(id, 'id'), (account) => {
      if (account.otp.kind !== 'hotp') throw new VaultError('invalid-input', t('error_not_hotp'));
      return { ...account, otp: { ...account.otp, counter: account.otp.counter + 1 } };
    });
    const { otp } = updated;
    if (otp.kind !== 'hotp') throw new VaultError('invalid-input', t('error_not_hotp'));
    const counter = otp.counter - 1;
    await ctx.noteActivity();
    return { code: hotpCodeAt(updated, counter), counter };
  },
};
