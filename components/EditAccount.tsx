import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { AccountSummary } from '@/utils/accounts/account';
import { sendRequest } from '@/utils/messaging/send';
import { splitDomains } from '@/utils/ui/format';
import { useAction } from '@/utils/ui/use-request';

interface Props {
  account: AccountSummary;
  onDone: () => void;
  onCancel: () => void;
}

export function EditAccount({ account, onDone, onCancel }: Props) {
  const [issuer, setIssuer] = useState(account.issuer);
  const [label, setLabel] = useState(account.label);
  const [domains, setDomains] = useState(account.domains.join(', '));
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const save = useAction(() => sendRequest('accounts.update', { id: account.id, edit: { issuer, label, domains: splitDomains(domains) } }));
  const remove = useAction(() => sendRequest('accounts.remove', { id: account.id }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (await save.run()) onDone();
  };
  const onDelete = async () => {
    if ((await remove.run()) !== undefined) onDone();
  };

  return (
    <form class="screen" onSubmit={onSubmit}>
      <h1>Edit account</h1>
      <label>
        Issuer
        <input value={issuer} onInput={(e) => setIssuer(e.currentTarget.value)} />
      </label>
      <label>
        Account name
        <input value={label} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <label>
        Fill on sites
        <input value={domains} onInput={(e) => setDomains(e.currentTarget.value)} />
        <span class="muted small">A site name covers its subdomains; a full host name (login.example.com) covers that host only.</span>
      </label>
      <ErrorMessage message={save.error ?? remove.error} />
      <div class="actions">
        <button type="button" onClick={onCancel}>Cancel</button>
        <button type="submit" class="primary" disabled={save.busy}>Save</button>
      </div>
      {confirmingDelete ? (
        <div class="danger-zone" role="group" aria-label="Confirm delete">
          <p>Delete {account.issuer || account.label}? Make sure two-factor authentication is turned off on the site or you have another way in.</p>
          <button type="button" onClick={() => setConfirmingDelete(false)}>Keep it</button>
          <button type="button" class="danger" onClick={onDelete} disabled={remove.busy}>Delete for good</button>
        </div>
      ) : (
        <button type="button" class="danger link" onClick={() => setConfirmingDelete(true)}>Delete account…</button>
      )}
    </form>
  );
}
