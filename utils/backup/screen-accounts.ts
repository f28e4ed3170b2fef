import type { Account } from '@/utils/accounts/account';
import { accountFromBackup, entryName } from '@/utils/accounts/validate-account';
import { DraftError } from '@/utils/accounts/validate-draft';
import { t } from '@/utils/i18n/t';

export interface RejectedEntry {
  name: string;
  reason: string;
}

/** Splits a backup's accounts into those that can be stored and the rest, each with the reason it was left out. */
export function screenBackupAccounts(raw: readonly unknown[], now: number): { accounts: Account[]; rejected: RejectedEntry[] } {
  const accounts: Account[] = [];
  const rejected: RejectedEntry[] = [];
  raw.forEach((entry, index) => {
    try {
      accounts.push(accountFromBackup(entry, now));
    } catch (error) {
      rejected.push({ name: entryName(entry, index), reason: error instanceof DraftError ? error.message : t('import_unreadable_entry') });
    }
  });
  return { accounts, rejected };
}
