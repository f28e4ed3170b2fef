import { useState } from 'preact/hooks';
import { CodeSettingsFields } from '@/components/popup/CodeSettingsFields';
import { EnrolOutcome } from '@/components/popup/EnrolOutcome';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import type { EnrolResult } from '@/utils/messaging/protocol';
import type { AccountDraft } from '@/utils/accounts/account';
import { sendRequest } from '@/utils/messaging/send';
import { splitDomains } from '@/utils/ui/format';
import { useRequest } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

interface Props {
  site: string | null;
  onDone: () => void;
  onCancel: () => void;
}

export function AddAccount({ site, onDone, onCancel }: Props) {
  const [mode, setMode] = useState<'key' | 'uri'>('key');
  const [draft, setDraft] = useState<AccountDraft>({
    issuer: '',
    label: '',
    secret: '',
    kind: 'totp',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    domains: site ? [site] : [],
  });
  const [domainsText, setDomainsText] = useState(site ?? '');
  const [uri, setUri] = useState('');
  const [duplicate, setDuplicate] = useState<EnrolResult | null>(null);
  const save = useRequest();
  const enrol = (updateExisting: boolean) => {
    const domains = splitDomains(domainsText);
    if (mode === 'uri') return sendRequest('accounts.addFromUri', { uri, domains, updateExisting });
    return sendRequest('accounts.add', { draft: { ...draft, domains }, updateExisting });
  };
  const set = <K extends keyof AccountDraft>(key: K, value: AccountDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (updateExisting: boolean) => {
    const result = await save.run(() => enrol(updateExisting));
    if (!result) return;
    if (result.duplicates.length > 0) setDuplicate(result);
    else onDone();
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit(false);
  };

  return (
    <form class="screen" onSubmit={onSubmit}>
      <h1>{t('add_title')}</h1>
      <div role="radiogroup" aria-label={t('add_mode_label')} class="segmented">
        <label>
          <input type="radio" name="mode" checked={mode === 'key'} onChange={() => setMode('key')} /> {t('add_mode_key')}
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'uri'} onChange={() => setMode('uri')} /> {t('add_mode_uri')}
        </label>
      </div>
      {mode === 'uri' ? (
        <>
          <label>
            {t('add_mode_uri')}
            <textarea
              value={uri}
              onInput={(e) => setUri(e.currentTarget.value)}
              autoComplete="off"
              spellcheck={false}
              rows={3}
              required
              placeholder={t('add_uri_placeholder')}
              aria-invalid={save.error !== null}
            />
          </label>
          {/* What the background refuses is about the link or the key: said at that field, not under the form. */}
          <ErrorMessage message={save.error} />
        </>
      ) : (
        <>
          <label>
            {t('account_issuer')}
            <input
              value={draft.issuer}
              onInput={(e) => set('issuer', e.currentTarget.value)}
              autoComplete="off"
              placeholder={t('account_issuer_placeholder')}
            />
          </label>
          <label>
            {t('account_name')}
            <input
              value={draft.label}
              onInput={(e) => set('label', e.currentTarget.value)}
              autoComplete="off"
              placeholder={t('account_name_placeholder')}
            />
          </label>
          <label>
            {t('account_secret')}
            <input
              value={draft.secret}
              onInput={(e) => set('secret', e.currentTarget.value)}
              autoComplete="off"
              spellcheck={false}
              required
              placeholder={t('account_secret_placeholder')}
              aria-invalid={save.error !== null}
            />
          </label>
          <ErrorMessage message={save.error} />
          <details>
            <summary>{t('add_advanced')}</summary>
            <label>
              {t('add_type')}
              <select value={draft.kind} onChange={(e) => set('kind', e.currentTarget.value as AccountDraft['kind'])}>
                <option value="totp">{t('add_type_totp')}</option>
                <option value="hotp">{t('add_type_hotp')}</option>
                <option value="steam">{t('add_type_steam')}</option>
              </select>
            </label>
            {/* Steam Guard's codes are fixed (5 characters, 30 s, SHA-1): there is nothing to set. */}
            {draft.kind === 'steam' ? (
              <p class="muted small">{t('add_type_steam_help')}</p>
            ) : (
              <CodeSettingsFields
                value={{ algorithm: draft.algorithm, digits: draft.digits, period: draft.period }}
                showPeriod={draft.kind === 'totp'}
                onChange={(code) => setDraft((d) => ({ ...d, ...code }))}
              />
            )}
            {draft.kind === 'hotp' && (
              <label>
                {t('add_counter')}
                <input
                  type="number"
                  min={0}
                  autoComplete="off"
                  value={draft.counter}
                  onInput={(e) => set('counter', Number(e.currentTarget.value))}
                />
              </label>
            )}
          </details>
        </>
      )}
      <label>
        {t('account_domains')}
        <input value={domainsText} onInput={(e) => setDomainsText(e.currentTarget.value)} autoComplete="off" placeholder="example.com" />
        <span class="muted small">{t('add_domains_help')}</span>
      </label>
      {duplicate && <EnrolOutcome result={duplicate} onUpdateExisting={() => void submit(true)} />}
      <div class="actions">
        <button type="button" onClick={onCancel}>
          {t('common_cancel')}
        </button>
        <button type="submit" class="primary" disabled={save.busy}>
          {t('add_submit')}
        </button>
      </div>
    </form>
  );
}
