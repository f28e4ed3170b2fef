// Exported files are untrusted: these guards read fields without ever assuming their type.

export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

export const records = (value: unknown): JsonRecord[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** A text field, trimmed; numbers are accepted because some apps write digits or ids as numbers. */
export const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' && Number.isFinite(value) ? String(value) : '';

/** A numeric field that may be written as a number or a numeric string; undefined when absent or not a number. */
export function numberField(value: unknown): number | string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  return String(value);
}

export function parseJson(source: string): unknown {
  return JSON.parse(source) as unknown;
}
