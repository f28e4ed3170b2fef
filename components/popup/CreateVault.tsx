import { useState } from 'preact/hooks';
import { ErrorMessage, FieldError } from '@/components/shared/ErrorMessage';
import { StrengthMeter } from '@/components/shared/StrengthMeter';
import { sendRequest } from '@/utils/messaging/send';
import type { VaultStatus } from '@/utils/messaging/protocol';
import { judgePassphrase, MIN_PASSPHRASE_LENGTH } from '@/utils/passphrase-strength';
import { useRequest } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

export function CreateVault({ onCreated }: { onCreated: (status: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const create = useRequest();
  // A rule the entry breaks is said at its field; what the background refuses is said by the button.
  const [fieldError, setFieldError] = useState<{ field: 'passphrase' | 'repeat'; message: string } | null>(null);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!judgePassphrase(passphrase).acceptable) {
      setFieldError({ field: 'passphrase', message: t('vault_create_too_short', MIN_PASSPHRASE_LENGTH) });
      return;
    }
    if (passphrase !== confirmation) {
      setFieldError({ field: 'repeat', message: t('vault_create_mismatch') });
      return;
    }
    setFieldError(null);
    const status = await create.run(() => sendRequest('vault.create', { passphrase }));
    if (status) onCreated(status);
  };

  return (
    <form class="screen" onSubmit={onSubmit}>
      <h1>{t('vault_create_title')}</h1>
      <p>{t('vault_create_intro')}</p>
      <label>
        {t('common_passphrase')}
        <input
          type="password"
          autoComplete="new-password"
          value={passphrase}
          onInput={(e) => setPassphrase(e.currentTarget.value)}
          aria-invalid={fieldError?.field === 'passphrase'}
          aria-describedby={fieldError?.field === 'passphrase' ? 'passphrase-error' : undefined}
          autoFocus
          required
        />
      </label>
      {fieldError?.field === 'passphrase' && <FieldError id="passphrase-error" message={fieldError.message} />}
      <StrengthMeter passphrase={passphrase} />
      <label>
        {t('vault_create_repeat')}
        <input
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onInput={(e) => setConfirmation(e.currentTarget.value)}
          aria-invalid={fieldError?.field === 'repeat'}
          aria-describedby={fieldError?.field === 'repeat' ? 'repeat-error' : undefined}
          required
        />
      </label>
      {fieldError?.field === 'repeat' && <FieldError id="repeat-error" message={fieldError.message} />}
      <ErrorMessage message={create.error} />
      <button type="submit" class="primary" disabled={create.busy}>
        {create.busy ? t('vault_create_busy') : t('vault_create_submit')}
      </button>
    </form>
  );
}
