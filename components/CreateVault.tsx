import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { StrengthMeter } from '@/components/StrengthMeter';
import { sendRequest } from '@/utils/messaging/send';
import type { VaultStatus } from '@/utils/messaging/protocol';
import { judgePassphrase, MIN_PASSPHRASE_LENGTH } from '@/utils/passphrase-strength';
import { useAction } from '@/utils/ui/use-request';

export function CreateVault({ onCreated }: { onCreated: (status: VaultStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const create = useAction((p: string) => sendRequest('vault.create', { passphrase: p }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!judgePassphrase(passphrase).acceptable) {
      create.setError(`The passphrase needs at least ${MIN_PASSPHRASE_LENGTH} characters.`);
      return;
    }
    if (passphrase !== confirmation) {
      create.setError('The two passphrases are not the same.');
      return;
    }
    const status = await create.run(passphrase);
    if (status) onCreated(status);
  };

  return (
    <form class="screen" onSubmit={onSubmit}>
      <h1>Welcome to Tessera</h1>
      <p>
        Choose a passphrase. It encrypts your two-factor secrets on this computer; Tessera cannot recover it
        if you forget it.
      </p>
      <label>
        Passphrase
        <input type="password" autoComplete="new-password" value={passphrase} onInput={(e) => setPassphrase(e.currentTarget.value)} autoFocus required />
      </label>
      <StrengthMeter passphrase={passphrase} />
      <label>
        Repeat passphrase
        <input type="password" autoComplete="new-password" value={confirmation} onInput={(e) => setConfirmation(e.currentTarget.value)} required />
      </label>
      <ErrorMessage message={create.error} />
      <button type="submit" class="primary" disabled={create.busy}>
        {create.busy ? 'Creating…' : 'Create vault'}
      </button>
    </form>
  );
}
