import type { Account } from '@/utils/accounts/account';
import type { HandlerContext, HandlerTable } from '@/utils/background/context';
import { accountMatchesOrigin } from '@/utils/domain-match';
import type { BackupCodeAnswer, ContentCodeAnswer } from '@/utils/messaging/protocol';

/** The accounts of this frame's site that the request may use (the named one, or all of them). */
async function accountsForFrame(ctx: HandlerContext, accountId: string | null | undefined): Promise<Account[] | 'locked'> {
  if (ctx.sender.kind !== 'content-script') return [];
  if ((await ctx.vault.state()) !== 'unlocked') return 'locked';
  const { origin } = ctx.sender;
  const { accounts } = await ctx.accounts.live();
  const matching = accounts.filter((account) => accountMatchesOrigin(account.domains, origin));
  return typeof accountId === 'string' ? matching.filter((account) => account.id === accountId) : matching;
}

export const contentHandlers: HandlerTable<'content.code' | 'content.backupCode'> = {
  /**
   * The origin comes from the browser's sender record for the frame, never from the payload, so a frame can
   * only ever obtain the code of an account bound to its own origin, even when it names another account.
   */
  'content.code': async ({ trigger, accountId }, ctx): Promise<ContentCodeAnswer> => {
    const chosen = await accountsForFrame(ctx, accountId);
    if (chosen === 'locked') return { status: 'locked' };
    const [only] = chosen;
    if (!only) return { status: 'no-account' };
    if (chosen.length > 1) return { status: 'several-accounts', count: chosen.length };
    const settings = await ctx.settings.get();
    if (trigger !== 'user' && (!settings.autoFill || only.otp.kind === 'hotp')) return { status: 'not-automatic' };
    return { status: 'code', code: await ctx.accounts.codeNow(only), accountId: only.id, autoSubmit: settings.autoSubmit };
  },

  /**
   * A backup code leaves the vault only on the person's request, for a recovery-code field of the account's
   * own site, and is marked used as it is handed out (the popup offers to undo that).
   */
  'content.backupCode': async ({ accountId }, ctx): Promise<BackupCodeAnswer> => {
    const chosen = await accountsForFrame(ctx, accountId);
    if (chosen === 'locked') return { status: 'locked' };
    const withCodes = chosen.filter((account) => (account.backupCodes ?? []).length > 0);
    const candidates = withCodes.length > 0 ? withCodes : chosen;
    const [only] = candidates;
    if (!only) return { status: 'no-account' };
    if (candidates.length > 1) return { status: 'several-accounts', count: candidates.length };
    const handedOut = await ctx.accounts.handOutBackupCode(only.id);
    return handedOut ? { status: 'code', ...handedOut, accountId: only.id } : { status: 'none-left' };
  },
};
