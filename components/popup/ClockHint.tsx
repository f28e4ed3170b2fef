import { useEffect, useState } from 'preact/hooks';
import { clockIsOff } from '@/utils/clock-offset';
import { sendRequest } from '@/utils/messaging/send';
import { t } from '@/utils/i18n/t';

/** After the first paint, compares this computer's clock with the page's site and warns when codes would be off. */
export function ClockHint({ url }: { url: string | null }) {
  const [offsetMs, setOffsetMs] = useState<number | null>(null);
  useEffect(() => {
    if (!url || !/^https?:/.test(url)) return undefined;
    let current = true;
    // Off the first paint's path: the question goes out once the list is on screen.
    const timer = setTimeout(() => {
      sendRequest('tab.clock', { url }).then(
        (offset) => current && clockIsOff(offset) && setOffsetMs(offset!.offsetMs),
        () => undefined,
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [url]);
  if (offsetMs === null) return null;
  const seconds = String(Math.round(Math.abs(offsetMs) / 1000));
  return (
    <p class="notice warning" role="alert">
      {offsetMs > 0 ? t('popup_clock_ahead', seconds) : t('popup_clock_behind', seconds)}
    </p>
  );
}
