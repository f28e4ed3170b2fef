import { useState } from 'preact/hooks';
import type { AccountSummary } from '@/utils/accounts/account';
import type { CodeView } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { groupCode } from '@/utils/ui/format';

interface Props {
  account: AccountSummary;
  code: CodeView | null;
  onEdit: () => void;
  /** Fills this account's code into the page; absent when there is no page to fill. */
  onFill?: () => Promise<string>;
}

export function AccountRow({ account, code, onEdit, onFill }: Props) {
  const [fillResult, setFillResult] = useState<string | null>(null);
  const [hotp, setHotp] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const value = account.kind === 'hotp' ? hotp : code?.code ?? null;
  const name = account.issuer || account.label;

  const copy = async () => {
    if (!value) return;
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      setError('The browser refused access to the clipboard.');
    }
  };

  const nextHotp = async () => {
    try {
      setHotp((await sendRequest('accounts.nextHotp', { id: account.id })).code);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <li class="account" aria-label={`${name} ${account.label}`}>
      <div class="account-names">
        <strong>{account.issuer || '—'}</strong>
        <span class="muted">{account.label}</span>
        {account.domains.length > 0 && <span class="muted small">{account.domains.join(', ')}</span>}
      </div>
      <button type="button" class="code" data-code={value ?? ''} onClick={copy} disabled={!value} title="Copy code" aria-label={value ? `Copy code ${value}` : 'No code yet'}>
        {value ? groupCode(value) : '••• •••'}
      </button>
      {account.kind === 'totp' && code?.secondsLeft != null && (
        <span class="seconds" data-seconds={code.secondsLeft} aria-label={`${code.secondsLeft} seconds left`}>
          {code.secondsLeft}s
        </span>
      )}
      {account.kind === 'totp' && code?.nextCode && <span class="muted small">next {groupCode(code.nextCode)}</span>}
      {account.kind === 'hotp' && (
        <button type="button" onClick={nextHotp}>
          {hotp ? 'Next code' : 'Generate code'}
        </button>
      )}
      {onFill && (
        <button type="button" onClick={async () => setFillResult(await onFill())} aria-label={`Fill ${name}`}>
          Fill
        </button>
      )}
      <button type="button" class="link" onClick={onEdit} aria-label={`Edit ${name}`}>
        Edit
      </button>
      {copied && <span role="status">Copied</span>}
      {fillResult && <span role="status" class="small">{fillResult}</span>}
      {error && <span class="error" role="alert">{error}</span>}
    </li>
  );
}
