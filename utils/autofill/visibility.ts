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
  return chain.reduce((product, opacity) => product * opacity, 1);
}

function amount(argument: string): number {
  const value = parseFloat(argument);
  return Number.isNaN(value) ? 1 : argument.endsWith('%') ? value / 100 : value;
}

/** What a computed `filter` does to opacity: the product of its `opacity()` functions (1 for `none`). */
export function filterOpacity(filter: string): number {
  let product = 1;
  for (const match of filter.matchAll(/opacity\(([^)]*)\)/g)) product *= Math.min(1, Math.max(0, amount(match[1]!)));
  return product;
}

/**
 * The alpha of a computed colour: `rgba(r, g, b, a)`, and the space-separated forms (`rgb(0 0 0 / 0)`,
 * `color(srgb 0 0 0 / 0.5)`, `oklch(… / 0%)`) that browsers keep for modern colours. Computed values never
 * say `transparent` (it computes to rgba(0, 0, 0, 0)), so the keyword is not looked for.
 */
export function colorAlpha(color: string): number {
  const inner = /\((.*)\)/.exec(color)?.[1];
  if (inner === undefined) return 1;
  const parts = inner.split(/[,/]/);
  return inner.includes('/') || parts.length === 4 ? amount(parts.at(-1)!) : 1;
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
  return hits[0] === true && hits.filter(Boolean).length >= hits.length - 1;
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
  // An element's parentNode without a parentElement is a document, a fragment or a shadow root: only the last has a host.
  return el.assignedSlot ?? el.parentElement ?? (el.parentNode as Partial<ShadowRoot> | null)?.host ?? null;
}

function opacityChain(input: Element): number[] {
  const chain: number[] = [];
  for (let el: Element | null = input; el; el = flatParent(el)) {
    const style = getComputedStyle(el);
    chain.push(parseFloat(style.opacity) * filterOpacity(style.filter));
  }
  return chain;
}

/**
 * A frame a person can make out: a background, a shadow, or a border side (a computed border width is 0
 * when its style is none or hidden) in a colour that paints.
 */
function hasVisibleEdge(style: CSSStyleDeclaration): boolean {
  const side = (name: string) =>
    parseFloat(style.getPropertyValue(`border-${name}-width`)) > 0 && paints(style.getPropertyValue(`border-${name}-color`));
  return (
    paints(style.backgroundColor) ||
    style.backgroundImage !== 'none' ||
    style.boxShadow !== 'none' ||
    ['top', 'right', 'bottom', 'left'].some(side)
  );
}

/**
 * Whether the field is what a click at its sample points reaches (this answers covers, overlays, clipping and
 * z-index:-1 at once), and, for a field whose own text and frame are transparent, whether the page paints
 * something of its own right under it: input-otp style widgets lay one transparent input over painted slots.
 */
function onTop(input: HTMLInputElement, box: DOMRect, needsStandIn: boolean): boolean {
  const root = input.getRootNode() as Document | ShadowRoot;
  let standIn = false;
  const hits = samplePoints(box).map(([x, y]) => {
    const [top, ...under] = root.elementsFromPoint(x, y);
    if (needsStandIn) standIn ||= under.some((el) => !el.contains(input) && hasVisibleEdge(getComputedStyle(el)));
    return top !== undefined && (top === input || input.contains(top));
  });
  return enoughOnTop(hits) && (!needsStandIn || standIn);
}

/** Rendered (display, content-visibility, visibility through shadow roots) and not faded out by an ancestor. */
function painted(input: HTMLInputElement): boolean {
  return (
    input.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) && effectiveOpacity(opacityChain(input)) >= MIN_OPACITY
  );
}

/**
 * Whether a person can see the input right now: rendered, not transparent (through every ancestor and
 * filter), big enough after transforms, in the viewport, with visible text or frame, and not covered,
 * clipped away or pushed under the page (hit testing at its points answers those three at once).
 */
export function seenByPerson(input: HTMLInputElement): boolean {
  const box = input.getBoundingClientRect();
  if (!boxInView(box, innerWidth, innerHeight) || !painted(input)) return false;
  const style = getComputedStyle(input);
  // Text is painted in -webkit-text-fill-color (which follows `color` unless set), where the browser has it.
  const textShows = paints(style.getPropertyValue('-webkit-text-fill-color') || style.color);
  return onTop(input, box, !textShows && !hasVisibleEdge(style));
}

/**
 * For a fill a person asked for (popup, shortcut) when no code field is in view: a field that is only outside
 * the viewport (below the fold of a setup page) is scrolled to the middle first, so the person sees what is
 * filled, then checked like any other. Automatic fills never scroll; they wait until the person scrolls there.
 */
export function revealForPerson(input: HTMLInputElement): boolean {
  const box = input.getBoundingClientRect();
  if (box.width < MIN_SIDE_PX || box.height < MIN_SIDE_PX || !painted(input)) return false;
  if (!boxInView(box, innerWidth, innerHeight)) input.scrollIntoView({ block: 'center', inline: 'center' });
  return seenByPerson(input);
}
