import type { Account } from '@/utils/accounts/account';
import type { BackgroundServices } from '@/utils/background/context';
import { t } from '@/utils/i18n/t';
import { RequestError } from '@/utils/messaging/errors';

/** How long a deleted account can be brought back. */
export const UNDO_WINDOW_MS = 15_000;

type VaultClock = Pick<BackgroundServices, 'vault' | 'now'>;

/** The accounts that are not deleted; deleted ones whose undo window has passed are purged on the way. */
export async function liveAccounts(ctx: VaultClock): Promise<{ accounts: Account[]; damaged: string[] }> {
  const { accounts, damaged } = await ctx.vault.list();
  const now = ctx.now();
  for (const account of accounts) {
    if (account.deletedAt !== undefined && now - account.deletedAt > UNDO_WINDOW_MS) await ctx.vault.remove(account.id);
  }
  return { accounts: accounts.filter((account) => account.deletedAt === undefined), damaged };
}

export async function liveAccount(ctx: VaultClock, id: string): Promise<Account> {
  const account = await ctx.vault.get(id);
  if (account.deletedAt !== undefined) throw new RequestError('not-found', t('vault_error_not_found'));
  return account;
}
