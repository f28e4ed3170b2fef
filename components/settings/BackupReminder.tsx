import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { lastBackupAtItem } from '@/utils/storage';

/** From this many accounts on, losing the vault costs real work: the reminder to make a backup file shows. */
export const BACKUP_REMINDER_ACCOUNTS = 3;

/** The date of the last backup file, and a gentle reminder to make one once there are a few accounts not in one yet. */
export function BackupReminder() {
  const [lastAt, setLastAt] = useState<number | null>(null);
  const [accounts, setAccounts] = useState(0);
  const [newestAt, setNewestAt] = useState(0);
  useEffect(() => {
    void lastBackupAtItem.getValue().then(setLastAt);
    const unwatch = lastBackupAtItem.watch(setLastAt);
    void sendRequest('accounts.list', {}).then(
      (list) => {
        setAccounts(list.accounts.length);
        setNewestAt(Math.max(0, ...list.accounts.map((account) => account.createdAt)));
      },
      () => undefined,
    );
    return unwatch;
  }, []);
  return (
    <div class="backup-reminder" data-last-backup={lastAt ?? ''}>
      <p class="small">{lastAt ? t('backup_file_last', new Date(lastAt).toLocaleString()) : t('backup_file_never')}</p>
      {/* Not after a backup that already holds every account: a reminder that never goes away is noise. */}
      {accounts >= BACKUP_REMINDER_ACCOUNTS && (lastAt === null || newestAt > lastAt) && (
        <p class="notice small">{t('backup_file_reminder', accounts)}</p>
      )}
    </div>
  );
}
