import { useCallback, useState } from 'preact/hooks';
import { ProtocolError } from '@/utils/messaging/errors';
import { t } from '@/utils/i18n/t';

/**
 * The one hook for work a page asks of the background: runs it, keeps a busy flag and the message of the last
 * failure for display (the background's own message, else the error's; an unexplained throw gets a generic one).
 */
export function useRequest() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(e instanceof ProtocolError || (e instanceof Error && e.message) ? (e as Error).message : t('error_generic'));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, error, setError };
}
