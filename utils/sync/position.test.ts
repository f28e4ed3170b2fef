import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePositions, isPosition, positionBetween, positionsForOrder, spreadPositions } from '@/utils/sync/position';

const position = fc
  .tuple(fc.stringMatching(/^(?:[a-c][0-9a-z]{0,3}|[X-Z][0-9a-z]{0,3})$/), fc.stringMatching(/^(?:[0-9a-z]{0,4}[1-9a-z])?$/))
  .map(([integer, fraction]) => {
    const digits = integer.charCodeAt(0) >= 97 ? integer.charCodeAt(0) - 96 : 91 - integer.charCodeAt(0);
    return integer.slice(0, 1) + integer.slice(1).padEnd(digits, '0').slice(0, digits) + fraction;
  });

describe('positionBetween', () => {
  it('makes a key strictly between any two, and at either end', () => {
    fc.assert(
      fc.property(position, position, (x, y) => {
        fc.pre(x !== y);
        const [low, high] = x < y ? [x, y] : [y, x];
        const key = positionBetween(low, high);
        expect(isPosition(key)).toBe(true);
        expect(low < key && key < high).toBe(true);
        expect(positionBetween(undefined, low) < low).toBe(true);
        expect(positionBetween(high) > high).toBe(true);
      }),
    );
  });

  it('starts in the middle and refuses a tie', () => {
    expect(positionBetween()).toBe('a0');
    expect(positionBetween('a0')).toBe('a1');
    expect(positionBetween('az')).toBe('b00');
    expect(positionBetween(undefined, 'a0')).toBe('Zz');
    expect(positionBetween('a0', 'a1')).toBe('a0i');
    expect(() => positionBetween('a5', 'a5')).toThrow(RangeError);
    expect(() => positionBetween('a6', 'a5')).toThrow(RangeError);
    for (const bad of ['a', 'a10', 'a1x0', 'b0', '0', 'A' + '0'.repeat(26), 'a-']) expect(() => positionBetween(bad)).toThrow(RangeError);
  });

  it('keeps keys short when one gap is split again and again', () => {
    let low = 'a0';
    const high = 'a1';
    for (let i = 0; i < 100; i++) low = positionBetween(low, high);
    expect(low.length).toBeLessThan(110);
    let end = 'a0';
    let start = 'a0';
    for (let i = 0; i < 10_000; i++) {
      end = positionBetween(end);
      start = positionBetween(undefined, start);
    }
    // 36 keys of 2 characters, 1,296 of 3, 46,656 of 4.
    expect(end.length).toBe(4);
    expect(start.length).toBe(4);
  });
});

describe('spreadPositions', () => {
  it.each([0, 1, 35, 36, 1000, 20_000])('%i increasing, short keys', (count) => {
    const keys = spreadPositions(count);
    expect(keys).toHaveLength(count);
    keys.forEach((key, i) => {
      expect(isPosition(key)).toBe(true);
      if (i > 0) expect(keys[i - 1]! < key).toBe(true);
    });
    if (count > 0) expect(Math.max(...keys.map((k) => k.length))).toBeLessThanOrEqual(count <= 1000 ? 3 : 4);
  });
});

describe('positionsForOrder', () => {
  const order = (positions: Map<string, string>) =>
    [...positions]
      .map(([id, position]) => ({ id, position }))
      .sort(comparePositions)
      .map((p) => p.id);

  it('moving one account changes one key', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const current = new Map(ids.map((id, i) => [id, spreadPositions(5)[i]!]));
    const changes = positionsForOrder(['a', 'd', 'b', 'c', 'e'], current);
    expect([...changes.keys()]).toEqual(['d']);
    expect(order(new Map([...current, ...changes]))).toEqual(['a', 'd', 'b', 'c', 'e']);
  });

  it('gives any order the keys that read back as that order, and keys to new accounts', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z]{1,4}$/), { maxLength: 30 }), fc.array(fc.option(position)), (ids, keys) => {
        const current = new Map<string, string>();
        ids.forEach((id, i) => {
          const key = keys[i];
          if (key) current.set(id, key);
        });
        const changes = positionsForOrder(ids, current);
        const merged = new Map(ids.map((id) => [id, changes.get(id) ?? current.get(id)!]));
        expect(order(merged)).toEqual(ids);
      }),
    );
  });

  it('breaks equal keys by id, the same everywhere', () => {
    expect(comparePositions({ id: 'x', position: 'k' }, { id: 'y', position: 'k' })).toBeLessThan(0);
  });
});
