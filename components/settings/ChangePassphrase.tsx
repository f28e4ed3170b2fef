import { PassphraseField } from '@/components/shared/PassphraseField';
import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { StrengthMeter } from '@/components/shared/StrengthMeter';
import { sendRequest } from '@/utils/messaging/send';
import { useRequest } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const change = useRequest();

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    if (next !== repeat) {
      change.setError(t('settings_passphrase_mismatch'));
      return;
    }
    if ((await change.run(() => sendRequest('vault.changePassphrase', { current, next }))) !== undefined) {
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
    }
  };

  return (
    <form class="card" onSubmit={onSubmit}>
      <h2>{t('settings_passphrase_title')}</h2>
      <PassphraseField label={t('settings_passphrase_current')} value={current} onInput={setCurrent} required />
      <PassphraseField label={t('settings_passphrase_new')} value={next} onInput={setNext} autoComplete="new-password" required />
      <StrengthMeter passphrase={next} />
      <PassphraseField label={t('settings_passphrase_repeat')} value={repeat} onInput={setRepeat} autoComplete="new-password" required />
      <ErrorMessage message={change.error} />
      {done && <p role="status">{t('settings_passphrase_done')}</p>}
      <button type="submit" disabled={change.busy}>
        {change.busy ? t('settings_passphrase_busy') : t('settings_passphrase_title')}
      </button>
    </form>
  );
}
