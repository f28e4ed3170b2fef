// Bundled by `npm run corpus` into each page: the content script's detection, reporting every field it would
// fill by itself or offer, with the evidence that decided it. No extension APIs, no filling.
import { decideField } from '@/utils/autofill/classify';
import { createFactCache, factsOf, type FactCache } from '@/utils/autofill/field-facts';
import { isFillable } from '@/utils/autofill/fillable';
import { createDetector } from '@/utils/autofill/detector';
import { findCodeFields } from '@/utils/autofill/find-fields';
import { shadowRootsIn } from '@/utils/autofill/shadow-roots';

export interface CorpusField {
  where: string;
  kind: string;
  automatic: boolean;
  fillable: boolean;
  boxes: number;
  signals: string[];
  /** The page wants one character per box here (data-split-index). */
  split: boolean;
  /** The page's own annotation: data-expect (own corpus) or data-manual-scoring (ddg-forms). */
  expect: string;
}

function describe(input: HTMLInputElement): string {
  if (input.id) return `#${input.id}`;
  const name = input.getAttribute('name');
  return name ? `input[name="${name}"]` : input.outerHTML.slice(0, 70);
}

function roots(root: Document | ShadowRoot): (Document | ShadowRoot)[] {
  return [root, ...shadowRootsIn(root, undefined).flatMap(roots)];
}

function report(inputs: HTMLInputElement[], cache: FactCache): CorpusField {
  const decision = decideField(factsOf(inputs, cache));
  const first = inputs[0]!;
  return {
    where: inputs.length > 1 ? `${describe(first)} (+${inputs.length - 1} boxes)` : describe(first),
    kind: decision.kind,
    automatic: decision.automatic,
    fillable: inputs.every(isFillable),
    boxes: inputs.length,
    signals: decision.signals,
    split: first.dataset.splitIndex !== undefined,
    expect: first.dataset.expect ?? first.getAttribute('data-manual-scoring') ?? '',
  };
}

(globalThis as unknown as { tesseraCorpus: () => CorpusField[] }).tesseraCorpus = () => {
  const cache = createFactCache();
  return roots(document).flatMap((root) => {
    const fields = findCodeFields(root, createDetector());
    const found = new Set(fields.flatMap((field) => field.inputs));
    // Code fields the pipeline did not find at all, with what the decision says about them alone.
    const missed = [...root.querySelectorAll<HTMLInputElement>('input[data-expect="totp"]')].filter((input) => !found.has(input));
    return [
      ...fields.map((field) => report(field.inputs, cache)),
      ...missed.map((input) => ({ ...report([input], cache), where: `${describe(input)} (not found)` })),
    ];
  });
};
