import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { sendRequest } from '@/utils/messaging/send';
import type { Settings } from '@/utils/storage';
import { useRequest } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

export function FillSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const save = useRequest();

  useEffect(() => {
    void sendRequest('settings.get', {}).then(setSettings);
  }, []);

  const toggle = async (key: 'autoFill' | 'autoSubmit', value: boolean) => {
    const next = await save.run(() => sendRequest('settings.set', { settings: { [key]: value } }));
    if (next) setSettings(next);
  };

  return (
    <section class="card" aria-labelledby="fill-title">
      <h2 id="fill-title">{t('settings_fill_title')}</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={settings?.autoFill ?? false}
          disabled={!settings}
          onChange={(e) => void toggle('autoFill', e.currentTarget.checked)}
        />
        {t('settings_fill_auto')}
      </label>
      <label class="row">
        <input
          type="checkbox"
          checked={settings?.autoSubmit ?? false}
          disabled={!settings}
          onChange={(e) => void toggle('autoSubmit', e.currentTarget.checked)}
        />
        {t('settings_fill_submit')}
      </label>
      <p class="muted small">{t('settings_fill_help', 'Alt+Shift+O', t('fill_menu_title'))}</p>
      <ErrorMessage message={save.error} />
    </section>
  );
}
