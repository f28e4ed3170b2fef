import { useCallback, useEffect, useState } from 'preact/hooks';
import { AccountsScreen } from '@/components/AccountsScreen';
import { CreateVault } from '@/components/CreateVault';
import { Unlock } from '@/components/Unlock';
import { sendRequest } from '@/utils/messaging/send';
import type { VaultStatus } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n/t';

export function App({ initialStatus = null }: { initialStatus?: VaultStatus | null }) {
  const [status, setStatus] = useState<VaultStatus | null>(initialStatus);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setStatus(await sendRequest('vault.status', {}));
    } catch {
      setLoadError(t('vault_background_silent'));
    }
  }, []);

  useEffect(() => {
    if (!initialStatus) void refresh();
  }, [refresh, initialStatus]);

  if (loadError) return <p class="error" role="alert">{loadError}</p>;
  if (!status) {
    return (
      <p class="muted" aria-busy="true">
        {t('common_loading')}
      </p>
    );
  }
  switch (status.state) {
    case 'not-created':
      return <CreateVault onCreated={setStatus} />;
    case 'locked':
      return <Unlock status={status} onUnlocked={setStatus} />;
    case 'unlocked':
      return <AccountsScreen onLocked={setStatus} />;
  }
}
