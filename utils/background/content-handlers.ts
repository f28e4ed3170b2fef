import type { Account } from '@/utils/accounts/account';
import type { HandlerContext, HandlerTable } from '@/utils/background/context';
import type { FillPermit } from '@/utils/background/fill-permits';
import { accountMatchesOrigin } from '@/utils/domain-match';
import type { BackupCodeAnswer, ContentCodeAnswer } from '@/utils/messaging/protocol';

type Frame = Extract<HandlerContext['sender'], { kind: 'content-script' }>;

/** The accounts of this frame's site that the request may use: the one the person chose, or all of them. */
async function accountsForFrame(ctx: HandlerContext, frame: Frame, chosen: string | null): Promise<Account[]> {
  const { accounts } = await ctx.accounts.live();
  const matching = accounts.filter((account) => accountMatchesOrigin(account.domains, frame.origin));
  return chosen === null ? matching : matching.filter((account) => account.id === chosen);
}

const frameOf = (ctx: HandlerContext): Frame | null => (ctx.sender.kind === 'content-script' ? ctx.sender : null);

/**
 * The origin, tab and frame come from the browser's sender record, never from the payload; whether a person
 * asked comes from a permit the popup, the shortcut or the context menu granted for this tab and frame. So a
 * page (even one whose renderer is compromised) can only ever obtain the current TOTP code of an account bound
 * to its own origin, and only while automatic fill is on; never a backup code or an HOTP step by itself.
 */
export const contentHandlers: HandlerTable<'content.code' | 'content.backupCode' | 'content.loadDetector'> = {
  'content.code': async (_payload, ctx): Promise<ContentCodeAnswer> => {
    const frame = frameOf(ctx);
    if (!frame) return { status: 'no-account' };
    if ((await ctx.vault.state()) !== 'unlocked') return { status: 'locked' };
    const permit: FillPermit | null = ctx.permits.take(frame.tabId, frame.frameId, 'totp');
    const chosen = await accountsForFrame(ctx, frame, permit?.accountId ?? null);
    const [only] = chosen;
    if (!only) return { status: 'no-account' };
    if (chosen.length > 1) return { status: 'several-accounts', count: chosen.length };
    const settings = await ctx.settings.get();
    // Each HOTP code spends a counter step: only when a person asked.
    if (!permit && (!settings.autoFill || only.otp.kind === 'hotp')) return { status: 'not-automatic' };
    return { status: 'code', code: await ctx.accounts.codeNow(only), accountId: only.id, autoSubmit: settings.autoSubmit };
  },

  /** Marked used as it is handed out (the popup offers to undo that), for the account's own site only. */
  'content.backupCode': async (_payload, ctx): Promise<BackupCodeAnswer> => {
    const frame = frameOf(ctx);
    if (!frame) return { status: 'no-account' };
    if ((await ctx.vault.state()) !== 'unlocked') return { status: 'locked' };
    const permit = ctx.permits.take(frame.tabId, frame.frameId, 'recovery');
    if (!permit) return { status: 'not-requested' };
    const chosen = await accountsForFrame(ctx, frame, permit.accountId);
    const withCodes = chosen.filter((account) => (account.backupCodes ?? []).length > 0);
    const candidates = withCodes.length > 0 ? withCodes : chosen;
    const [only] = candidates;
    if (!only) return { status: 'no-account' };
    if (candidates.length > 1) return { status: 'several-accounts', count: candidates.length };
    const handedOut = await ctx.accounts.handOutBackupCode(only.id);
    return handedOut ? { status: 'code', ...handedOut, accountId: only.id } : { status: 'none-left' };
  },

  /** A file of the extension, into the frame that asked (from the sender record); nothing of the vault. */
  'content.loadDetector': async (_payload, ctx) => {
    const frame = frameOf(ctx);
    if (frame) await ctx.tabs.injectDetector(frame.tabId, frame.frameId);
    return null;
  },
};
