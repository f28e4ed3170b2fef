import { useEffect, useState } from 'preact/hooks';
import type { CodeView } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';

const byId = (list: readonly CodeView[]) => new Map(list.map((view) => [view.id, view]));

/**
 * Current codes by account id, refreshed every second so countdowns and step changes stay exact. `initial`
 * (the first rows' codes, fetched before the first render) is shown until all codes arrive.
 */
export function useCodes(version: number, onLocked: () => void, initial: readonly CodeView[] | null): Map<string, CodeView> {
  const [codes, setCodes] = useState(() => byId(initial ?? []));
  useEffect(() => {
    let stopped = false;
    const load = async () => {
      try {
        const list = await sendRequest('accounts.codes', {});
        if (!stopped) setCodes(byId(list));
      } catch {
        if (!stopped) onLocked();
      }
    };
    void load();
    // Align ticks with wall-clock seconds, where steps change.
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      timer = setTimeout(
        () => {
          void load();
          tick();
        },
        1000 - (Date.now() % 1000) + 5,
      );
    };
    tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [version, onLocked]);
  return codes;
}
