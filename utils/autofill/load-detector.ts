import { DETECTOR_GLOBAL, type Detector } from '@/utils/autofill/detector';
import type { ContentSend } from '@/utils/autofill/send';

/**
 * Loads the detector into this frame once: the background injects `detector.js` (a file of the extension,
 * run in the content script's isolated world) into the frame that asked, then the content script finds it
 * there. A failed load is tried again next time rather than remembered.
 */
export function detectorLoader(send: ContentSend): () => Promise<Detector> {
  let loading: Promise<Detector> | null = null;
  const present = () => (globalThis as Record<string, unknown>)[DETECTOR_GLOBAL] as Detector | undefined;
  return () => {
    const ready = present();
    if (ready) return Promise.resolve(ready);
    loading ??= send('content.loadDetector', {}).then((reply) => {
      const detector = present();
      if (reply.ok && detector) return detector;
      loading = null;
      throw new Error('detector not loaded');
    });
    return loading;
  };
}
