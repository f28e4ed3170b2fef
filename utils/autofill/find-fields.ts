import type { FieldKind } from '@/utils/autofill/classify';
import type { Detector } from '@/utils/autofill/detector';
import { parentAcrossShadow } from '@/utils/autofill/dom-tree';
import { CANDIDATE_INPUTS, createLabelIndex, mayBeCodeField } from '@/utils/autofill/reject-fields';
import { groupRows, type RowProbe } from '@/utils/autofill/split-rows';

export interface CodeField {
  kind: FieldKind;
  /** Strong evidence: filled without a person asking. Weaker fields are filled only on a person's request. */
  automatic: boolean;
  inputs: HTMLInputElement[];
}

/** Two inputs are in one row when they share an ancestor at most three levels up (3 + 3 groups). */
function sameRow(a: HTMLInputElement, b: HTMLInputElement): boolean {
  let ancestor: Element | null = parentAcrossShadow(a);
  for (let depth = 0; ancestor && depth < 3; depth++) {
    if (ancestor.contains(b)) return true;
    ancestor = parentAcrossShadow(ancestor);
  }
  return false;
}

/** Split rows and single fields among inputs in document order, reading layout only for rows tied by look. */
export function groupInputs(inputs: HTMLInputElement[]): HTMLInputElement[][] {
  const probe: RowProbe = {
    sameRow: (i) => sameRow(inputs[i - 1]!, inputs[i]!),
    size: (i) => inputs[i]!.getBoundingClientRect(),
  };
  return groupRows(inputs, probe).map((group) => group.map((i) => inputs[i]!));
}

/**
 * The inputs of a document, shadow root or added subtree (not descending into nested shadow roots) that may be
 * code fields, as single fields and split rows: the cheap look, from attributes only, that reads no text
 * around them. Most pages end here with nothing, and never load the detector.
 */
export function findCandidates(root: ParentNode): HTMLInputElement[][] {
  const inputs = [...root.querySelectorAll<HTMLInputElement>(CANDIDATE_INPUTS)];
  const labelFor = createLabelIndex();
  return groupInputs(inputs).filter((group) => group.length > 1 || mayBeCodeField(group[0]!, labelFor));
}

/** The candidates the detector says are code fields, with its certainty. */
export function toCodeFields(candidates: HTMLInputElement[][], detector: Detector): CodeField[] {
  const decisions = candidates.length > 0 ? detector.decide(candidates) : [];
  return candidates.flatMap((inputs, i) => {
    const { kind, automatic } = decisions[i]!;
    return kind === 'none' ? [] : [{ kind, automatic, inputs }];
  });
}

export const findCodeFields = (root: ParentNode, detector: Detector): CodeField[] => toCodeFields(findCandidates(root), detector);
