import { normalizeBackupCode } from '@/utils/accounts/backup-codes';
import type { HandlerTable } from '@/utils/background/context';
import { requireRecentRecheck } from '@/utils/background/recheck-gate';
import { t } from '@/utils/i18n/t';
import { RequestError } from '@/utils/messaging/protocol';

const MAX_CODES = 50;

export const backupHandlers: HandlerTable<'backup.reveal' | 'backup.replace' | 'backup.mark'> = {
  'backup.reveal': async ({ id }, ctx) => {
    const account = await ctx.accounts.one(id);
    await requireRecentRecheck(ctx);
    return account.backupCodes ?? [];
  },
  /** A new set replaces the old one entirely: sites invalidate the old codes when they issue new ones. */
  'backup.replace': async ({ id, codes }, ctx) => {
    const fresh = [...new Set(codes.map(normalizeBackupCode).filter(Boolean))];
    if (fresh.length > MAX_CODES) throw new RequestError('invalid-input', t('backup_too_many', MAX_CODES));
    return ctx.accounts.change(id, (account) => ({ ...account, backupCodes: fresh.map((code) => ({ code, used: false })) }));
  },
  'backup.mark': async ({ id, code, used }, ctx) =>
    ctx.accounts.change(id, (account) => {
      const codes = account.backupCodes ?? [];
      if (!codes.some((c) => c.code === code)) throw new RequestError('not-found', t('backup_not_in_set'));
      return {
        ...account,
        backupCodes: codes.map((c) => (c.code === code ? { code: c.code, used, ...(used ? { usedAt: ctx.now() } : {}) } : c)),
      };
    }),
};
