import type { FieldFacts } from '@/utils/autofill/classify';
import { cappedText, createFactCache, otherFields, stepOf, type FactCache } from '@/utils/autofill/step-text';

export { createFactCache, type FactCache } from '@/utils/autofill/step-text';

const MIN_CONTEXT_CHARS = 80;
const WIDE_CONTEXT_CHARS = 200;
const LABEL_CHARS = 300;
const HEADING = 'h1,h2,h3,h4,h5,h6,legend,[role=heading]';

/** The element's parent, stepping out of shadow roots to their host. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function textOfIds(input: Element, ids: string | null): string {
  if (!ids) return '';
  const root = input.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => {
      const element = root.getElementById?.(id);
      return element ? cappedText(element, LABEL_CHARS) : '';
    })
    .join(' ');
}

/** label[for] texts of a document or shadow root, read once per scan instead of `input.labels` per input. */
function labelsFor(input: HTMLInputElement, cache: FactCache): string {
  const root = input.getRootNode();
  let labels = cache.labels.get(root);
  if (!labels) {
    labels = new Map();
    for (const label of (root as ParentNode).querySelectorAll('label[for]'))
      labels.set(label.getAttribute('for')!, `${labels.get(label.getAttribute('for')!) ?? ''} ${cappedText(label, LABEL_CHARS)}`);
    cache.labels.set(root, labels);
  }
  const wrapping = input.closest('label');
  return `${input.id ? (labels.get(input.id) ?? '') : ''} ${wrapping ? cappedText(wrapping, LABEL_CHARS) : ''}`;
}

function labelText(input: HTMLInputElement, cache: FactCache): string {
  return [
    labelsFor(input, cache),
    input.getAttribute('aria-label') ?? '',
    textOfIds(input, input.getAttribute('aria-labelledby')),
    input.placeholder,
    input.title,
  ].join(' ');
}

const isBoundary = (node: Element) =>
  /^(form|fieldset|section|main|article|dialog|body)$/.test(node.localName) || node.getAttribute('role') === 'dialog';

/**
 * The field's step: its form, dialog or section, widened (across shadow boundaries) until it says enough to read,
 * since the instructions ("enter the code from your authenticator app") often sit outside a small form.
 */
function stepContainer(start: Element, cache: FactCache): Element {
  let node: Element = start;
  for (let depth = 0; depth < 10; depth++) {
    const length = cappedText(node, undefined, cache).length;
    if ((isBoundary(node) && length >= MIN_CONTEXT_CHARS) || (depth >= 4 && length >= WIDE_CONTEXT_CHARS) || node.localName === 'body')
      break;
    const parent = parentAcrossShadow(node);
    if (!parent) break;
    node = parent;
  }
  return node;
}

/** The nearest heading before the field: in earlier siblings of the field and of its ancestors. */
function headingBefore(start: Element): string {
  let node: Element | null = start;
  for (let depth = 0; node && depth < 8; depth++) {
    let sibling = node.previousElementSibling;
    for (let step = 0; sibling && step < 8; step++, sibling = sibling.previousElementSibling) {
      const heading = sibling.matches(HEADING) ? sibling : [...sibling.querySelectorAll(HEADING)].at(-1);
      if (heading) return cappedText(heading, LABEL_CHARS);
    }
    node = parentAcrossShadow(node);
    if (node?.localName === 'body') break;
  }
  return '';
}

/** An image or canvas beside the field (within two levels): the picture an image captcha asks to read. */
function imageBeside(input: HTMLInputElement): boolean {
  let node: Element | null = input.parentElement;
  for (let depth = 0; node && depth < 2; depth++, node = node.parentElement) {
    for (const image of node.querySelectorAll('img, canvas')) {
      const box = image.getBoundingClientRect();
      if (box.width >= 40 && box.height >= 16) return true;
    }
  }
  return false;
}

/** A number input bounded like a setting (max 60, 3600, 30), not like a code (max 9 or 999999). */
function settingRange(input: HTMLInputElement): boolean {
  const max = input.getAttribute('max');
  if (input.type !== 'number' || (max !== null && /^9+$/.test(max.trim()))) return false;
  return max !== null || input.hasAttribute('min') || input.hasAttribute('step');
}

/** Facts about one field, or about a row of one-character boxes (read from the first box and their container). */
export function factsOf(inputs: HTMLInputElement[], cache: FactCache = createFactCache()): FieldFacts {
  const first = inputs[0]!;
  const container = inputs.length > 1 ? (parentAcrossShadow(first) ?? first) : first;
  // A row's name is on its wrapper, or on the wrapper of its groups (3 + 3).
  const wrappers = inputs.length > 1 ? [container, parentAcrossShadow(container)] : [];
  const groupLabel = wrappers
    .map((wrapper) =>
      wrapper ? `${wrapper.getAttribute('aria-label') ?? ''} ${textOfIds(first, wrapper.getAttribute('aria-labelledby'))}` : '',
    )
    .join(' ');
  const start = parentAcrossShadow(container) ?? container;
  const stepElement = stepContainer(start, cache);
  const step = stepOf(stepElement, cache);
  return {
    type: first.getAttribute('type')?.toLowerCase() ?? '',
    autocomplete: (first.getAttribute('autocomplete') ?? '').toLowerCase(),
    attributes: `${first.name} ${first.id}`,
    classes: typeof first.className === 'string' ? first.className : '',
    label: `${labelText(first, cache)} ${groupLabel}`.replace(/\s+/g, ' '),
    description: textOfIds(first, first.getAttribute('aria-describedby')).replace(/\s+/g, ' '),
    heading: headingBefore(container),
    context: step.text,
    actions: step.actions,
    otherFields: otherFields(step, inputs),
    imageBeside: imageBeside(first),
    range: settingRange(first),
    maxLength: first.maxLength,
    inputMode: first.inputMode,
    pattern: first.pattern,
    boxes: inputs.length,
  };
}
