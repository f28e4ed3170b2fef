import type { Account, BackupCode } from '@/utils/accounts/account';
import { checkDomains, checkNames, checkOtp, checkSecret, DraftError, malformed, textField } from '@/utils/accounts/validate-draft';
import { t } from '@/utils/i18n/t';

export const MAX_BACKUP_CODES = 50;
const MAX_BACKUP_CODE_LENGTH = 64;
const MAX_NOTES_LENGTH = 10_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function backupCodes(value: unknown): BackupCode[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw malformed('backupCodes');
  if (value.length > MAX_BACKUP_CODES) throw new DraftError(t('backup_too_many', MAX_BACKUP_CODES));
  return value.map((entry: unknown) => {
    const code = isRecord(entry) && typeof entry.code === 'string' ? entry.code.trim() : '';
    if (!isRecord(entry) || code === '' || code.length > MAX_BACKUP_CODE_LENGTH || typeof entry.used !== 'boolean') {
      throw malformed('backupCodes');
    }
    return { code, used: entry.used, ...(entry.used && isTime(entry.usedAt) ? { usedAt: entry.usedAt } : {}) };
  });
}

/**
 * A whole stored account read back from outside the vault (a backup file): the same rules as a manual add for
 * everything that makes codes, plus the parts only stored accounts have. Only known fields are kept, and a
 * deletion mark is dropped (a backup holds live accounts). Throws a DraftError naming the first problem.
 */
export function accountFromBackup(raw: unknown, now: number): Account {
  if (!isRecord(raw)) throw malformed('account');
  const { issuer, label } = checkNames(raw.issuer, raw.label);
  const secret = checkSecret(raw.secret);
  if (!isRecord(raw.otp)) throw malformed('otp');
  const otp = checkOtp(raw.otp);
  const domains = checkDomains(raw.domains ?? []);
  const notes = textField(raw.notes, 'notes', MAX_NOTES_LENGTH);
  const codes = backupCodes(raw.backupCodes);
  const createdAt = isTime(raw.createdAt) ? raw.createdAt : now;
  return {
    id: typeof raw.id === 'string' ? raw.id : '',
    issuer,
    label,
    secret,
    otp,
    domains,
    notes,
    createdAt,
    updatedAt: isTime(raw.updatedAt) ? raw.updatedAt : createdAt,
    ...(codes ? { backupCodes: codes } : {}),
    ...(raw.pinned === true ? { pinned: true } : {}),
    ...(isTime(raw.lastUsedAt) ? { lastUsedAt: raw.lastUsedAt } : {}),
  };
}

/** How a rejected entry is named to the person: its names when it has readable ones, else its place in the file. */
export function entryName(raw: unknown, index: number): string {
  const names = isRecord(raw) ? [raw.issuer, raw.label].filter((n): n is string => typeof n === 'string' && n.trim() !== '') : [];
  const name = names.map((n) => n.trim()).join(' · ');
  return name ? name.slice(0, 80) : t('import_entry_name', index + 1);
}
