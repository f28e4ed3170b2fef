import { summarize } from '@/utils/accounts/account';
import { normalizeBackupCode } from '@/utils/accounts/backup-codes';
import type { HandlerTable } from '@/utils/background/context';
import { liveAccount } from '@/utils/background/live-accounts';
import { requireString, requireStringArray } from '@/utils/background/payload';
import { t } from '@/utils/i18n/t';
import { VaultError } from '@/utils/vault/errors';

const MAX_CODES = 50;

export const backupHandlers: HandlerTable<'backup.reveal' | 'backup.replace' | 'backup.mark'> = {
  'backup.reveal': async ({ id }, ctx) => {
    const account = await liveAccount(ctx, requireString(id, 'id'));
    await ctx.noteActivity();
    return account.backupCodes ?? [];
  },
  /** A new set replaces the old one entirely: sites invalidate the old codes when they issue new ones. */
  'backup.replace': async ({ id, codes }, ctx) => {
    const fresh = [...new Set(requireStringArray(codes, 'codes').map(normalizeBackupCode).filter(Boolean))];
    if (fresh.length > MAX_CODES) throw new VaultError('invalid-input', t('backup_too_many', MAX_CODES));
    await liveAccount(ctx, requireString(id, 'id'));
    const updated = await ctx.vault.update(id, (account) => ({ ...account, backupCodes: fresh.map((code) => ({ code, used: false })) }));
    await ctx.noteActivity();
    return summarize(updated);
  },
  'backup.mark': async ({ id, code, used }, ctx) => {
    const wanted = requireString(code, 'code');
    await liveAccount(ctx, requireString(id, 'id'));
    const updated = await ctx.vault.update(id, (account) => {
      const codes = account.backupCodes ?? [];
      if (!codes.some((c) => c.code === wanted)) throw new VaultError('not-found', t('backup_not_in_set'));
      return {
        ...account,
        backupCodes: codes.map((c) =>
          c.code === wanted ? { code: c.code, used: used === true, ...(used ? { usedAt: ctx.now() } : {}) } : c,
        ),
      };
    });
    await ctx.noteActivity();
    return summarize(updated);
  },
};
