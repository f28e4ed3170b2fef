import { classifyField, type FieldKind } from '@/utils/autofill/classify';
import { factsOf, parentAcrossShadow } from '@/utils/autofill/field-facts';

export interface CodeField {
  kind: FieldKind;
  inputs: HTMLInputElement[];
}

const TEXT_TYPES = new Set(['text', 'tel', 'number', 'password', '']);

const isBox = (input: HTMLInputElement) => input.maxLength === 1;

/** Two boxes belong to one split field when they share an ancestor at most three levels up (3 + 3 groups). */
function sameRow(a: HTMLInputElement, b: HTMLInputElement): boolean {
  let ancestor: Element | null = parentAcrossShadow(a);
  for (let depth = 0; ancestor && depth < 3; depth++) {
    if (ancestor.contains(b)) return true;
    ancestor = parentAcrossShadow(ancestor);
  }
  return false;
}

/** Groups one-character boxes that follow each other into rows; every other input is a field of its own. */
function groupInputs(inputs: HTMLInputElement[]): HTMLInputElement[][] {
  const groups: HTMLInputElement[][] = [];
  for (const input of inputs) {
    const last = groups.at(-1);
    const previous = last?.at(-1);
    if (last && previous && isBox(input) && isBox(previous) && sameRow(previous, input)) last.push(input);
    else groups.push([input]);
  }
  return groups;
}

/** The code fields among the inputs of a document or shadow root (not descending into nested shadow roots). */
export function findCodeFields(root: ParentNode): CodeField[] {
  const inputs = [...root.querySelectorAll('input')].filter((input) => TEXT_TYPES.has(input.getAttribute('type')?.toLowerCase() ?? ''));
  return groupInputs(inputs)
    .map((group) => ({ kind: classifyField(factsOf(group)), inputs: group }))
    .filter((field) => field.kind !== 'none');
}
