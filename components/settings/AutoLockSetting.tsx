import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { sendRequest } from '@/utils/messaging/send';
import { AUTO_LOCK_RANGE } from '@/utils/storage';
import { useRequest } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

/** Minutes of no use before the vault locks; saved when the field is changed, like every other setting. */
export function AutoLockSetting() {
  const [minutes, setMinutes] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useRequest();

  useEffect(() => {
    void sendRequest('settings.get', {}).then((settings) => setMinutes(settings.autoLockMinutes));
  }, []);

  // `change` fires when the person leaves the field or presses Enter, not on every keystroke.
  const onChange = async (value: number) => {
    setSaved(false);
    const settings = await save.run(() => sendRequest('settings.set', { settings: { autoLockMinutes: value } }));
    if (settings) {
      setMinutes(settings.autoLockMinutes);
      setSaved(true);
    }
  };

  return (
    <section class="card" aria-labelledby="autolock-title">
      <h2 id="autolock-title">{t('settings_autolock_title')}</h2>
      <label>
        {t('settings_autolock_label')}
        <input
          type="number"
          min={AUTO_LOCK_RANGE.min}
          max={AUTO_LOCK_RANGE.max}
          value={minutes ?? ''}
          disabled={minutes === null}
          onInput={(e) => {
            setSaved(false);
            setMinutes(Number(e.currentTarget.value));
          }}
          onChange={(e) => void onChange(Number(e.currentTarget.value))}
        />
      </label>
      <p class="muted small">{t('settings_autolock_help')}</p>
      <ErrorMessage message={save.error} />
      {saved && <p role="status">{t('common_saved')}</p>}
    </section>
  );
}
