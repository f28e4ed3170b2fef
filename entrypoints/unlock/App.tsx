import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { PassphraseField } from '@/components/shared/PassphraseField';
import { t } from '@/utils/i18n/t';
import type { KeysInfo } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { evaluateKeys, prfErrorMessageKey } from '@/utils/webauthn/prf';

/**
 * The security-key unlock runs in a tab of its own: a popup closes when the browser's key dialog takes focus.
 * The key's PRF output stays in this page; only the derived key goes to the background. With `?recheck=1` the
 * same ceremony is the popup's re-check before revealing (recheck.withKey): the vault stays as it is and the
 * background opens its grace window.
 */
export function App({ recheck = new URLSearchParams(location.search).has('recheck') }: { recheck?: boolean }) {
  const [info, setInfo] = useState<KeysInfo | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const needsPassphrase = info?.policy === 'both';

  const unlock = async () => {
    if (!info || info.keys.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await evaluateKeys(info.keys);
      const proof = { ...answer, ...(needsPassphrase ? { passphrase } : {}) };
      await (recheck ? sendRequest('recheck.withKey', proof) : sendRequest('vault.unlockWithKey', proof));
      setDone(true);
      setTimeout(() => window.close(), 1200);
    } catch (e) {
      setError(e instanceof Error && e.name === 'PrfError' ? t(prfErrorMessageKey(e)) : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void sendRequest('keys.info', {}).then(setInfo, (e: Error) => setError(e.message));
  }, []);

  return (
    <main class="screen">
      <h1>{recheck ? t('recheck_page_title') : t('unlock_page_title')}</h1>
      {info?.keys.length === 0 && <p>{t('unlock_page_no_keys')}</p>}
      {needsPassphrase && <PassphraseField value={passphrase} onInput={setPassphrase} autoFocus />}
      {done ? (
        <p role="status">{recheck ? t('recheck_page_done') : t('unlock_page_done')}</p>
      ) : (
        <button
          type="button"
          class="primary"
          disabled={busy || !info?.keys.length || (needsPassphrase && !passphrase)}
          onClick={() => void unlock()}
        >
          {busy ? t('keys_touch') : recheck ? t('recheck_with_key') : t('unlock_page_start')}
        </button>
      )}
      <ErrorMessage message={error} />
    </main>
  );
}
