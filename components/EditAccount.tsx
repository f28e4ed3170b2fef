import { useState } from 'preact/hooks';
import { AccountQr } from '@/components/AccountQr';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { AccountSummary } from '@/utils/accounts/account';
import { sendRequest } from '@/utils/messaging/send';
import type { OtpAlgorithm, OtpDigits } from '@/utils/otp/otp';
import { splitDomains } from '@/utils/ui/format';
import { useRunner } from '@/utils/ui/use-runner';
import { t } from '@/utils/i18n/t';

interface Props {
  account: AccountSummary;
  onDone: () => void;
  onDelete: () => void;
  onCancel: () => void;
}

export function EditAccount({ account, onDone, onDelete, onCancel }: Props) {
  const [issuer, setIssuer] = useState(account.issuer);
  const [label, setLabel] = useState(account.label);
  const [domains, setDomains] = useState(account.domains.join(', '));
  const [algorithm, setAlgorithm] = useState(account.algorithm);
  const [digits, setDigits] = useState(account.digits);
  const [period, setPeriod] = useState(account.period ?? 30);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const save = useRunner();
  const editableCode = account.kind !== 'steam';

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const codeEdit = editableCode ? { algorithm, digits: digits as OtpDigits, ...(account.kind === 'totp' ? { period } : {}) } : {};
    const result = await save.run(() => sendRequest('accounts.update', { id: account.id, edit: { issuer, label, domains: splitDomains(domains), ...codeEdit } }));
    if (result) onDone();
  };

  return (
    <form class="screen" onSubmit={onSubmit}>
      <h1>{t('edit_title')}</h1>
      <label>
        {t('account_issuer')}
        <input value={issuer} onInput={(e) => setIssuer(e.currentTarget.value)} />
      </label>
      <label>
        {t('account_name')}
        <input value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <label>
        {t('account_domains')}
        <input value={domains} onInput={(e) => setDomains(e.currentTarget.value)} />
        <span class="muted small">{t('edit_domains_help')}</span>
      </label>
      {editableCode && (
        <details>
          <summary>{t('edit_code_settings')}</summary>
          <p class="muted small">{t('edit_code_settings_help')}</p>
          <label>
            {t('add_algorithm')}
            <select value={algorithm} onChange={(e) => setAlgorithm(e.currentTarget.value as OtpAlgorithm)}>
              <option value="SHA1">SHA-1</option>
              <option value="SHA256">SHA-256</option>
              <option value="SHA512">SHA-512</option>
            </select>
          </label>
          <label>
            {t('add_digits')}
            <select value={String(digits)} onChange={(e) => setDigits(Number(e.currentTarget.value))}>
              <option value="6">6</option>
              <option value="7">7</option>
              <option value="8">8</option>
            </select>
          </label>
          {account.kind === 'totp' && (
            <label>
              {t('add_period')}
              <input type="number" min={1} max={3600} value={period} onInput={(e) => setPeriod(Number(e.currentTarget.value))} />
            </label>
          )}
        </details>
      )}
      <AccountQr id={account.id} name={account.issuer || account.label} />
      <ErrorMessage message={save.error} />
      <div class="actions">
        <button type="button" onClick={onCancel}>{t('common_cancel')}</button>
        <button type="submit" class="primary">{t('common_save')}</button>
      </div>
      {confirmingDelete ? (
        <div class="danger-zone" role="group" aria-label={t('edit_confirm_delete_label')}>
          <p>{t('edit_confirm_delete', account.issuer || account.label)}</p>
          <button type="button" onClick={() => setConfirmingDelete(false)}>{t('edit_keep')}</button>
          <button type="button" class="danger" onClick={onDelete}>{t('popup_delete')}</button>
        </div>
      ) : (
        <button type="button" class="danger link" onClick={() => setConfirmingDelete(true)}>{t('edit_delete')}</button>
      )}
    </form>
  );
}
