import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { PassphraseField } from '@/components/shared/PassphraseField';
import { t } from '@/utils/i18n/t';
import type { KeysInfo, RecheckStatus } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { canRunKeyCeremonyHere, openKeyRecheck } from '@/utils/ui/key-recheck';
import { useRequest } from '@/utils/ui/use-request';
import { evaluateKeys, prfErrorMessageKey } from '@/utils/webauthn/prf';

interface Props {
  onConfirmed: () => void;
  onCancel: () => void;
}

/**
 * "Confirm it's you": the passphrase or a registered security key, proven to the background (`recheck.*`), which
 * then opens its grace window. The dialog only asks; whether the action runs is the background's decision.
 */
export function RecheckDialog({ onConfirmed, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [status, setStatus] = useState<RecheckStatus | null>(null);
  const [keys, setKeys] = useState<KeysInfo | null>(null);
  const check = useRequest();

  useEffect(() => {
    dialog.current?.showModal();
    void sendRequest('recheck.status', {}).then(setStatus, () => undefined);
    void sendRequest('keys.info', {}).then(setKeys, () => undefined);
  }, []);

  const hasKey = (keys?.keys.length ?? 0) > 0;
  // Under "key and passphrase together" the key's wrapper needs the passphrase as well.
  const keyNeedsPassphrase = keys?.policy === 'both';
  const passphraseAlone = status?.passphraseAlone ?? true;

  const withPassphrase = async (event: Event) => {
    event.preventDefault();
    const done = await check.run(() => sendRequest('recheck.passphrase', { passphrase }));
    setPassphrase('');
    if (done) onConfirmed();
  };

  const withKey = async () => {
    if (!keys) return;
    if (!canRunKeyCeremonyHere()) return openKeyRecheck();
    const done = await check.run(async () => {
      try {
        const answer = await evaluateKeys(keys.keys);
        return await sendRequest('recheck.withKey', { ...answer, ...(keyNeedsPassphrase ? { passphrase } : {}) });
      } catch (e) {
        if (e instanceof Error && e.name === 'PrfError') throw new Error(t(prfErrorMessageKey(e)));
        throw e;
      }
    });
    setPassphrase('');
    if (done) onConfirmed();
  };

  return (
    <dialog
      ref={dialog}
      class="recheck-dialog"
      aria-labelledby="recheck-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form class="screen" onSubmit={withPassphrase}>
        <h2 id="recheck-title">{t('recheck_title')}</h2>
        <p class="small">{passphraseAlone ? t('recheck_intro') : t('recheck_key_needed')}</p>
        {(passphraseAlone || keyNeedsPassphrase) && (
          <PassphraseField value={passphrase} onInput={setPassphrase} invalid={check.error !== null} autoFocus />
        )}
        <ErrorMessage message={check.error} />
        <div class="actions start">
          {passphraseAlone && (
            <button type="submit" class="primary" disabled={check.busy || !passphrase}>
              {check.busy ? t('recheck_busy') : t('recheck_submit')}
            </button>
          )}
          {hasKey && (
            <button type="button" disabled={check.busy || (keyNeedsPassphrase && !passphrase)} onClick={() => void withKey()}>
              {t('recheck_with_key')}
            </button>
          )}
          <button type="button" onClick={onCancel}>
            {t('common_cancel')}
          </button>
        </div>
        {hasKey && !canRunKeyCeremonyHere() && <p class="muted small">{t('recheck_key_in_tab')}</p>}
      </form>
    </dialog>
  );
}
