/**
 * Small validators for message payloads. Each one checks a value and says which field is wrong and what it
 * should have been; it also carries a value it accepts and values it refuses, so tests can build malformed
 * payloads from the protocol's declarations instead of listing them by hand. No i18n here: the router turns
 * an Issue into the person's language.
 */

/** What a field should have been. */
export type Expected = 'text' | 'number' | 'on-off' | 'list' | 'object' | { oneOf: readonly (string | number)[] };

export interface Issue {
  /** The field, as a path into the payload (`draft.secret`, `ids[2]`). */
  path: string;
  expected: Expected;
  /** The field was not there at all (or undefined). */
  missing: boolean;
}

export interface Validator<T> {
  /** The first problem with `value`, or null when it is a T. */
  check(value: unknown, path: string): Issue | null;
  /** A value this validator accepts. */
  readonly example: T;
  /** Values of the wrong kind, which it refuses. */
  readonly refuses: readonly unknown[];
  /** Present on object validators: each field's validator and whether it may be left out. */
  readonly fields?: Readonly<Record<string, FieldSpec>>;
  /** Present on list validators: the validator of each item. */
  readonly items?: Validator<unknown>;
}

export interface FieldSpec {
  validator: Validator<unknown>;
  optional: boolean;
}

const issue = (path: string, expected: Expected, value: unknown): Issue => ({ path, expected, missing: value === undefined });

function primitive<T>(expected: Expected, accepts: (value: unknown) => boolean, example: T, refuses: unknown[]): Validator<T> {
  return { check: (value, path) => (accepts(value) ? null : issue(path, expected, value)), example, refuses };
}

export const text: Validator<string> = primitive('text', (v) => typeof v === 'string', 'text', [42, null]);
export const number: Validator<number> = primitive('number', (v) => typeof v === 'number', 1, ['1', null]);
export const onOff: Validator<boolean> = primitive('on-off', (v) => typeof v === 'boolean', true, ['yes', 1]);

/** One of a few literal values. */
export function oneOf<const V extends string | number>(...values: V[]): Validator<V> {
  return primitive({ oneOf: values }, (v) => (values as unknown[]).includes(v), values[0]!, ['not-one-of-these', 7.5]);
}

/**
 * A value checked only for its kind here, typed as the narrower T: which names or numbers are allowed is
 * the domain check's job (the draft and edit checks give a message per rule).
 */
export function loosely<B, T extends B>(base: Validator<B>, example: T): Validator<T> {
  return { check: base.check, example, refuses: base.refuses };
}

export function nullable<T>(inner: Validator<T>): Validator<T | null> {
  return {
    check: (value, path) => (value === null ? null : inner.check(value, path)),
    example: inner.example,
    refuses: inner.refuses.filter((v) => v !== null),
  };
}

export function listOf<T>(item: Validator<T>): Validator<T[]> {
  return {
    check(value, path) {
      if (!Array.isArray(value)) return issue(path, 'list', value);
      for (const [index, element] of value.entries()) {
        const problem = item.check(element, `${path}[${index}]`);
        if (problem) return problem;
      }
      return null;
    },
    example: [item.example],
    refuses: ['not a list', { 0: item.example }],
    items: item as Validator<unknown>,
  };
}

/** Marks an object field that may be left out (undefined counts as left out). */
export interface Optional<T> {
  optional: Validator<T>;
}
export const optional = <T>(validator: Validator<T>): Optional<T> => ({ optional: validator });

type Shape = Record<string, Validator<unknown> | Optional<unknown>>;
type Required<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? never : K]: S[K] extends Validator<infer T> ? T : never;
};
type Optionals<S extends Shape> = {
  [K in keyof S as S[K] extends Optional<unknown> ? K : never]?: S[K] extends Optional<infer T> ? T : never;
};
type Flatten<T> = { [K in keyof T]: T[K] };
export type ObjectOf<S extends Shape> = Flatten<Required<S> & Optionals<S>>;

/** An object with these fields. Other fields are let through untouched: handlers read only what they declared. */
export function object<S extends Shape>(shape: S): Validator<ObjectOf<S>> {
  const fields: Record<string, FieldSpec> = {};
  for (const [name, spec] of Object.entries(shape)) {
    fields[name] = 'optional' in spec ? { validator: spec.optional, optional: true } : { validator: spec, optional: false };
  }
  const example = Object.fromEntries(Object.entries(fields).map(([name, spec]) => [name, spec.validator.example]));
  return {
    check(value, path) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return issue(path, 'object', value);
      for (const [name, spec] of Object.entries(fields)) {
        const field = (value as Record<string, unknown>)[name];
        if (spec.optional && field === undefined) continue;
        const problem = spec.validator.check(field, path ? `${path}.${name}` : name);
        if (problem) return problem;
      }
      return null;
    },
    example: example as ObjectOf<S>,
    refuses: [null, 'not an object', []],
    fields,
  };
}
