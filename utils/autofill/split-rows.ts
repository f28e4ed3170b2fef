/**
 * Which adjacent inputs form one split code field (a row of 4–8 one-character boxes), decided from their
 * structure alone: plain data in, groups of indexes out, so it is tested without a DOM.
 */

/** What grouping reads off an input: attributes only (no text, no layout). An HTMLInputElement is one. */
export interface InputShape {
  /** 'text' for inputs without a type. */
  type: string;
  name: string;
  id: string;
  /** -1 when the input has no maxlength. */
  maxLength: number;
  autocomplete: string;
  className: string;
}

/** What grouping asks the page, lazily and only for candidate rows. */
export interface RowProbe {
  /** Whether input `i` sits in one container with input `i - 1` (a common ancestor at most three levels up). */
  sameRow(i: number): boolean;
  /** The rendered size of input `i`: read only for rows that nothing but their look ties together. */
  size(i: number): { width: number; height: number };
}

export const MIN_BOXES = 4;
export const MAX_BOXES = 8;

/** `code[0]` → `code[`, `otp-1` → `otp-`, `digit1` → `digit`: a name or id without its index. */
const stem = (shape: InputShape) => (shape.name || shape.id).replace(/\d{1,2}\]?$/, '');

/** One stem with different indexes. */
const sameStem = (a: InputShape, b: InputShape) =>
  (a.name || a.id) !== (b.name || b.id) && stem(a) !== (a.name || a.id) && stem(a) === stem(b);

const oneTimeCode = (shape: InputShape) => /one-time-code/i.test(shape.autocomplete);

/** How two neighbouring inputs are tied: by markup that says "box of a row", by look only, or not at all. */
function tie(a: InputShape, b: InputShape): 'markup' | 'look' | null {
  if (a.type !== b.type) return null;
  if (a.maxLength === 1 && b.maxLength === 1) return 'markup';
  if (a.maxLength !== b.maxLength) return null;
  if (sameStem(a, b)) return 'markup';
  if (a.name !== '' && a.name === b.name) return 'markup';
  if (oneTimeCode(a) && oneTimeCode(b)) return 'markup';
  if (a.className === b.className && a.name === '' && b.name === '' && a.maxLength === -1) return 'look';
  return null;
}

/** Boxes that look alike: the same size, and about as wide as tall (a field for one character). */
function lookLikeBoxes(from: number, to: number, probe: RowProbe): boolean {
  const sizes = Array.from({ length: to - from + 1 }, (_, k) => probe.size(from + k));
  const [first] = sizes;
  return sizes.every(
    ({ width, height }) =>
      Math.abs(width - first!.width) <= 1 && Math.abs(height - first!.height) <= 1 && width >= 8 && width <= height * 2.5,
  );
}

/**
 * Groups inputs (in document order) into split fields and single fields. A row is a run of neighbours in one
 * container tied by their markup (maxlength=1, an indexed name or id, one repeated name, one-time-code on
 * every box) or, lacking names, by the same class and a box-like size. A run of one-character boxes stays one
 * group whatever its length (detection then turns down counts outside 4–8); any other run becomes a row only
 * with 4–8 members, otherwise its inputs are single fields (a date of birth, a phone number in three parts, a
 * table of inputs).
 */
export function groupRows(shapes: InputShape[], probe: RowProbe): number[][] {
  const groups: number[][] = [];
  let start = 0;
  while (start < shapes.length) {
    let end = start;
    let lookOnly = true;
    let boxes = shapes[start]!.maxLength === 1;
    while (end + 1 < shapes.length) {
      const kind = tie(shapes[end]!, shapes[end + 1]!);
      if (!kind || !probe.sameRow(end + 1)) break;
      if (kind === 'markup') lookOnly = false;
      boxes &&= shapes[end + 1]!.maxLength === 1;
      end++;
    }
    const length = end - start + 1;
    const row = length > 1 && (boxes || (length >= MIN_BOXES && length <= MAX_BOXES && (!lookOnly || lookLikeBoxes(start, end, probe))));
    if (row) groups.push(Array.from({ length }, (_, k) => start + k));
    else for (let i = start; i <= end; i++) groups.push([i]);
    start = end + 1;
  }
  return groups;
}
