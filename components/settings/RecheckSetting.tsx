import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { sendRequest } from '@/utils/messaging/send';
import { RECHECK_GRACE_RANGE } from '@/utils/storage';
import { useRequest } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

/** How long a re-check (passphrase or key) lasts before secrets and key changes ask again; a policy may fix it. */
export function RecheckSetting() {
  const [seconds, setSeconds] = useState<number | null>(null);
  const [managedMax, setManagedMax] = useState<number | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  const save = useRequest();

  useEffect(() => {
    void sendRequest('settings.get', {}).then((settings) => setSeconds(settings.recheckGraceSeconds));
    void sendRequest('policy.get', {}).then(
      ({ policy }) => setManagedMax(policy.maxRecheckGraceSeconds),
      () => undefined,
    );
  }, []);

  const onChange = async (value: number) => {
    setSaved(false);
    const settings = await save.run(() => sendRequest('settings.set', { settings: { recheckGraceSeconds: value } }));
    if (settings) {
      setSeconds(settings.recheckGraceSeconds);
      setSaved(true);
    }
  };

  return (
    <section class="card" aria-labelledby="recheck-setting-title">
      <h2 id="recheck-setting-title">{t('settings_recheck_title')}</h2>
      <label>
        {t('settings_recheck_label')}
        <input
          type="number"
          min={RECHECK_GRACE_RANGE.min}
          max={managedMax ?? RECHECK_GRACE_RANGE.max}
          value={seconds ?? ''}
          // A policy of 0 leaves nothing to choose.
          disabled={seconds === null || managedMax === 0}
          onInput={(e) => {
            setSaved(false);
            setSeconds(Number(e.currentTarget.value));
          }}
          onChange={(e) => void onChange(Number(e.currentTarget.value))}
        />
      </label>
      <p class="muted small">{t('settings_recheck_help')}</p>
      {managedMax !== undefined && <p class="notice small">{t('policy_recheck_grace_limited', managedMax)}</p>}
      <ErrorMessage message={save.error} />
      {saved && <p role="status">{t('common_saved')}</p>}
    </section>
  );
}
