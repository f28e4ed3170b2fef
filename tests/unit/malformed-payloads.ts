import type { Validator } from '@/utils/messaging/validate';

export interface MalformedPayload {
  /** What is wrong, e.g. `draft.secret = 42` or `ids missing`. */
  why: string;
  /** The field the refusal must name. */
  field: string;
  payload: unknown;
}

const clone = <T>(value: T): T => structuredClone(value);

function setAt(root: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = clone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (remove) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

const show = (path: (string | number)[]) => path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i ? `.${key}` : key)).join('');

/**
 * Every malformed payload a declaration's validator can describe, each differing from its accepted example
 * in one place: a required field left out, or any field (at any depth) given a value of the wrong kind.
 */
export function malformedPayloads(validator: Validator<unknown>): MalformedPayload[] {
  const example = validator.example;
  const cases: MalformedPayload[] = [];
  const walk = (node: Validator<unknown>, path: (string | number)[]) => {
    if (path.length > 0) {
      for (const wrong of node.refuses) {
        cases.push({ why: `${show(path)} = ${JSON.stringify(wrong)}`, field: show(path), payload: setAt(example, path, wrong) });
      }
    }
    for (const [name, spec] of Object.entries(node.fields ?? {})) {
      const at = [...path, name];
      if (!spec.optional) cases.push({ why: `${show(at)} missing`, field: show(at), payload: setAt(example, at, undefined, true) });
      walk(spec.validator, at);
    }
    if (node.items) walk(node.items, [...path, 0]);
  };
  walk(validator, []);
  return cases;
}
