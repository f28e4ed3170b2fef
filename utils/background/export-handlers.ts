import { formatOtpauthUri } from '@/utils/accounts/otpauth-uri';
import type { Account } from '@/utils/accounts/account';
import type { HandlerContext, HandlerTable } from '@/utils/background/context';
import { enrolDrafts } from '@/utils/background/enrol';
import { requireRecentRecheck } from '@/utils/background/recheck-gate';
import { BackupError, openBackup, sealBackup } from '@/utils/backup/backup-file';
import { t } from '@/utils/i18n/t';
import { RequestError } from '@/utils/messaging/protocol';
import { normalizeBase32 } from '@/utils/otp/base32';
import { judgePassphrase } from '@/utils/passphrase-strength';
import { managedSettingKeys } from '@/utils/policy';
import { settingsItem } from '@/utils/storage';

async function allowExport(ctx: HandlerContext, plain: boolean): Promise<void> {
  const policy = await ctx.policy();
  if (policy.disableExport) throw new RequestError('invalid-input', t('policy_export_disabled'));
  if (plain && policy.disablePlainExport) throw new RequestError('invalid-input', t('policy_plain_export_disabled'));
}

function linkOf(account: Account): string {
  const { otp } = account;
  return formatOtpauthUri({
    kind: otp.kind,
    issuer: account.issuer,
    label: account.label,
    secret: account.secret,
    algorithm: otp.kind === 'steam' ? 'SHA1' : otp.algorithm,
    digits: otp.kind === 'steam' ? 6 : otp.digits,
    period: otp.kind === 'hotp' ? 30 : otp.period,
    counter: otp.kind === 'hotp' ? otp.counter : 0,
  });
}

const secretKey = (secret: string) => {
  try {
    return normalizeBase32(secret);
  } catch {
    return secret;
  }
};

export const exportHandlers: HandlerTable<
  | 'vaultBackup.export'
  | 'vaultBackup.restore'
  | 'accounts.exportPlain'
  | 'accounts.exportUri'
  | 'accounts.import'
  | 'accounts.findDuplicates'
  | 'policy.get'
> = {
  'vaultBackup.export': async ({ password }, ctx) => {
    await allowExport(ctx, false);
    if (!judgePassphrase(password).acceptable) throw new RequestError('weak-passphrase', t('backup_file_weak_password'));
    const { accounts } = await ctx.accounts.live();
    const now = new Date(ctx.now());
    const fileText = await sealBackup({ accounts, settings: await settingsItem.getValue() }, password, now);
    return { fileText, fileName: `tessera-backup-${now.toISOString().slice(0, 10)}.json` };
  },
  /** Merge skips secrets already stored; replace swaps the whole set in one transaction. */
  'vaultBackup.restore': async ({ fileText, password, mode }, ctx) => {
    let payload;
    try {
      payload = await openBackup(fileText, password);
    } catch (error) {
      if (error instanceof BackupError)
        throw new RequestError(error.code === 'wrong-password' ? 'wrong-passphrase' : 'invalid-input', error.message);
      throw error;
    }
    if (mode === 'replace') {
      await ctx.vault.replaceAll(payload.accounts.map((account) => ({ ...account, id: ctx.newId() })));
      return { added: payload.accounts.length, skipped: 0, replaced: true, rejected: payload.rejected };
    }
    const { accounts } = await ctx.accounts.live();
    const stored = new Set(accounts.map((a) => a.secret));
    const fresh = payload.accounts
      .filter((a) => !stored.has(a.secret))
      .map((account) => ({ ...account, id: ctx.newId(), deletedAt: undefined }));
    await ctx.vault.saveAll(fresh);
    return { added: fresh.length, skipped: payload.accounts.length - fresh.length, replaced: false, rejected: payload.rejected };
  },
  'accounts.exportPlain': async (_payload, ctx) => {
    await allowExport(ctx, true);
    await requireRecentRecheck(ctx);
    const { accounts } = await ctx.accounts.live();
    return { uris: accounts.map(linkOf) };
  },
  'accounts.exportUri': async ({ id }, ctx) => {
    await allowExport(ctx, true);
    const account = await ctx.accounts.one(id);
    await requireRecentRecheck(ctx);
    return { uri: linkOf(account) };
  },
  'accounts.import': async ({ drafts }, ctx) =>
    enrolDrafts(
      drafts.map((draft) => ({ ...draft, domains: draft.domains ?? [] })),
      false,
      ctx,
    ),
  'accounts.findDuplicates': async ({ secrets }, ctx) => {
    const { accounts } = await ctx.accounts.live();
    const stored = new Set(accounts.map((a) => a.secret));
    return secrets.map((secret) => stored.has(secretKey(secret)));
  },
  'policy.get': async (_payload, ctx) => {
    const policy = await ctx.policy();
    return { policy, managed: managedSettingKeys(policy) };
  },
};
