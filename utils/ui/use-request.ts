import { useCallback, useState } from 'preact/hooks';
import { ProtocolError } from '@/utils/messaging/errors';
import { t } from '@/utils/i18n/t';

/** Runs an action, keeping a busy flag and the message of the last failure for display. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setBusy(true);
      setError(null);
      try {
        return await action(...args);
      } catch (e) {
        setError(e instanceof ProtocolError ? e.message : t('error_generic'));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { run, busy, error, setError };
}
