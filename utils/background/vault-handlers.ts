import type { HandlerContext, HandlerTable } from '@/utils/background/context';
import { t } from '@/utils/i18n/t';
import { RequestError, type VaultStatus } from '@/utils/messaging/protocol';

async function status(ctx: HandlerContext): Promise<VaultStatus> {
  const state = await ctx.vault.state();
  // The wait after wrong passphrases matters only to an unlock screen.
  return { state, retryAfterMs: state === 'unlocked' ? 0 : await ctx.vault.retryAfterMs() };
}

export const vaultHandlers: HandlerTable<'vault.status' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase'> = {
  'vault.status': async (_payload, ctx) => status(ctx),
  'vault.create': async ({ passphrase }, ctx) => {
    await ctx.vault.create(passphrase);
    return status(ctx);
  },
  'vault.unlock': async ({ passphrase }, ctx) => {
    // A managed install may insist on the security key once one is registered.
    if ((await ctx.policy()).requireHardwareKey && (await ctx.vault.readHeader()).wrappers.some((w) => w.kind === 'security-key')) {
      throw new RequestError('invalid-input', t('policy_key_required'));
    }
    await ctx.vault.unlock(passphrase);
    return status(ctx);
  },
  'vault.lock': async (_payload, ctx) => {
    await ctx.vault.lock();
    return status(ctx);
  },
  'vault.changePassphrase': async ({ current, next }, ctx) => {
    await ctx.vault.changePassphrase(current, next);
    return null;
  },
};
