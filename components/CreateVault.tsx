import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { StrengthMeter } from '@/components/StrengthMeter';
import { sendRequest } from '@/utils/messaging/send';
import type { VaultStatus } from '@/utils/messaging/protocol';
import { judgePassphrase, MIN_PASSPHRASE_LENGTH } from '@/utils/passphrase-strength';
import { useAction } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

export function CreateVault({ onCreated }: { onCreated: (status: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const create = useAction((p: string) => sendRequest('vault.create', { passphrase: p }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!judgePassphrase(passphrase).acceptable) {
      create.setError(t('vault_create_too_short', MIN_PASSPHRASE_LENGTH));
      return;
    }
    if (passphrase !== confirmation) {
      create.setError(t('vault_create_mismatch'));
      return;
    }
    const status = await create.run(passphrase);
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
          autoFocus
          required
        />
      </label>
      <StrengthMeter passphrase={passphrase} />
      <label>
        {t('vault_create_repeat')}
        <input
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onInput={(e) => setConfirmation(e.currentTarget.value)}
          required
        />
      </label>
      <ErrorMessage message={create.error} />
      <button type="submit" class="primary" disabled={create.busy}>
        {create.busy ? t('vault_create_busy') : t('vault_create_submit')}
      </button>
    </form>
  );
}
