import type { HandlerTable } from '@/utils/background/context';
import { accountMatchesOrigin } from '@/utils/domain-match';
import { currentTimeCode } from '@/utils/otp/codes';

export const contentHandlers: HandlerTable<'content.code'> = {
  /**
   * The origin comes from the browser's sender record for the frame, never from the payload, so a page can
   * only ever obtain the code of an account bound to itself.
   */
  'content.code': async (_payload, ctx) => {
    if (ctx.sender.kind !== 'content-script') return { status: 'no-account' };
    if ((await ctx.vault.state()) !== 'unlocked') return { status: 'locked' };
    const { origin } = ctx.sender;
    const { accounts } = await ctx.vault.list();
    const matching = accounts.filter((account) => account.otp.kind !== 'hotp' && accountMatchesOrigin(account.domains, origin));
    const [only] = matching;
    if (!only) return { status: 'no-account' };
    if (matching.length > 1) return { status: 'several-accounts', count: matching.length };
    const code = currentTimeCode(only, ctx.now());
    if (code === null) return { status: 'no-account' };
    await ctx.noteActivity();
    return { status: 'code', code, accountId: only.id };
  },
};
