import { useCallback, useRef, useState } from 'preact/hooks';
import { RecheckDialog } from '@/components/shared/RecheckDialog';
import { ProtocolError } from '@/utils/messaging/errors';
import { sendRequest } from '@/utils/messaging/send';

const isRecheckRefusal = (error: unknown) => error instanceof ProtocolError && error.code === 'recheck-required';

/**
 * The re-check in front of an action the background gates (`requireRecentRecheck`). `guard(work)` runs the work;
 * when the background refuses it for want of a recent re-check, the dialog asks for the passphrase or a key and
 * the work runs again once that succeeded (undefined when the person cancels). `ensure()` asks before work that
 * costs the person something first (touching a key to register it). Render `dialog` where the page can show it.
 */
export function useRecheck() {
  const [open, setOpen] = useState(false);
  const settle = useRef<((confirmed: boolean) => void) | null>(null);

  const ask = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        settle.current = resolve;
        setOpen(true);
      }),
    [],
  );
  const finish = (confirmed: boolean) => {
    setOpen(false);
    settle.current?.(confirmed);
    settle.current = null;
  };

  const guard = useCallback(
    async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work();
      } catch (error) {
        if (!isRecheckRefusal(error)) throw error;
        if (!(await ask())) return undefined;
        return work();
      }
    },
    [ask],
  );

  const ensure = useCallback(async (): Promise<boolean> => {
    if ((await sendRequest('recheck.status', {})).recent) return true;
    return ask();
  }, [ask]);

  const dialog = open ? <RecheckDialog onConfirmed={() => finish(true)} onCancel={() => finish(false)} /> : null;
  return { guard, ensure, dialog };
}
