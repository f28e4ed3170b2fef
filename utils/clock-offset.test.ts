import { describe, expect, it } from 'vitest';
import { clockIsOff, clockOffset } from '@/utils/clock-offset';

const at = (iso: string) => Date.parse(iso);

describe('clockOffset', () => {
  it('is near zero when the clocks agree', () => {
    const offset = clockOffset('Wed, 02 Dec 2026 01:00:00 GMT', at('2026-12-02T01:00:00.400Z'), at('2026-12-02T01:00:00.600Z'));
    expect(offset).toEqual({ offsetMs: 0, uncertaintyMs: 600 });
    expect(clockIsOff(offset)).toBe(false);
  });

  it('says how far ahead this computer is', () => {
    const offset = clockOffset('Wed, 02 Dec 2026 01:00:00 GMT', at('2026-12-02T01:00:45.400Z'), at('2026-12-02T01:00:45.600Z'));
    expect(offset?.offsetMs).toBe(45_000);
    expect(clockIsOff(offset)).toBe(true);
  });

  it('says how far behind this computer is', () => {
    const offset = clockOffset('Wed, 02 Dec 2026 01:02:00 GMT', at('2026-12-02T01:00:59.500Z'), at('2026-12-02T01:00:59.500Z'));
    expect(offset?.offsetMs).toBe(-61_000);
    expect(clockIsOff(offset)).toBe(true);
  });

  it('does not warn when a slow answer could explain the difference', () => {
    const offset = clockOffset('Wed, 02 Dec 2026 01:00:00 GMT', at('2026-12-02T01:00:10.000Z'), at('2026-12-02T01:01:00.000Z'));
    expect(offset?.offsetMs).toBe(34_500);
    expect(clockIsOff(offset)).toBe(false);
  });

  it('is null without a readable Date header', () => {
    expect(clockOffset(null, 0, 10)).toBeNull();
    expect(clockOffset('yesterday-ish', 0, 10)).toBeNull();
    expect(clockIsOff(null)).toBe(false);
  });
});
