import type { Account } from '@/utils/accounts/account';
import type { HandlerContext, HandlerTable } from '@/utils/background/context';
import { accountMatchesOrigin } from '@/utils/domain-match';
import type { BackupCodeAnswer, ContentCodeAnswer } from '@/utils/messaging/protocol';
import { liveAccounts } from '@/utils/background/live-accounts';
import { currentTimeCode, hotpCodeAt } from '@/utils/otp/codes';

/** A counter-based code costs a counter step, which is written to disk before the code is handed out. */
async function codeOf(account: Account, ctx: HandlerContext): Promise<string> {
  if (account.otp.kind !== 'hotp') return currentTimeCode(account, ctx.now())!;
  const updated = await ctx.vault.update(account.id, (current) =>
    current.otp.kind === 'hotp' ? { ...current, otp: { ...current.otp, counter: current.otp.counter + 1 } } : current,
  );
  return updated.otp.kind === 'hotp' ? hotpCodeAt(updated, updated.otp.counter - 1) : '';
}

/** The one account of this frame's site that the request may use (the named one, or the only one). */
async function accountForFrame(ctx: HandlerContext, accountId: unknown): Promise<Account[] | 'locked'> {
  if (ctx.sender.kind !== 'content-script') return [];
  if ((await ctx.vault.state()) !== 'unlocked') return 'locked';
  const { origin } = ctx.sender;
  const { accounts } = await liveAccounts(ctx);
  const matching = accounts.filter((account) => accountMatchesOrigin(account.domains, origin));
  return typeof accountId === 'string' ? matching.filter((account) => account.id === accountId) : matching;
}

export const contentHandlers: HandlerTable<'content.code' | 'content.backupCode'> = {
  /**
   * The origin comes from the browser's sender record for the frame, never from the payload, so a frame can
   * only ever obtain the code of an account bound to its own origin, even when it names another account.
   */
  'content.code': async ({ trigger, accountId }, ctx): Promise<ContentCodeAnswer> => {
    const chosen = await accountForFrame(ctx, accountId);
    if (chosen === 'locked') return { status: 'locked' };
    const [only] = chosen;
    if (!only) return { status: 'no-account' };
    if (chosen.length > 1) return { status: 'several-accounts', count: chosen.length };
    const settings = await ctx.settings.get();
    if (trigger !== 'user' && (!settings.autoFill || only.otp.kind === 'hotp')) return { status: 'not-automatic' };
    const code = await codeOf(only, ctx);
    await ctx.noteActivity();
    return { status: 'code', code, accountId: only.id, autoSubmit: settings.autoSubmit };
  },

  /**
   * A backup code leaves the vault only on the person's request, for a recovery-code field of the account's
   * own site, and is marked used as it is handed out (the popup offers to undo that).
   */
  'content.backupCode': async ({ accountId }, ctx): Promise<BackupCodeAnswer> => {
    const chosen = await accountForFrame(ctx, accountId);
    if (chosen === 'locked') return { status: 'locked' };
    const withCodes = chosen.filter((account) => (account.backupCodes ?? []).length > 0);
    const candidates = withCodes.length > 0 ? withCodes : chosen;
    const [only] = candidates;
    if (!only) return { status: 'no-account' };
    if (candidates.length > 1) return { status: 'several-accounts', count: candidates.length };
    let handedOut: string | null = null;
    const updated = await ctx.vault.update(only.id, (account) => {
      const codes = account.backupCodes ?? [];
      const next = codes.find((c) => !c.used);
      handedOut = next?.code ?? null;
      return next ? { ...account, backupCodes: codes.map((c) => (c === next ? { ...c, used: true, usedAt: ctx.now() } : c)) } : account;
    });
    if (handedOut === null) return { status: 'none-left' };
    await ctx.noteActivity();
    return { status: 'code', code: handedOut, accountId: only.id, left: (updated.backupCodes ?? []).filter((c) => !c.used).length };
  },
};
