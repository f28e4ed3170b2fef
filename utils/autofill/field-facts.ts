import type { FieldFacts } from '@/utils/autofill/classify';

const CONTEXT_CHARS = 1200;
const MIN_CONTEXT_CHARS = 80;

/** The element's parent, stepping out of shadow roots to their host. */
export function parentAcrossShadow(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function textOfIds(input: HTMLInputElement, ids: string | null): string {
  if (!ids) return '';
  const root = input.getRootNode() as Document | ShadowRoot;
  return ids
    .split(/\s+/)
    .map((id) => root.getElementById?.(id)?.textContent ?? '')
    .join(' ');
}

function labelText(input: HTMLInputElement): string {
  const labels = [...(input.labels ?? [])].map((label) => label.textContent ?? '').join(' ');
  return [
    labels,
    input.getAttribute('aria-label') ?? '',
    textOfIds(input, input.getAttribute('aria-labelledby')),
    textOfIds(input, input.getAttribute('aria-describedby')),
    input.placeholder,
    input.title,
  ].join(' ');
}

/**
 * Text around the field: its form, dialog or section, widened (across shadow boundaries) until it says enough
 * to read, since the heading ("Two-factor authentication") often sits outside a small form. Enough for
 * "enter the code from your authenticator app" or "we sent a text to …".
 */
function contextText(start: Element): string {
  let node: Element | null = start;
  let text = '';
  for (let depth = 0; node && depth < 10; depth++) {
    text = (node.textContent ?? '').replace(/\s+/g, ' ');
    const boundary = /^(form|fieldset|section|main|article|dialog|body)$/.test(node.localName) || node.getAttribute('role') === 'dialog';
    if ((boundary && text.length >= MIN_CONTEXT_CHARS) || node.localName === 'body') break;
    node = parentAcrossShadow(node);
  }
  return text.slice(0, CONTEXT_CHARS);
}

/** Facts about one field, or about a row of one-character boxes (read from the first box and their container). */
export function factsOf(inputs: HTMLInputElement[]): FieldFacts {
  const first = inputs[0]!;
  const container = inputs.length > 1 ? parentAcrossShadow(first) : first;
  const groupLabel =
    inputs.length > 1 && container
      ? `${container.getAttribute('aria-label') ?? ''} ${textOfIds(first, container.getAttribute('aria-labelledby'))}`
      : '';
  return {
    type: first.getAttribute('type')?.toLowerCase() ?? '',
    autocomplete: (first.getAttribute('autocomplete') ?? '').toLowerCase(),
    attributes: `${first.name} ${first.id} ${first.className}`,
    label: `${labelText(first)} ${groupLabel}`.replace(/\s+/g, ' '),
    context: contextText(parentAcrossShadow(container ?? first) ?? first),
    maxLength: first.maxLength,
    inputMode: first.inputMode,
    pattern: first.pattern,
    boxes: inputs.length,
  };
}
