/**
 * List positions as fractional keys (the scheme of rocicorp's fractional-indexing): string order is list order,
 * so moving one account writes one new key between its new neighbours, and concurrent moves on two devices
 * merge like any register. A key is an integer part, whose first character says how many digits follow
 * ('a' 1, 'b' 2, … 'z' 26; 'Z' 1, 'Y' 2, … 'A' 26 below zero), then an optional fraction in [0-9a-z] that never
 * ends in "0". Adding at either end increments the integer, so a list built by appending one at a time keeps
 * keys of 2–4 characters; only splitting the same gap over and over makes them longer. Equal keys (two
 * devices inserting in the same gap) are ordered by account id.
 */

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const SMALLEST_INTEGER = 'A' + '0'.repeat(26);
const FRACTION = /^[0-9a-z]*$/;

/** Characters of the integer part, head included; 0 when the head is not one. */
function integerLength(head: string | undefined): number {
  if (head === undefined) return 0;
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 97 + 2;
  if (head >= 'A' && head <= 'Z') return 90 - head.charCodeAt(0) + 2;
  return 0;
}

export function isPosition(key: unknown): key is string {
  if (typeof key !== 'string') return false;
  const length = integerLength(key[0]);
  if (length === 0 || key.length < length || key === SMALLEST_INTEGER) return false;
  const fraction = key.slice(length);
  return FRACTION.test(key.slice(1)) && !fraction.endsWith('0');
}

const split = (key: string) => [key.slice(0, integerLength(key[0])), key.slice(integerLength(key[0]))] as const;

function incrementInteger(integer: string): string | null {
  const head = integer[0]!;
  const digits = [...integer.slice(1)];
  for (let i = digits.length - 1; i >= 0; i--) {
    const next = DIGITS.indexOf(digits[i]!) + 1;
    if (next < BASE) {
      digits[i] = DIGITS[next]!;
      return head + digits.join('');
    }
    digits[i] = '0';
  }
  if (head === 'Z') return 'a0';
  if (head === 'z') return null;
  const nextHead = String.fromCharCode(head.charCodeAt(0) + 1);
  if (nextHead > 'a') digits.push('0');
  else digits.pop();
  return nextHead + digits.join('');
}

function decrementInteger(integer: string): string | null {
  const head = integer[0]!;
  const digits = [...integer.slice(1)];
  for (let i = digits.length - 1; i >= 0; i--) {
    const next = DIGITS.indexOf(digits[i]!) - 1;
    if (next >= 0) {
      digits[i] = DIGITS[next]!;
      return head + digits.join('');
    }
    digits[i] = 'z';
  }
  if (head === 'a') return 'Zz';
  if (head === 'A') return null;
  const nextHead = String.fromCharCode(head.charCodeAt(0) - 1);
  if (nextHead < 'Z') digits.push('z');
  else digits.pop();
  return nextHead + digits.join('');
}

const digit = (key: string, index: number) => (index < key.length ? DIGITS.indexOf(key[index]!) : 0);

/** A fraction strictly between `low` ('' = 0) and `high` (null = 1); low < high, no trailing "0". */
function midpoint(low: string, high: string | null): string {
  if (high !== null) {
    let shared = 0;
    while (shared < high.length && (low[shared] ?? '0') === high[shared]) shared++;
    if (shared > 0) return high.slice(0, shared) + midpoint(low.slice(shared), high.slice(shared));
  }
  const lowDigit = digit(low, 0);
  const highDigit = high !== null ? digit(high, 0) : BASE;
  if (highDigit - lowDigit > 1) return DIGITS[Math.round((lowDigit + highDigit) / 2)]!;
  // Adjacent first digits: keep the lower one and go one place deeper.
  if (high !== null && high.length > 1) return high.slice(0, 1);
  return DIGITS[lowDigit]! + midpoint(low.slice(1), null);
}

/**
 * A key after `before` and before `after` (either may be missing: the start or the end of the list). Throws when
 * `before` is not below `after`: equal neighbours (a tie) have no key between them; see `positionsForOrder`.
 */
export function positionBetween(before?: string, after?: string): string {
  for (const key of [before, after]) if (key !== undefined && !isPosition(key)) throw new RangeError(`Not a position: ${key}`);
  if (before === undefined && after === undefined) return 'a0';
  if (before === undefined) {
    const [integer, fraction] = split(after!);
    if (integer === SMALLEST_INTEGER) return integer + midpoint('', fraction);
    if (fraction !== '') return integer;
    return decrementInteger(integer)!;
  }
  const [integer, fraction] = split(before);
  if (after === undefined) return incrementInteger(integer) ?? integer + midpoint(fraction, null);
  if (before >= after) throw new RangeError(`No position between ${before} and ${after}`);
  const [afterInteger, afterFraction] = split(after);
  if (integer === afterInteger) return integer + midpoint(fraction, afterFraction);
  const next = incrementInteger(integer)!;
  return next < after ? next : integer + midpoint(fraction, null);
}

/** `count` keys in order, short (for a first sync or an import of many accounts): 1,000 keys of at most 3 characters. */
export function spreadPositions(count: number): string[] {
  const keys: string[] = [];
  let key = positionBetween();
  for (let i = 0; i < count; i++) {
    keys.push(key);
    key = positionBetween(key);
  }
  return keys;
}

/** List order: by key, ties by id, the same on every device. */
export function comparePositions(a: { id: string; position: string }, b: { id: string; position: string }): number {
  return a.position < b.position ? -1 : a.position > b.position ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The keys to write so the list reads `ids` in order, changing as few as possible: the longest run of accounts
 * already in increasing order keeps its keys, and only the others (one, when one account was moved) get a new
 * key between their neighbours. Accounts without a key get one too. Returns only the changed keys.
 */
export function positionsForOrder(ids: readonly string[], current: ReadonlyMap<string, string>): Map<string, string> {
  const keep = longestIncreasing(ids.map((id) => current.get(id)));
  const result = new Map<string, string>();
  const keyAt = (index: number) => (keep.has(index) ? current.get(ids[index]!)! : result.get(ids[index]!));
  for (let i = 0; i < ids.length; i++) {
    if (keep.has(i)) continue;
    const before = i > 0 ? keyAt(i - 1) : undefined;
    let next = i + 1;
    while (next < ids.length && !keep.has(next)) next++;
    const after = next < ids.length ? keyAt(next) : undefined;
    result.set(ids[i]!, positionBetween(before, after));
  }
  return result;
}

/** Indexes of a longest strictly increasing subsequence of the defined keys (patience sorting, O(n log n)). */
function longestIncreasing(keys: readonly (string | undefined)[]): Set<number> {
  const tails: number[] = [];
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, index) => {
    if (key === undefined || !isPosition(key)) return;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (keys[tails[mid]!]! < key) low = mid + 1;
      else high = mid;
    }
    previous[index] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = index;
  });
  const kept = new Set<number>();
  for (let index = tails.length > 0 ? tails[tails.length - 1]! : -1; index !== -1; index = previous[index]!) kept.add(index);
  return kept;
}
