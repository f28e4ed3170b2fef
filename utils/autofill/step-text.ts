/**
 * Reading the text of a field's step (its form, dialog or section) cheaply: each container's text is read once per
 * scan and capped, by walking text nodes with a budget rather than taking a whole subtree's textContent, so a
 * page of many forms inside one long <main> costs its size once, not forms × page.
 */

export interface StepText {
  /** The container's visible-ish text, whitespace collapsed, at most TEXT_CHARS characters. */
  text: string;
  /** Texts of its buttons and links ("Resend code", "Use your authenticator app"), capped. */
  actions: string;
  /** The kinds of the inputs it holds ('password', 'new-password', 'email', 'name', 'phone', 'date', 'address'). */
  fields: Map<HTMLInputElement, string>;
}

/** Per-scan memo of what has been read off containers; create one per scan or batch. */
export interface FactCache {
  steps: Map<Element, StepText>;
  texts: Map<Node, string>;
  /** Each document's or shadow root's label[for] texts by id, read once. */
  labels: Map<Node, Map<string, string>>;
}

export const createFactCache = (): FactCache => ({ steps: new Map(), texts: new Map(), labels: new Map() });

const TEXT_CHARS = 1200;
const ACTIONS = 24;
const SKIPPED = /^(script|style|noscript|template|svg|select|option|textarea)$/;

/** Text of a subtree, at most `budget` characters, skipping scripts, styles and option lists; memoised with the default budget. */
export function cappedText(root: Node, budget = TEXT_CHARS, cache?: FactCache): string {
  if (budget !== TEXT_CHARS) cache = undefined;
  const cached = cache?.texts.get(root);
  if (cached !== undefined) return cached;
  const parts: string[] = [];
  let length = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && SKIPPED.test((node as Element).localName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node && length < budget; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const value = node.nodeValue ?? '';
    if (!/\S/.test(value)) continue;
    parts.push(value);
    length += value.length;
  }
  const text = parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, budget);
  cache?.texts.set(root, text);
  return text;
}

const NEW_PASSWORD = /new|confirm|repeat|retype|again|verify|neu|nouveau|nuevo|novo|nuovo|nieuw|now|нов|wiederholen|повтор/;
const NAME =
  /(first|last|full|given|family|sur|middle|user)[ _-]?name|\bfname|\blname|vorname|nachname|prénom|nombre|apellido|sobrenome|cognome|achternaam|imię|nazwisko|имя|фамил/;

/** What kind of input another field of the step is, from cheap attribute reads (no layout, no label text). */
function fieldKind(input: HTMLInputElement): string | null {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  const autocomplete = (input.getAttribute('autocomplete') ?? '').toLowerCase();
  const words = `${input.name} ${input.id} ${autocomplete} ${input.placeholder}`.toLowerCase();
  if (type === 'password') return /new-password/.test(autocomplete) || NEW_PASSWORD.test(words) ? 'new-password' : 'password';
  if (type === 'email' || /e-?mail/.test(words)) return 'email';
  if (type === 'date' || /bday|birth|geburt|naissance|nacimiento|nascimento|nascita|geboorte|urodzeni|рожден/.test(words)) return 'date';
  if (/given-name|family-name|\bname\b/.test(autocomplete) || NAME.test(words)) return 'name';
  if (/\btel\b/.test(autocomplete) || /phone|mobile|msisdn|telefon|телефон/.test(words)) return 'phone';
  if (/address|street|postal|\bzip|\bcity\b|adresse|straße|direcci|endereço|indirizzo|adres/.test(words)) return 'address';
  return null;
}

function fieldsIn(container: Element): Map<HTMLInputElement, string> {
  const kinds = new Map<HTMLInputElement, string>();
  const inputs = container instanceof HTMLFormElement ? container.elements : container.getElementsByTagName('input');
  for (const element of inputs) {
    if (!(element instanceof HTMLInputElement) || element.type === 'hidden') continue;
    const kind = fieldKind(element);
    if (kind) kinds.set(element, kind);
  }
  return kinds;
}

/** The kinds of the step's inputs other than the field itself. */
export function otherFields(step: StepText, field: readonly HTMLInputElement[]): string[] {
  const kinds = new Set<string>();
  for (const [input, kind] of step.fields) if (!field.includes(input)) kinds.add(kind);
  return [...kinds];
}

function actionsIn(container: Element): string {
  const texts: string[] = [];
  for (const action of container.querySelectorAll('button, a, [role=button], [role=link]')) {
    texts.push(action.textContent ?? '');
    if (texts.length >= ACTIONS) break;
  }
  return texts.join(' | ').replace(/\s+/g, ' ').slice(0, 600);
}

/** What a step container says, read once per container per scan. */
export function stepOf(container: Element, cache: FactCache): StepText {
  const known = cache.steps.get(container);
  if (known) return known;
  const step = { text: cappedText(container, TEXT_CHARS, cache), actions: actionsIn(container), fields: fieldsIn(container) };
  cache.steps.set(container, step);
  return step;
}
