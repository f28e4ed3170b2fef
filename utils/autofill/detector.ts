import { decideField, type FieldDecision } from '@/utils/autofill/classify';
import { createFactCache, factsOf } from '@/utils/autofill/field-facts';

/**
 * The half of detection that reads the page's words: facts around each candidate and the decision over them
 * (keyword lists in 13 languages). It is most of detection's size, and most pages never need it, so the
 * content script loads it only once a page shows an input that survived the cheap look (see `load-detector.ts`).
 */
export interface Detector {
  /** One decision per candidate (a single input or a split row), reading each container's text once. */
  decide(candidates: HTMLInputElement[][]): FieldDecision[];
}

/** Where the loaded detector leaves itself for the content script: the extension's isolated world, never the page's. */
export const DETECTOR_GLOBAL = '__tesseraDetector';

export function createDetector(): Detector {
  return {
    decide(candidates) {
      const cache = createFactCache();
      return candidates.map((group) => decideField(factsOf(group, cache)));
    },
  };
}
