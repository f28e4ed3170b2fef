import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { ForgotPassphrase } from '@/components/shared/ForgotPassphrase';
import { KeyUnlockButton } from '@/components/shared/KeyUnlockButton';
import { PassphraseField } from '@/components/shared/PassphraseField';
import { sendRequest } from '@/utils/messaging/send';
import { ProtocolError } from '@/utils/messaging/errors';
import type { VaultStatus } from '@/utils/messaging/shapes';
import { useRequest } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

export function Unlock({ status, onUnlocked }: { status: VaultStatus; onUnlocked: (status: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [waitUntil, setWaitUntil] = useState(Date.now() + status.retryAfterMs);
  const [now, setNow] = useState(Date.now());
  const unlock = useRequest();
  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now) / 1000));

  useEffect(() => {
    if (waitSeconds === 0) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [waitSeconds]);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const next = await unlock.run(async () => {
      try {
        return await sendRequest('vault.unlock', { passphrase });
      } catch (error) {
        if (!(error instanceof ProtocolError) || !error.body.retryAfterMs) throw error;
        setWaitUntil(Date.now() + error.body.retryAfterMs);
        setNow(Date.now());
        // The background's message holds the wait as a fixed number; the live countdown below is the one shown.
        if (error.code === 'throttled') return undefined;
        throw new Error(t('vault_error_wrong_passphrase'));
      }
    });
    if (next) onUnlocked(next);
    else setPassphrase('');
  };

  return (
    <form class="screen" onSubmit={onSubmit}>
      <h1>{t('unlock_title')}</h1>
      <PassphraseField value={passphrase} onInput={setPassphrase} invalid={unlock.error !== null} autoFocus required />
      <ErrorMessage message={unlock.error} />
      {waitSeconds > 0 && (
        <p class="muted" role="timer" aria-live="off">
          {t('unlock_wait', waitSeconds)}
        </p>
      )}
      <button type="submit" class="primary" disabled={unlock.busy || waitSeconds > 0}>
        {unlock.busy ? t('unlock_busy') : t('unlock_submit')}
      </button>
      <KeyUnlockButton />
      <ForgotPassphrase />
    </form>
  );
}
