import { summarize, type Account } from '@/utils/accounts/account';
import type { AccountService, RequestScope } from '@/utils/background/context';
import { fillTab } from '@/utils/background/fill-tab';
import { liveAccount, liveAccounts, UNDO_WINDOW_MS } from '@/utils/background/live-accounts';
import { t } from '@/utils/i18n/t';
import { RequestError } from '@/utils/messaging/errors';
import { currentTimeCode, hotpCodeAt } from '@/utils/otp/codes';

/** The sequences that account, backup-code, content and fill requests share, in one place over one request's services. */
export function createAccountService(ctx: RequestScope): AccountService {
  const spendHotp = async (id: string) => {
    // The counter is advanced and written to disk before the code is handed out, so a code is never
    // shown twice, even if the worker stops right after.
    const updated = await ctx.vault.update(id, (account) => {
      if (account.otp.kind !== 'hotp') throw new RequestError('invalid-input', t('error_not_hotp'));
      return { ...account, otp: { ...account.otp, counter: account.otp.counter + 1 } };
    });
    if (updated.otp.kind !== 'hotp') throw new RequestError('invalid-input', t('error_not_hotp'));
    const counter = updated.otp.counter - 1;
    return { code: hotpCodeAt(updated, counter), counter };
  };

  return {
    live: () => liveAccounts(ctx),
    one: (id) => liveAccount(ctx, id),
    async change(id, change) {
      await liveAccount(ctx, id);
      return summarize(await ctx.vault.update(id, change));
    },
    async restore(id) {
      const account = await ctx.vault.get(id);
      if (account.deletedAt === undefined) return summarize(account);
      if (ctx.now() - account.deletedAt > UNDO_WINDOW_MS) throw new RequestError('not-found', t('error_undo_too_late'));
      const restored = await ctx.vault.update(id, (current) => {
        const copy = { ...current };
        delete copy.deletedAt;
        return copy;
      });
      return summarize(restored);
    },
    spendHotp,
    async codeNow(account: Account) {
      return account.otp.kind === 'hotp' ? (await spendHotp(account.id)).code : currentTimeCode(account, ctx.now())!;
    },
    async handOutBackupCode(id) {
      let handedOut: string | null = null;
      const updated = await ctx.vault.update(id, (account) => {
        const codes = account.backupCodes ?? [];
        const next = codes.find((c) => !c.used);
        handedOut = next?.code ?? null;
        return next ? { ...account, backupCodes: codes.map((c) => (c === next ? { ...c, used: true, usedAt: ctx.now() } : c)) } : account;
      });
      if (handedOut === null) return null;
      return { code: handedOut, left: (updated.backupCodes ?? []).filter((c) => !c.used).length };
    },
    async fillTab(tabId, accountId, want) {
      if (!Number.isInteger(tabId)) throw new RequestError('invalid-input', t('fill_no_page'));
      if (accountId !== null) await ctx.vault.get(accountId);
      return fillTab(ctx, tabId, accountId, want);
    },
  };
}
