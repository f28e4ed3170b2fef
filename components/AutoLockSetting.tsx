import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { sendRequest } from '@/utils/messaging/send';
import { AUTO_LOCK_RANGE } from '@/utils/storage';
import { useAction } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

export function AutoLockSetting() {
  const [minutes, setMinutes] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useAction((value: number) => sendRequest('settings.set', { settings: { autoLockMinutes: value } }));

  useEffect(() => {
    void sendRequest('settings.get', {}).then((settings) => setMinutes(settings.autoLockMinutes));
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (minutes === null) return;
    const settings = await save.run(minutes);
    setSaved(settings !== undefined);
  };

  return (
    <form class="card" onSubmit={onSubmit}>
      <h2>{t('settings_autolock_title')}</h2>
      <label>
        {t('settings_autolock_label')}
        <input
          type="number"
          min={AUTO_LOCK_RANGE.min}
          max={AUTO_LOCK_RANGE.max}
          value={minutes ?? ''}
          onInput={(e) => {
            setSaved(false);
            setMinutes(Number(e.currentTarget.value));
          }}
        />
      </label>
      <p class="muted small">{t('settings_autolock_help')}</p>
      <ErrorMessage message={save.error} />
      {saved && <p role="status">{t('common_saved')}</p>}
      <button type="submit" disabled={save.busy || minutes === null}>
        {t('common_save')}
      </button>
    </form>
  );
}
