import { CONTROLLED } from './pages/controlled';
import { DYNAMIC, SHADOW } from './pages/dynamic';
import { ENGLISH } from './pages/english';
import { FRAMES } from './pages/frames';
import { LANGUAGES } from './pages/languages';
import { NEGATIVE } from './pages/negative';
import { SENT_AND_FORMS } from './pages/sent-and-forms';
import { SPLIT } from './pages/split';
import { STRUCTURE } from './pages/structure';
import { TRAPS } from './pages/traps';
import { UNSEEN } from './pages/unseen';
import type { CorpusPage } from './types';

export type { CorpusPage, Expect } from './types';
export { EXPECTS } from './types';

/** Pages grouped by theme, for reporting. */
export const CORPUS_GROUPS: Readonly<Record<string, readonly CorpusPage[]>> = {
  english: ENGLISH,
  split: SPLIT,
  controlled: CONTROLLED,
  languages: LANGUAGES,
  dynamic: DYNAMIC,
  shadow: SHADOW,
  frames: FRAMES,
  negative: NEGATIVE,
  traps: TRAPS,
  'sent-and-forms': SENT_AND_FORMS,
  structure: STRUCTURE,
  unseen: UNSEEN,
};

export const CORPUS: CorpusPage[] = Object.values(CORPUS_GROUPS).flat();
