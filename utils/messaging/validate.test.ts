import { describe, expect, it } from 'vitest';
import { listOf, loosely, nullable, number, object, oneOf, onOff, optional, text } from '@/utils/messaging/validate';

const payload = object({
  id: text,
  count: number,
  on: optional(onOff),
  mode: oneOf('merge', 'replace'),
  parent: nullable(text),
  tags: listOf(text),
  inner: optional(object({ name: text, kind: loosely(text, 'totp' as const) })),
});
const good = { id: 'a', count: 1, mode: 'merge', parent: null, tags: ['x'] };

describe('payload validators', () => {
  it('accept a well-formed value, with optional fields left out or undefined and unknown fields let through', () => {
    expect(payload.check(good, '')).toBeNull();
    expect(payload.check({ ...good, on: undefined, extra: 42, inner: { name: 'n', kind: 'anything' } }, '')).toBeNull();
    expect(payload.check(payload.example, '')).toBeNull();
  });

  it.each([
    [
      { ...good, id: undefined },
      { path: 'id', expected: 'text', missing: true },
    ],
    [
      { ...good, count: '1' },
      { path: 'count', expected: 'number', missing: false },
    ],
    [
      { ...good, on: 'yes' },
      { path: 'on', expected: 'on-off', missing: false },
    ],
    [
      { ...good, mode: 'both' },
      { path: 'mode', expected: { oneOf: ['merge', 'replace'] }, missing: false },
    ],
    [
      { ...good, parent: 3 },
      { path: 'parent', expected: 'text', missing: false },
    ],
    [
      { ...good, tags: 'x' },
      { path: 'tags', expected: 'list', missing: false },
    ],
    [
      { ...good, tags: ['x', 2] },
      { path: 'tags[1]', expected: 'text', missing: false },
    ],
    [
      { ...good, inner: [] },
      { path: 'inner', expected: 'object', missing: false },
    ],
    [
      { ...good, inner: { kind: 'totp' } },
      { path: 'inner.name', expected: 'text', missing: true },
    ],
  ])('names the first wrong field: %j', (value, issue) => {
    expect(payload.check(value, '')).toEqual(issue);
  });

  it('refuse every value each validator lists as refused', () => {
    for (const validator of [text, number, onOff, oneOf('a'), nullable(text), listOf(number), payload]) {
      for (const wrong of validator.refuses) expect(validator.check(wrong, 'x'), JSON.stringify(wrong)).not.toBeNull();
    }
  });
});
