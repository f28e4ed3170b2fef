import { useEffect, useState } from 'preact/hooks';
import type { CodeView } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';
import { takePrefetched } from '@/utils/ui/prefetch';

/** Current codes by account id, refreshed every second so countdowns and step changes stay exact. */
export function useCodes(version: number, onLocked: () => void): Map<string, CodeView> {
  const [codes, setCodes] = useState(new Map<string, CodeView>());
  useEffect(() => {
    let stopped = false;
    const load = async () => {
      try {
        const list = (await takePrefetched('accounts.codes')) ?? (await sendRequest('accounts.codes', {}));
        performance.mark('tessera:codes-received');
        if (!stopped) setCodes(new Map(list.map((view) => [view.id, view])));
      } catch {
        if (!stopped) onLocked();
      }
    };
    void load();
    // Align ticks with wall-clock seconds, where steps change.
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      timer = setTimeout(() => {
        void load();
        tick();
      }, 1000 - (Date.now() % 1000) + 5);
    };
    tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [version, onLocked]);
  return codes;
}
