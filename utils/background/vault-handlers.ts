import type { HandlerContext, HandlerTable } from '@/utils/background/context';
import type { VaultStatus } from '@/utils/messaging/protocol';
import { requireString } from '@/utils/background/payload';

async function status(ctx: HandlerContext): Promise<VaultStatus> {
  return { state: await ctx.vault.state(), retryAfterMs: await ctx.vault.retryAfterMs() };
}

export const vaultHandlers: HandlerTable<
  'vault.status' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase'
> = {
  'vault.status': async (_payload, ctx) => status(ctx),
  'vault.create': async ({ passphrase }, ctx) => {
    await ctx.vault.create(requireString(passphrase, 'passphrase'));
    await ctx.noteActivity();
    return status(ctx);
  },
  'vault.unlock': async ({ passphrase }, ctx) => {
    await ctx.vault.unlock(requireString(passphrase, 'passphrase'));
    await ctx.noteActivity();
    return status(ctx);
  },
  'vault.lock': async (_payload, ctx) => {
    await ctx.vault.lock();
    return status(ctx);
  },
  'vault.changePassphrase': async ({ current, next }, ctx) => {
    await ctx.vault.changePassphrase(requireString(current, 'current'), requireString(next, 'next'));
    return null;
  },
};
