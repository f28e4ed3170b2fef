import { useEffect, useState } from 'preact/hooks';
import { AutoLockSetting } from '@/components/AutoLockSetting';
import { BackupRestore } from '@/components/BackupRestore';
import { ChangePassphrase } from '@/components/ChangePassphrase';
import { FillSettings } from '@/components/FillSettings';
import { GeneralSettings } from '@/components/GeneralSettings';
import { ImportAccounts } from '@/components/ImportAccounts';
import { PlainExport } from '@/components/PlainExport';
import { SecurityKeys } from '@/components/SecurityKeys';
import { t } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import type { ManagedPolicy } from '@/utils/policy';

export function App() {
  const [policy, setPolicy] = useState<ManagedPolicy>({});
  useEffect(() => {
    void sendRequest('policy.get', {}).then(
      (answer) => setPolicy(answer.policy),
      () => undefined,
    );
  }, []);
  const managedNotes = [
    policy.maxAutoLockMinutes ? t('policy_auto_lock_limited', policy.maxAutoLockMinutes) : null,
    policy.disableAutoFill ? t('policy_auto_fill_disabled') : null,
    policy.requireHardwareKey ? t('policy_key_required') : null,
    policy.disableExport ? t('policy_export_disabled') : policy.disablePlainExport ? t('policy_plain_export_disabled') : null,
  ].filter((note): note is string => note !== null);

  return (
    <main class="screen wide">
      <h1>{t('settings_title')}</h1>
      {managedNotes.length > 0 && (
        <section class="notice" aria-label={t('policy_managed')}>
          <strong>{t('policy_managed')}</strong>
          <ul>
            {managedNotes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      <AutoLockSetting />
      <FillSettings />
      <GeneralSettings />
      <h2>{t('settings_security')}</h2>
      <ChangePassphrase />
      <SecurityKeys />
      <BackupRestore exportAllowed={!policy.disableExport} />
      <ImportAccounts />
      {!policy.disableExport && !policy.disablePlainExport && <PlainExport />}
    </main>
  );
}
