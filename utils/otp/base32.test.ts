import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Base32Error, decodeBase32, encodeBase32, normalizeBase32 } from '@/utils/otp/base32';

const ascii = (s: string) => new TextEncoder().encode(s);

describe('base32', () => {
  // RFC 4648 §10 test vectors.
  it.each([
    ['', ''],
    ['f', 'MY'],
    ['fo', 'MZXQ'],
    ['foo', 'MZXW6'],
    ['foob', 'MZXW6YQ'],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI'],
  ])('encodes %j as %s', (plain, encoded) => {
    expect(encodeBase32(ascii(plain))).toBe(encoded);
    if (encoded) expect(decodeBase32(encoded)).toEqual(ascii(plain));
  });

  it.each([
    ['jbsw y3dp ehpk 3pxp', 'JBSWY3DPEHPK3PXP'],
    ['JBSWY3DPEHPK3PXP====', 'JBSWY3DPEHPK3PXP'],
    ['mzxw6===', 'MZXW6'],
    ['  MZXW-6YTB  ', 'MZXW6YTB'],
    ['jbswy3dp\tehpk3pxp\n', 'JBSWY3DPEHPK3PXP'],
  ])('normalises %j', (input, expected) => {
    expect(normalizeBase32(input)).toBe(expected);
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['JBSW1', /"1".*letters A–Z and digits 2–7/],
    ['ABC!', /"!"/],
    ['A', /length/],
    ['ABC', /length/],
    ['ABCDEF', /length/],
  ])('rejects %j with a reason', (input, reason) => {
    expect(() => decodeBase32(input)).toThrowError(Base32Error);
    expect(() => decodeBase32(input)).toThrowError(reason);
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
        expect(decodeBase32(encodeBase32(bytes).toLowerCase())).toEqual(bytes);
      }),
    );
  });
});
