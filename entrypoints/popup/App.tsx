import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { AccountsScreen } from '@/components/popup/AccountsScreen';
import { CreateVault } from '@/components/popup/CreateVault';
import { Unlock } from '@/components/shared/Unlock';
import { sendRequest } from '@/utils/messaging/send';
import type { VaultStatus } from '@/utils/messaging/protocol';
import type { FirstScreen } from '@/utils/ui/first-screen';
import { t } from '@/utils/i18n/t';

/** `hideCodes` is the setting as the page started, so hidden codes are hidden from the first paint on. */
export function App({ firstScreen, hideCodes = false }: { firstScreen: FirstScreen; hideCodes?: boolean }) {
  const initialStatus = firstScreen.status;
  const [status, setStatus] = useState<VaultStatus | null>(initialStatus);
  // Used by the first accounts screen only: after a lock and unlock the screen asks afresh.
  const accountsStart = useRef(firstScreen.accounts);
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

  if (loadError)
    return (
      <p class="error" role="alert">
        {loadError}
      </p>
    );
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
    case 'unlocked': {
      const start = accountsStart.current;
      accountsStart.current = null;
      return <AccountsScreen start={start} onLocked={setStatus} hideCodesAtStart={hideCodes} />;
    }
  }
}
