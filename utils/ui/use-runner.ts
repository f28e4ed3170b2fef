import { useCallback, useState } from 'preact/hooks';
import { ProtocolError } from '@/utils/messaging/errors';

/** Runs any async work, keeping the message of its last failure for display. */
export function useRunner() {
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setError(null);
    try {
      return await work();
    } catch (e) {
      setError(e instanceof ProtocolError || e instanceof Error ? e.message : String(e));
      return undefined;
    }
  }, []);
  return { run, error };
}
