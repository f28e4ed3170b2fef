import { useEffect, useRef } from 'preact/hooks';
import { warmDecoder } from '@/utils/qr/decode-client';
import { scanTab, type ScanFindings } from '@/utils/ui/scan-tab';
import type { TargetTab } from '@/utils/ui/target-tab';

/** A press on Scan older than this is not the one behind a click (a press dragged away, then a keyboard click). */
const PRESS_TO_CLICK_MS = 1500;

export interface QrScan {
  /** The Scan button was pressed: the page's capture and decoding begin before the click lands. */
  pressed: () => void;
  /** The Scan button was clicked: the scan its press began, or null when there is none (the scan screen starts one). */
  clicked: () => Promise<ScanFindings> | null;
}

/**
 * The QR scan of the tab, begun as the Scan button is pressed so its results are on the way by the click. The
 * reader's WebAssembly is compiled in its worker once the popup has painted, so a scan finds it ready.
 */
export function useQrScan(tab: TargetTab): QrScan {
  // The scan that began as the Scan button was pressed; the click that follows shows it.
  const pressedScan = useRef<{ scan: Promise<ScanFindings>; at: number } | null>(null);

  useEffect(() => {
    if (tab.id === null) return;
    const frame = requestAnimationFrame(() => setTimeout(warmDecoder, 0));
    return () => cancelAnimationFrame(frame);
  }, [tab.id]);

  return {
    pressed: () => {
      const started = scanTab(tab);
      started.catch(() => undefined); // read (and reported) by the scan screen, if the press becomes a click
      pressedScan.current = { scan: started, at: performance.now() };
    },
    clicked: () => {
      // Only the press that led to this click: a press that was dragged away is stale by a later click.
      const pressed = pressedScan.current;
      pressedScan.current = null;
      return pressed && performance.now() - pressed.at < PRESS_TO_CLICK_MS ? pressed.scan : null;
    },
  };
}
