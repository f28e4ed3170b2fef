/**
 * JSON with object keys sorted at every level, so equal values always give equal text: the merge breaks a tie
 * between two values written with the same stamp by comparing this text, the same way on every device.
 * `undefined` inside objects is dropped (as JSON does), and at the top level or in arrays it reads as null.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two JSON values are equal (objects by their keys, in any order): the fast path before `canonicalJson`. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  if (typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => jsonEqual(item, other[i]));
  }
  const x = Object.entries(a as Record<string, unknown>).filter(([, v]) => v !== undefined);
  const y = b as Record<string, unknown>;
  const yCount = Object.values(y).filter((v) => v !== undefined).length;
  return x.length === yCount && x.every(([key, value]) => Object.hasOwn(y, key) && jsonEqual(value, y[key]));
}
