import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { PassphraseField } from '@/components/shared/PassphraseField';
import { useRecheck } from '@/components/shared/use-recheck';
import { t } from '@/utils/i18n/t';
import type { KeysInfo } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { browserSupportsPrf, evaluateKeys, prfErrorMessageKey, registerKey } from '@/utils/webauthn/prf';

const date = (ms: number | null) => (ms ? new Date(ms).toLocaleDateString() : t('keys_never'));

/** Add, rename and remove security keys, and choose whether a key alone or key and passphrase unlock. */
export function SecurityKeys() {
  const [info, setInfo] = useState<KeysInfo | null>(null);
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [policy, setPolicy] = useState<'either' | 'both'>('either');
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [supported, setSupported] = useState(true);
  // Adding, removing and the policy are gated by the background's re-check (requireRecentRecheck).
  const recheck = useRecheck();

  useEffect(() => {
    void sendRequest('keys.info', {}).then((next) => {
      setInfo(next);
      setPolicy(next.policy);
    });
    void browserSupportsPrf().then(setSupported);
  }, []);

  const act = async (work: () => Promise<KeysInfo | undefined>, done: string) => {
    setBusy(true);
    setError(null);
    setMessage(null);
    try {
      const next = await work();
      // Undefined: the person cancelled the re-check, nothing changed.
      if (!next) return;
      setInfo(next);
      setPolicy(next.policy);
      setMessage(done);
    } catch (e) {
      setError(e instanceof Error && e.name === 'PrfError' ? t(prfErrorMessageKey(e)) : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const add = () =>
    act(
      async () => {
        // Asked before the key is touched, so a cancelled re-check costs no registration.
        if (!(await recheck.ensure())) return undefined;
        const key = await registerKey();
        return recheck.guard(() => sendRequest('keys.add', { ...key, name }));
      },
      t('keys_added', name.trim() || t('keys_name_default')),
    );

  const applyPolicy = () =>
    act(async () => {
      if (!(await recheck.ensure())) return undefined;
      // Leaving "key and passphrase" needs a key too: it proves the passphrase that becomes the only way in.
      if (policy === 'either' && info?.policy !== 'both') return recheck.guard(() => sendRequest('keys.setPolicy', { policy, passphrase }));
      const answer = await evaluateKeys(info?.keys ?? []);
      return recheck.guard(() => sendRequest('keys.setPolicy', { policy, passphrase, ...answer }));
    }, t('keys_policy_changed'));

  return (
    <section class="card" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('keys_title')}</h2>
      <p class="muted small">{t('keys_intro')}</p>
      {!supported && (
        <p class="error" role="alert">
          {t('keys_error_unsupported_browser')}
        </p>
      )}
      {info?.keys.length === 0 && <p>{t('keys_none')}</p>}
      <ul class="key-list" aria-label={t('keys_title')}>
        {info?.keys.map((key) => (
          <li key={key.credentialId}>
            <strong>{key.name}</strong> <span class="muted small">{t('keys_dates', date(key.addedAt), date(key.lastUsedAt))}</span>
            <button
              type="button"
              disabled={busy}
              onClick={() => {
                const next = prompt(t('keys_name_label'), key.name);
                if (next !== null)
                  void act(() => sendRequest('keys.rename', { credentialId: key.credentialId, name: next }), t('keys_policy_changed'));
              }}
            >
              {t('keys_rename')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() =>
                void act(
                  () => recheck.guard(() => sendRequest('keys.remove', { credentialId: key.credentialId })),
                  t('keys_removed', key.name),
                )
              }
            >
              {t('keys_remove')}
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t('keys_name_label')}
        <input value={name} onInput={(e) => setName(e.currentTarget.value)} placeholder={t('keys_name_default')} />
      </label>
      <button type="button" class="primary" disabled={busy || !supported || info?.policy === 'both'} onClick={() => void add()}>
        {busy ? t('keys_touch') : t('keys_add')}
      </button>
      {/* "Key and passphrase together" means nothing without a key; with the policy on, it is shown to be turned off. */}
      {(info?.keys.length || info?.policy === 'both') && (
        <fieldset>
          <legend>{t('keys_policy')}</legend>
          <label class="row">
            <input type="radio" name="policy" checked={policy === 'either'} onChange={() => setPolicy('either')} />{' '}
            {t('keys_policy_either')}
          </label>
          <label class="row">
            <input type="radio" name="policy" checked={policy === 'both'} onChange={() => setPolicy('both')} /> {t('keys_policy_both')}
          </label>
          <p class="muted small">{t('keys_policy_both_help')}</p>
          <PassphraseField value={passphrase} onInput={setPassphrase} />
          <button type="button" disabled={busy || policy === info?.policy || !passphrase} onClick={() => void applyPolicy()}>
            {t('keys_apply')}
          </button>
        </fieldset>
      )}
      <ErrorMessage message={error} />
      {message && <p role="status">{message}</p>}
      {recheck.dialog}
    </section>
  );
}
