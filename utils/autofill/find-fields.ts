import { decideField, type FieldKind } from '@/utils/autofill/classify';
import { createFactCache, factsOf, parentAcrossShadow } from '@/utils/autofill/field-facts';
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
 * The code fields among the inputs of a document, shadow root or added subtree (not descending into nested
 * shadow roots). Inputs that cannot be code fields are turned down from their attributes first; only the
 * rest have the text around them read.
 */
export function findCodeFields(root: ParentNode): CodeField[] {
  const inputs = [...root.querySelectorAll<HTMLInputElement>(CANDIDATE_INPUTS)];
  const fields: CodeField[] = [];
  const labelFor = createLabelIndex();
  // Each container's text is read once per scan, however many candidates it holds.
  const cache = createFactCache();
  for (const group of groupInputs(inputs)) {
    if (group.length === 1 && !mayBeCodeField(group[0]!, labelFor)) continue;
    const decision = decideField(factsOf(group, cache));
    if (decision.kind !== 'none') fields.push({ kind: decision.kind, automatic: decision.automatic, inputs: group });
  }
  return fields;
}
