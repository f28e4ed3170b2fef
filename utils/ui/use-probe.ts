import { useEffect, useState } from 'preact/hooks';
import type { ProbeReport } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';

/** Which code fields the target tab shows, checked on open and every few seconds while the popup is open. */
export function useProbe(tabId: number | null): ProbeReport {
  const [report, setReport] = useState<ProbeReport>({ totp: false, recovery: false });
  useEffect(() => {
    if (tabId === null) return undefined;
    let stopped = false;
    const probe = () =>
      sendRequest('tab.probe', { tabId }).then(
        (next) => !stopped && setReport(next),
        () => undefined,
      );
    void probe();
    const timer = setInterval(probe, 3000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [tabId]);
  return report;
}
