import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createDetector, DETECTOR_GLOBAL } from '@/utils/autofill/detector';

// Injected by the background into a frame whose content script found a candidate field (content.loadDetector).
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[DETECTOR_GLOBAL] ??= createDetector();
});
