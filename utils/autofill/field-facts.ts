import { parentAcrossShadow } from '@/utils/autofill/dom-tree';
import type { FieldFacts } from '@/utils/autofill/classify';
import { cappedText, createFactCache, otherFields, type FactCache } from '@/utils/autofill/step-text';

export { createFactCache, type FactCache } from '@/utils/autofill/step-text';

const HEADING = 'h1,h2,h3,h4,h5,h6,legend,[role=heading]';

const textOfIds = (input: Element, ids: string | null) =>
  (ids ?? '')
    .split(/\s+/)
    .map((id) => {
      const element = id && (input.getRootNode() as Document | ShadowRoot).getElementById?.(id);
      return element ? cappedText(element, 300) : '';
    })
    .join(' ');

/**
 * Label, aria-label/-labelledby, placeholder and title. With a scan's cache, label[for] texts are read once per
 * document instead of `labels` per input; a single call without one asks `labels` (one field, one lookup).
 */
function labelText(input: HTMLInputElement, cache: FactCache | undefined): string {
  const root = input.getRootNode();
  let labels = cache?.labels.get(root);
  if (cache && !labels) {
    cache.labels.set(root, (labels = new Map()));
    for (const label of (root as ParentNode).querySelectorAll<HTMLLabelElement>('label[for]'))
      labels.set(label.htmlFor, cappedText(label, 300));
  }
  const forId = labels ? (labels.get(input.id) ?? '') : [...(input.labels ?? [])].map((label) => cappedText(label, 300)).join(' ');
  const wrapping = input.closest('label');
  return [
    forId,
    wrapping ? cappedText(wrapping, 300) : '',
    input.getAttribute('aria-label') ?? '',
    textOfIds(input, input.getAttribute('aria-labelledby')),
    input.placeholder,
    input.title,
  ].join(' ');
}

/**
 * The field's step: its form, dialog or section, widened (across shadow boundaries) until it says enough to read,
 * since the instructions ("enter the code from your authenticator app") often sit outside a small form.
 */
function stepOf(node: Element, cache: FactCache): Element {
  for (let depth = 0; depth < 10; depth++) {
    const length = cappedText(node, undefined, cache).length;
    const boundary = /^(form|fieldset|section|main|article|dialog)$/.test(node.localName) || node.getAttribute('role') === 'dialog';
    const parent = parentAcrossShadow(node);
    if ((boundary && length >= 80) || (depth >= 4 && length >= 200) || !parent || node.localName === 'body') break;
    node = parent;
  }
  return node;
}

/** The nearest heading before the field: in earlier siblings of the field and of its ancestors. */
function headingBefore(node: Element | null, cache: FactCache): string {
  for (let depth = 0; node && node.localName !== 'body' && depth < 8; depth++, node = parentAcrossShadow(node)) {
    let sibling = node.previousElementSibling;
    for (let step = 0; sibling && step < 8; step++, sibling = sibling.previousElementSibling) {
      let heading = cache.headings.get(sibling);
      if (!cache.headings.has(sibling))
        cache.headings.set(sibling, (heading = sibling.matches(HEADING) ? sibling : [...sibling.querySelectorAll(HEADING)].at(-1)));
      if (heading) return cappedText(heading, 300);
    }
  }
  return '';
}

/** An image or canvas beside the field (within two levels): the picture an image captcha asks to read. */
const imageBeside = (input: HTMLInputElement) =>
  [...(input.parentElement?.parentElement ?? input).querySelectorAll('img, canvas')].some((image) => {
    const box = image.getBoundingClientRect();
    return box.width >= 40 && box.height >= 16;
  });

/** Facts about one field, or about a row of one-character boxes (read from the first box and their container). */
export function factsOf(inputs: HTMLInputElement[], scanCache?: FactCache): FieldFacts {
  const cache = scanCache ?? createFactCache();
  const first = inputs[0]!;
  const container = inputs.length > 1 ? (parentAcrossShadow(first) ?? first) : first;
  // A row's name is on its wrapper, or on the wrapper of its groups (3 + 3).
  const wrappers = inputs.length > 1 ? [container, parentAcrossShadow(container)] : [];
  const groupLabel = wrappers.map(
    (w) => `${w?.getAttribute('aria-label') ?? ''} ${w ? textOfIds(w, w.getAttribute('aria-labelledby')) : ''}`,
  );
  const step = stepOf(parentAcrossShadow(container) ?? container, cache);
  const max = first.getAttribute('max');
  return {
    type: first.getAttribute('type')?.toLowerCase() ?? '',
    autocomplete: (first.getAttribute('autocomplete') ?? '').toLowerCase(),
    attributes: `${first.name} ${first.id}`,
    classes: first.getAttribute('class') ?? '',
    label: `${labelText(first, scanCache)} ${groupLabel.join(' ')}`.replace(/\s+/g, ' '),
    description: textOfIds(first, first.getAttribute('aria-describedby')),
    heading: headingBefore(container, cache),
    context: cappedText(step, undefined, cache),
    otherFields: otherFields(step, inputs, cache),
    imageBeside: imageBeside(first),
    // Bounded like a setting (max 60, 3600), not like a code (max 9 or 999999).
    range: first.type === 'number' && (max ? !/^9+$/.test(max) : first.hasAttribute('min') || first.hasAttribute('step')),
    maxLength: first.maxLength,
    inputMode: first.inputMode,
    pattern: first.pattern,
    boxes: inputs.length,
  };
}
