import { AutoLockSetting } from '@/components/AutoLockSetting';
import { ChangePassphrase } from '@/components/ChangePassphrase';
import { FillSettings } from '@/components/FillSettings';
import { GeneralSettings } from '@/components/GeneralSettings';
import { SecurityKeys } from '@/components/SecurityKeys';
import { t } from '@/utils/i18n/t';

export function App() {
  return (
    <main class="screen wide">
      <h1>{t('settings_title')}</h1>
      <AutoLockSetting />
      <FillSettings />
      <GeneralSettings />
      <h2>{t('settings_security')}</h2>
      <ChangePassphrase />
      <SecurityKeys />
    </main>
  );
}
