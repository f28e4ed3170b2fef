import { useState } from 'preact/hooks';
import { EnrolOutcome } from '@/components/EnrolOutcome';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { EnrolResult } from '@/utils/messaging/protocol';
import type { AccountDraft } from '@/utils/accounts/account';
import { sendRequest } from '@/utils/messaging/send';
import type { OtpAlgorithm, OtpDigits } from '@/utils/otp/otp';
import { splitDomains } from '@/utils/ui/format';
import { useAction } from '@/utils/ui/use-request';

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
  const save = useAction(async (updateExisting: boolean) => {
    const domains = splitDomains(domainsText);
    if (mode === 'uri') return sendRequest('accounts.addFromUri', { uri, domains, updateExisting });
    return sendRequest('accounts.add', { draft: { ...draft, domains }, updateExisting });
  });
  const set = <K extends keyof AccountDraft>(key: K, value: AccountDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (updateExisting: boolean) => {
    const result = await save.run(updateExisting);
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
      <h1>Add account</h1>
      <div role="radiogroup" aria-label="How to add" class="segmented">
        <label>
          <input type="radio" name="mode" checked={mode === 'key'} onChange={() => setMode('key')} /> Setup key
        </label>
        <label>
          <input type="radio" name="mode" checked={mode === 'uri'} onChange={() => setMode('uri')} /> otpauth:// link
        </label>
      </div>
      {mode === 'uri' ? (
        <label>
          otpauth:// link
          <textarea value={uri} onInput={(e) => setUri(e.currentTarget.value)} rows={3} required placeholder="otpauth://totp/Issuer:name?secret=…" />
        </label>
      ) : (
        <>
          <label>
            Issuer
            <input value={draft.issuer} onInput={(e) => set('issuer', e.currentTarget.value)} placeholder="e.g. GitHub" />
          </label>
          <label>
            Account name
            <input value={draft.label} onInput={(e) => set('label', e.currentTarget.value)} placeholder="e.g. you@example.com" />
          </label>
          <label>
            Secret key
            <input value={draft.secret} onInput={(e) => set('secret', e.currentTarget.value)} autoComplete="off" spellcheck={false} required placeholder="Base32, e.g. JBSW Y3DP EHPK 3PXP" />
          </label>
          <details>
            <summary>Advanced</summary>
            <label>
              Type
              <select value={draft.kind} onChange={(e) => set('kind', e.currentTarget.value as AccountDraft['kind'])}>
                <option value="totp">Time-based (TOTP)</option>
                <option value="hotp">Counter-based (HOTP)</option>
              </select>
            </label>
            <label>
              Algorithm
              <select value={draft.algorithm} onChange={(e) => set('algorithm', e.currentTarget.value as OtpAlgorithm)}>
                <option value="SHA1">SHA-1</option>
                <option value="SHA256">SHA-256</option>
                <option value="SHA512">SHA-512</option>
              </select>
            </label>
            <label>
              Digits
              <select value={String(draft.digits)} onChange={(e) => set('digits', Number(e.currentTarget.value) as OtpDigits)}>
                <option value="6">6</option>
                <option value="7">7</option>
                <option value="8">8</option>
              </select>
            </label>
            {draft.kind === 'totp' ? (
              <label>
                Period (seconds)
                <input type="number" min={1} max={3600} value={draft.period} onInput={(e) => set('period', Number(e.currentTarget.value))} />
              </label>
            ) : (
              <label>
                Counter
                <input type="number" min={0} value={draft.counter} onInput={(e) => set('counter', Number(e.currentTarget.value))} />
              </label>
            )}
          </details>
        </>
      )}
      <label>
        Fill on sites
        <input value={domainsText} onInput={(e) => setDomainsText(e.currentTarget.value)} placeholder="example.com" />
        <span class="muted small">Codes are offered only on these sites (and their subdomains). Separate several with commas.</span>
      </label>
      <ErrorMessage message={save.error} />
      {duplicate && <EnrolOutcome result={duplicate} onUpdateExisting={() => void submit(true)} />}
      <div class="actions">
        <button type="button" onClick={onCancel}>Cancel</button>
        <button type="submit" class="primary" disabled={save.busy}>Save account</button>
      </div>
    </form>
  );
}
