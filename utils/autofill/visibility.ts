/**
 * Whether a person looking at the page can see an input: the synchronous check run on candidate code fields
 * only (never on every input of a page). What a frame's own position in its parent looks like is not visible
 * from here; see frame-visibility.ts for that.
 *
 * The pure parts (colour and filter parsing, opacity products, sampling points) take plain values so the unit
 * tests run without a DOM.
 */

/** Below this product of opacities a field is as good as invisible (the traps use 0.01 and 0.001). */
export const MIN_OPACITY = 0.1;
/** The smallest rendered box (CSS px, after transforms) a person can find and type into. */
export const MIN_SIDE_PX = 8;
/** Below this alpha a colour paints nothing a person notices. */
const MIN_ALPHA = 0.1;

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The product of the opacities along an element's ancestor chain, each already including its filters. */
export function effectiveOpacity(chain: readonly number[]): number {
  return chain.reduce((product, opacity) => product * Math.min(1, Math.max(0, opacity)), 1);
}

function amount(argument: string): number {
  const text = argument.trim();
  if (text === '') return 1;
  const value = parseFloat(text);
  if (Number.isNaN(value)) return 1;
  return text.endsWith('%') ? value / 100 : value;
}

/** What a computed `filter` does to opacity: the product of its `opacity()` functions (1 for `none`). */
export function filterOpacity(filter: string): number {
  let product = 1;
  for (const match of filter.matchAll(/opacity\(([^)]*)\)/g)) product *= Math.min(1, Math.max(0, amount(match[1]!)));
  return product;
}

/**
 * The alpha of a computed colour: `transparent`, `rgba(r, g, b, a)`, and the space-separated forms
 * (`rgb(0 0 0 / 0)`, `color(srgb 0 0 0 / 0.5)`, `oklch(… / 0%)`) that browsers keep for modern colours.
 */
export function colorAlpha(color: string): number {
  const text = color.trim().toLowerCase();
  if (text === 'transparent') return 0;
  const open = text.indexOf('(');
  if (open < 0 || !text.endsWith(')')) return 1;
  const inner = text.slice(open + 1, -1);
  const slash = inner.lastIndexOf('/');
  if (slash >= 0) return amount(inner.slice(slash + 1));
  const parts = inner.split(',');
  return parts.length === 4 ? amount(parts[3]!) : 1;
}

export const paints = (color: string): boolean => colorAlpha(color) >= MIN_ALPHA;

/**
 * Where to ask "what is on top here": the centre and four inner points a quarter in from the edges, so an
 * icon sitting in the padding of a field does not count against it, while a cover over the field does.
 */
export function samplePoints(box: Box): [x: number, y: number][] {
  const at = (fx: number, fy: number): [number, number] => [box.left + box.width * fx, box.top + box.height * fy];
  return [at(0.5, 0.5), at(0.25, 0.25), at(0.75, 0.25), at(0.25, 0.75), at(0.75, 0.75)];
}

/** The field is topmost where it matters: at its centre and at most one of the four inner points covered. */
export function enoughOnTop(hits: readonly boolean[]): boolean {
  return hits[0] === true && hits.slice(1).filter((hit) => !hit).length <= 1;
}

/** Whether the box is big enough for a person and its centre lies inside the viewport (not off to the side). */
export function boxInView(box: Box, viewportWidth: number, viewportHeight: number): boolean {
  if (!(box.width >= MIN_SIDE_PX && box.height >= MIN_SIDE_PX)) return false;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  return x >= 0 && y >= 0 && x < viewportWidth && y < viewportHeight;
}

// ---- DOM side ----

/** The parent in the flat tree: a slotted element's slot, a shadow root's host. */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const parent = el.parentNode;
  return parent instanceof ShadowRoot ? parent.host : null;
}

function opacityChain(input: Element): number[] {
  const chain: number[] = [];
  for (let el: Element | null = input; el; el = flatParent(el)) {
    const style = getComputedStyle(el);
    chain.push(parseFloat(style.opacity) * filterOpacity(style.filter));
  }
  return chain;
}

function rendered(input: HTMLInputElement, style: CSSStyleDeclaration): boolean {
  if (style.visibility !== 'visible' || style.display === 'none') return false;
  const check = (input as HTMLInputElement & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  // Covers display:none and content-visibility:hidden on any ancestor, through shadow roots.
  if (check) return check.call(input, { contentVisibilityAuto: true, visibilityProperty: true });
  for (let el: Element | null = input; el; el = flatParent(el)) {
    const own = getComputedStyle(el);
    if (own.display === 'none' || own.contentVisibility === 'hidden') return false;
  }
  return true;
}

function hasVisibleEdge(style: CSSStyleDeclaration): boolean {
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const kind = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
    if (width > 0 && kind !== 'none' && kind !== 'hidden' && paints(style.getPropertyValue(`border-${side.toLowerCase()}-color`))) {
      return true;
    }
  }
  return paints(style.backgroundColor) || style.backgroundImage !== 'none' || style.boxShadow !== 'none';
}

/**
 * A field whose own text and frame are transparent is only visible through what the page paints under it, as
 * input-otp style widgets do (one transparent input over painted slots): look for painted boxes, near the
 * field in the tree, that lie under the field's centre line.
 */
function hasPaintedStandIn(input: HTMLInputElement, box: Box): boolean {
  const y = box.top + box.height / 2;
  let ancestor: Element | null = input;
  for (let depth = 0; depth < 3 && ancestor; depth++) {
    ancestor = flatParent(ancestor);
    if (!ancestor) break;
    const candidates = ancestor.querySelectorAll('*');
    for (let i = 0; i < candidates.length && i < 64; i++) {
      const el = candidates[i]!;
      if (el === input || el.contains(input)) continue;
      const r = el.getBoundingClientRect();
      const under = r.top <= y && r.bottom >= y && r.left >= box.left - 1 && r.right <= box.left + box.width + 1 && r.width >= MIN_SIDE_PX;
      if (under && hasVisibleEdge(getComputedStyle(el))) return true;
    }
  }
  return false;
}

function textVisible(input: HTMLInputElement, style: CSSStyleDeclaration, box: Box): boolean {
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  const textPaints = paints(style.color) && (fill === '' || paints(fill));
  return textPaints || hasVisibleEdge(style) || hasPaintedStandIn(input, box);
}

/** Whether the field (or something inside it) is what a click at each sample point would reach. */
function onTop(input: HTMLInputElement, box: Box): boolean {
  const root = input.getRootNode() as Document | ShadowRoot;
  const hits = samplePoints(box).map(([x, y]) => {
    const hit = root.elementFromPoint(x, y);
    return hit !== null && (hit === input || input.contains(hit));
  });
  return enoughOnTop(hits);
}

/**
 * Whether a person can see the input right now: rendered, not transparent (through every ancestor and
 * filter), big enough after transforms, in the viewport, with visible text or frame, and not covered,
 * clipped away or pushed under the page (hit testing at its points answers those three at once).
 */
export function seenByPerson(input: HTMLInputElement): boolean {
  const style = getComputedStyle(input);
  if (!rendered(input, style)) return false;
  const box = input.getBoundingClientRect();
  if (!boxInView(box, innerWidth, innerHeight)) return false;
  if (effectiveOpacity(opacityChain(input)) < MIN_OPACITY) return false;
  if (!textVisible(input, style, box)) return false;
  return onTop(input, box);
}
