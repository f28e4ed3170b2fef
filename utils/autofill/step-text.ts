/**
 * Reading a field's surroundings cheaply: each container's text is read once per scan and capped, by walking text
 * nodes with a budget rather than taking a subtree's whole textContent, so a page of many forms inside one long
 * <main> costs its size once, not forms × page.
 */

/** Per-scan memo of what has been read off containers; create one per scan or batch. */
export interface FactCache {
  /** Capped text of each container read so far. */
  texts: Map<Node, string>;
  /** Kinds of the inputs of each container read so far. */
  fields: Map<Element, Map<HTMLInputElement, string>>;
  /** label[for] texts by id, per document or shadow root. */
  labels: Map<Node, Map<string, string>>;
  /** The last heading inside each element looked at for one, so a large earlier sibling is searched once. */
  headings: Map<Element, Element | undefined>;
}

export const createFactCache = (): FactCache => ({ texts: new Map(), fields: new Map(), labels: new Map(), headings: new Map() });

const SKIPPED = /^(script|style|noscript|template|svg|select|textarea)$/;

/** Text of a subtree, at most `budget` characters; memoised in `cache` when one is given. */
export function cappedText(root: Node, budget = 1200, cache?: FactCache): string {
  let text = cache?.texts.get(root);
  if (text !== undefined) return text;
  text = '';
  const walker = document.createTreeWalker(root, 5 /* elements and text */, (node) =>
    SKIPPED.test((node as Element).localName) ? 2 /* reject */ : 1,
  );
  for (let node = walker.nextNode(); node && text.length < budget; node = walker.nextNode())
    if (node.nodeType === 3) text += ` ${node.nodeValue}`;
  text = text.replace(/\s+/g, ' ').trim().slice(0, budget);
  cache?.texts.set(root, text);
  return text;
}

/** What another input of the step is, from its attributes (no label text). */
function kindOf(input: HTMLInputElement): string {
  const type = input.type;
  const words = `${input.name} ${input.id} ${input.autocomplete}`.toLowerCase();
  if (type === 'password') return /new|confirm|repeat|retype|again/.test(words) ? 'new-password' : 'password';
  if (type === 'email' || /mail/.test(words)) return 'email';
  if (type === 'date' || /birth|bday|date/.test(words)) return 'date';
  if (/name/.test(words) && !/user/.test(words)) return 'name';
  if (/phone|mobile|\btel\b/.test(words)) return 'phone';
  return /address|street|postal|zip|city/.test(words) ? 'address' : '';
}

/** The kinds of the inputs of a field's step other than the field itself, each container's inputs read once. */
export function otherFields(container: Element, field: readonly HTMLInputElement[], cache: FactCache): string[] {
  let kinds = cache.fields.get(container);
  if (!kinds) {
    kinds = new Map();
    // A step the page has hidden (the e-mail and password of a sign-in whose code step is showing) does not count.
    for (const input of container.getElementsByTagName('input')) kinds.set(input, input.getClientRects().length ? kindOf(input) : '');
    cache.fields.set(container, kinds);
  }
  const found = new Set<string>();
  for (const [input, kind] of kinds) if (kind && !field.includes(input)) found.add(kind);
  return [...found];
}
