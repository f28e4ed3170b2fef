import { useState } from 'preact/hooks';
import { AccountQr } from '@/components/popup/AccountQr';
import { CodeSettingsFields, type CodeSettings } from '@/components/popup/CodeSettingsFields';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import type { AccountSummary } from '@/utils/accounts/account';
import { sendRequest } from '@/utils/messaging/send';
import type { OtpDigits } from '@/utils/otp/otp';
import { splitDomains } from '@/utils/ui/format';
import { useRequest } from '@/utils/ui/use-request';
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
  const [code, setCode] = useState<CodeSettings>({
    algorithm: account.algorithm,
    digits: account.digits as OtpDigits,
    period: account.period ?? 30,
  });
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const save = useRequest();
  const editableCode = account.kind !== 'steam';

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const codeEdit = editableCode
      ? { algorithm: code.algorithm, digits: code.digits, ...(account.kind === 'totp' ? { period: code.period } : {}) }
      : {};
    const result = await save.run(() =>
      sendRequest('accounts.update', { id: account.id, edit: { issuer, label, domains: splitDomains(domains), ...codeEdit } }),
    );
    if (result) onDone();
  };

  return (
    <form class="screen" onSubmit={onSubmit}>
      <h1>{t('edit_title')}</h1>
      <label>
        {t('account_issuer')}
        <input value={issuer} onInput={(e) => setIssuer(e.currentTarget.value)} autoComplete="off" />
      </label>
      <label>
        {t('account_name')}
        <input value={label} onInput={(e) => setLabel(e.currentTarget.value)} autoComplete="off" />
      </label>
      <label>
        {t('account_domains')}
        <input value={domains} onInput={(e) => setDomains(e.currentTarget.value)} autoComplete="off" />
        <span class="muted small">{t('edit_domains_help')}</span>
      </label>
      {editableCode && (
        <details>
          <summary>{t('edit_code_settings')}</summary>
          <p class="muted small">{t('edit_code_settings_help')}</p>
          <CodeSettingsFields value={code} showPeriod={account.kind === 'totp'} onChange={setCode} />
        </details>
      )}
      <AccountQr id={account.id} name={account.issuer || account.label} />
      <ErrorMessage message={save.error} />
      <div class="actions">
        <button type="button" onClick={onCancel}>
          {t('common_cancel')}
        </button>
        <button type="submit" class="primary">
          {t('common_save')}
        </button>
      </div>
      {confirmingDelete ? (
        <div class="danger-zone" role="group" aria-label={t('edit_confirm_delete_label')}>
          <p>{t('edit_confirm_delete', account.issuer || account.label)}</p>
          <button type="button" onClick={() => setConfirmingDelete(false)}>
            {t('edit_keep')}
          </button>
          <button type="button" class="danger" onClick={onDelete}>
            {t('popup_delete')}
          </button>
        </div>
      ) : (
        <button type="button" class="danger link" onClick={() => setConfirmingDelete(true)}>
          {t('edit_delete')}
        </button>
      )}
    </form>
  );
}
