import { describe, expect, it } from 'vitest';
import { createFillPermits, PERMIT_TTL_MS } from '@/utils/background/fill-permits';

function permits() {
  let clock = 1_000;
  return { permits: createFillPermits(() => clock), advance: (ms: number) => void (clock += ms) };
}

describe('fill permits', () => {
  it('nothing is permitted before a person asks', () => {
    expect(permits().permits.take(7, 0, 'totp')).toBeNull();
  });

  it('a tab-wide permit is used once per frame', () => {
    const { permits: p } = permits();
    p.grant(7, null, { want: 'totp', accountId: 'a' });
    expect(p.take(7, 0, 'totp')).toEqual({ want: 'totp', accountId: 'a' });
    expect(p.take(7, 0, 'totp')).toBeNull();
    expect(p.take(7, 3, 'totp')).toEqual({ want: 'totp', accountId: 'a' });
    expect(p.take(8, 0, 'totp')).toBeNull();
  });

  it('a permit for one frame is not another frame’s', () => {
    const { permits: p } = permits();
    p.grant(7, 5, { want: 'field-kind', accountId: null });
    expect(p.take(7, 0, 'recovery')).toBeNull();
    expect(p.take(7, 5, 'recovery')).toEqual({ want: 'field-kind', accountId: null });
  });

  it('a TOTP fill does not permit a backup code, nor the other way round', () => {
    const { permits: p } = permits();
    p.grant(7, null, { want: 'totp', accountId: null });
    expect(p.take(7, 0, 'recovery')).toBeNull();
    p.grant(7, null, { want: 'recovery', accountId: null });
    expect(p.take(7, 0, 'totp')).toBeNull();
    expect(p.take(7, 0, 'recovery')).not.toBeNull();
  });

  it('expires', () => {
    const { permits: p, advance } = permits();
    p.grant(7, null, { want: 'totp', accountId: null });
    advance(PERMIT_TTL_MS);
    expect(p.take(7, 0, 'totp')).toBeNull();
  });
});
