import { useCallback, useEffect, useState } from 'preact/hooks';
import { AccountRow } from '@/components/AccountRow';
import { AddAccount } from '@/components/AddAccount';
import { EditAccount } from '@/components/EditAccount';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ScanQr } from '@/components/ScanQr';
import type { AccountSummary } from '@/utils/accounts/account';
import { accountMatchesOrigin } from '@/utils/domain-match';
import { lookalikeOf } from '@/utils/lookalike';
import { fillMessage } from '@/utils/ui/fill-messages';
import type { VaultStatus } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { findTargetTab, type TargetTab } from '@/utils/ui/target-tab';
import { useCodes } from '@/utils/ui/use-codes';

type View = { name: 'list' } | { name: 'add' } | { name: 'scan' } | { name: 'edit'; account: AccountSummary };

export function AccountsScreen({ onLocked }: { onLocked: (status: VaultStatus) => void }) {
  const [accounts, setAccounts] = useState<AccountSummary[] | null>(null);
  const [damaged, setDamaged] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [view, setView] = useState<View>({ name: 'list' });
  const [tab, setTab] = useState<TargetTab>({ id: null, windowId: null, url: null, site: null });
  const [version, setVersion] = useState(0);

  const lockedElsewhere = useCallback(() => {
    void sendRequest('vault.status', {}).then(onLocked, () => undefined);
  }, [onLocked]);
  const codes = useCodes(version, lockedElsewhere);

  useEffect(() => {
    void findTargetTab().then(setTab);
  }, []);

  useEffect(() => {
    sendRequest('accounts.list', {}).then(
      (result) => {
        setAccounts(result.accounts);
        setDamaged(result.damaged);
      },
      (e: Error) => {
        setError(e.message);
        lockedElsewhere();
      },
    );
  }, [version, lockedElsewhere]);

  const lock = async () => onLocked(await sendRequest('vault.lock', {}));
  const changed = () => {
    setView({ name: 'list' });
    setVersion((v) => v + 1);
  };

  if (view.name === 'scan') return <ScanQr tab={tab} scanOnOpen onClose={changed} />;
  if (view.name === 'add') return <AddAccount site={tab.site} onDone={changed} onCancel={() => setView({ name: 'list' })} />;
  if (view.name === 'edit') return <EditAccount account={view.account} onDone={changed} onCancel={() => setView({ name: 'list' })} />;

  const here = tab.url ? new URL(tab.url).origin : null;
  const imitated = tab.url && accounts ? lookalikeOf(new URL(tab.url).hostname, accounts.flatMap((a) => a.domains)) : null;
  const fill = async (id: string) => {
    if (tab.id === null) return '';
    try {
      return fillMessage(await sendRequest('accounts.fill', { id, tabId: tab.id }));
    } catch (e) {
      return (e as Error).message;
    }
  };
  const sorted = [...(accounts ?? [])].sort(
    (a, b) => Number(here !== null && accountMatchesOrigin(b.domains, here)) - Number(here !== null && accountMatchesOrigin(a.domains, here)),
  );

  return (
    <main class="screen">
      <header class="toolbar">
        <h1>Tessera</h1>
        <button type="button" class="primary" onClick={() => setView({ name: 'scan' })} disabled={tab.id === null}>
          Scan QR code
        </button>
        <button type="button" onClick={() => setView({ name: 'add' })}>Add account</button>
        <button type="button" onClick={lock}>Lock</button>
      </header>
      <ErrorMessage message={error} />
      {imitated && (
        <p class="error" role="alert">
          Careful: this site is not {imitated}, though its name looks like it. Tessera will not fill codes here.
        </p>
      )}
      {damaged.length > 0 && (
        <p class="error" role="alert">
          {damaged.length === 1 ? 'One account' : `${damaged.length} accounts`} could not be decrypted: the stored data was
          changed or damaged. It is kept as it is on disk.
        </p>
      )}
      {accounts?.length === 0 && <p class="muted">No accounts yet. Add one with its setup key or otpauth:// link.</p>}
      <ul class="accounts" aria-label="Accounts">
        {sorted.map((account) => (
          <AccountRow
            key={account.id}
            account={account}
            code={codes.get(account.id) ?? null}
            onEdit={() => setView({ name: 'edit', account })}
            onFill={tab.id !== null && here?.startsWith('http') ? () => fill(account.id) : undefined}
          />
        ))}
      </ul>
      <footer>
        <a href="/options.html" target="_blank">Settings</a>
      </footer>
    </main>
  );
}
