import { useState } from 'preact/hooks';
import { BackupReminder } from '@/components/settings/BackupReminder';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { t } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { lastBackupAtItem } from '@/utils/storage';
import { downloadText } from '@/utils/ui/download';
import { useRequest } from '@/utils/ui/use-request';

/** Encrypted backup of everything, and restoring one by merging or replacing. */
export function BackupRestore({ exportAllowed }: { exportAllowed: boolean }) {
  const [password, setPassword] = useState('');
  const [restorePassword, setRestorePassword] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  const [message, setMessage] = useState<string | null>(null);
  const [rejected, setRejected] = useState<{ name: string; reason: string }[]>([]);
  const runner = useRequest();

  const exportFile = async () => {
    const result = await runner.run(() => sendRequest('vaultBackup.export', { password }));
    if (!result) return;
    downloadText(result.fileName, result.fileText, 'application/json');
    await lastBackupAtItem.setValue(Date.now());
    setMessage(result.fileName);
    setPassword('');
  };

  const restore = async () => {
    if (!file) return;
    const fileText = await file.text();
    const result = await runner.run(() => sendRequest('vaultBackup.restore', { fileText, password: restorePassword, mode }));
    setRejected(result?.rejected ?? []);
    if (result) setMessage(t('backup_file_restored', result.added, result.skipped));
  };

  return (
    <section class="card" aria-labelledby="backup-file-title">
      <h2 id="backup-file-title">{t('backup_file_title')}</h2>
      <p class="muted small">{t('backup_file_intro')}</p>
      <BackupReminder />
      {exportAllowed ? (
        <>
          <label>
            {t('backup_file_password')}
            <input
              type="password"
              autoComplete="new-password"
              value={password}
              aria-describedby="backup-password-rule"
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </label>
          <p id="backup-password-rule" class="muted small">
            {t('backup_file_weak_password')}
          </p>
          <button type="button" disabled={password.length === 0} onClick={() => void exportFile()}>
            {t('backup_file_export')}
          </button>
        </>
      ) : (
        <p class="muted">{t('policy_export_disabled')}</p>
      )}
      <h3>{t('backup_file_restore')}</h3>
      <label>
        {t('backup_file_restore_file')}
        <input type="file" accept=".json,application/json" onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)} />
      </label>
      <label>
        {t('backup_file_password')}
        <input type="password" autoComplete="off" value={restorePassword} onInput={(e) => setRestorePassword(e.currentTarget.value)} />
      </label>
      <label class="row">
        <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {t('backup_file_merge')}
      </label>
      <label class="row">
        <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />{' '}
        {t('backup_file_replace')}
      </label>
      <button type="button" disabled={!file || !restorePassword} onClick={() => void restore()}>
        {t('backup_file_restore')}
      </button>
      <ErrorMessage message={runner.error} />
      {message && <p role="status">{message}</p>}
      {rejected.length > 0 && (
        <div class="error small">
          <p>{t('backup_file_rejected', rejected.length)}</p>
          <ul>
            {rejected.map((entry, index) => (
              <li key={index}>
                {entry.name}: {entry.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
