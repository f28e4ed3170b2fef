import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { openKeyUnlock } from '@/utils/ui/key-unlock';

/** "Use security key" on an unlock screen, only when a key is registered (keys.info answers while locked). */
export function KeyUnlockButton() {
  const [hasKey, setHasKey] = useState(false);
  useEffect(() => {
    void sendRequest('keys.info', {}).then(
      (info) => setHasKey(info.keys.length > 0),
      () => setHasKey(false),
    );
  }, []);
  if (!hasKey) return null;
  return (
    <button type="button" onClick={() => void openKeyUnlock()}>
      {t('unlock_with_key')}
    </button>
  );
}
