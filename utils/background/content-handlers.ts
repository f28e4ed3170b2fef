import type { Account } from '@/utils/accounts/account';
import type { HandlerContext, HandlerTable } from '@/utils/background/context';
import { accountMatchesOrigin } from '@/utils/domain-match';
import type { ContentCodeAnswer } from '@/utils/messaging/protocol';
import { currentTimeCode, secretOf } from '@/utils/otp/codes';
import { hotpCode } from '@/utils/otp/otp';

/** A counter-based code costs a counter step, which is written to disk before the code is handed out. */
async function codeOf(account: Account, ctx: HandlerContext): Promise<string> {
  if (account.otp.kind !== 'hotp') return currentTimeCode(account, ctx.now())!;
  const updated = await ctx.vault.update(account.id, (current) =>
    current.otp.kind === 'hotp' ? { ...current, otp: { ...current.otp, counter: current.otp.counter + 1 } } : current,
  );
  return updated.otp.kind === 'hotp' ? hotpCode(secretOf(updated), { ...updated.otp, counter: updated.otp.counter - 1 }) : '';
}

export const contentHandlers: HandlerTable<'content.code'> = {
  /**
   * The origin comes from the browser's sender record for the frame, never from the payload, so a frame can
   * only ever obtain the code of an account bound to its own origin, even when it names another account.
   */
  'content.code': async ({ trigger, accountId }, ctx): Promise<ContentCodeAnswer> => {
    if (ctx.sender.kind !== 'content-script') return { status: 'no-account' };
    if ((await ctx.vault.state()) !== 'unlocked') return { status: 'locked' };
    const { origin } = ctx.sender;
    const { accounts } = await ctx.vault.list();
    const matching = accounts.filter((account) => accountMatchesOrigin(account.domains, origin));
    const chosen = typeof accountId === 'string' ? matching.filter((account) => account.id === accountId) : matching;
    const [only] = chosen;
    if (!only) return { status: 'no-account' };
    if (chosen.length > 1) return { status: 'several-accounts', count: chosen.length };
    const settings = await ctx.settings.get();
    if (trigger !== 'user' && (!settings.autoFill || only.otp.kind === 'hotp')) return { status: 'not-automatic' };
    const code = await codeOf(only, ctx);
    await ctx.noteActivity();
    return { status: 'code', code, accountId: only.id, autoSubmit: settings.autoSubmit };
  },
};
