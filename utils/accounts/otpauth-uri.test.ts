import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatOtpauthUri, OtpauthUriError, parseOtpauthUri } from '@/utils/accounts/otpauth-uri';
import { encodeBase32 } from '@/utils/otp/base32';

describe('parseOtpauthUri', () => {
  it.each([
    [
      'otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example',
      { kind: 'totp', issuer: 'Example', label: 'alice@google.com', secret: 'JBSWY3DPEHPK3PXP', algorithm: 'SHA1', digits: 6, period: 30 },
    ],
    [
      'otpauth://totp/ACME%20Co:john.doe%40email.com?secret=hxdmvjecjjwsrb3hwizr4ifugftmxboz&issuer=ACME%20Co&algorithm=SHA256&digits=8&period=60',
      {
        kind: 'totp',
        issuer: 'ACME Co',
        label: 'john.doe@email.com',
        secret: 'HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ',
        algorithm: 'SHA256',
        digits: 8,
        period: 60,
      },
    ],
    [
      'OTPAUTH://TOTP/just-a-label?secret=JBSWY3DPEHPK3PXP%3D%3D%3D%3D',
      { kind: 'totp', issuer: '', label: 'just-a-label', secret: 'JBSWY3DPEHPK3PXP' },
    ],
    [
      'otpauth://hotp/Bank:me?secret=JBSWY3DPEHPK3PXP&counter=42&algorithm=sha512&digits=7',
      { kind: 'hotp', issuer: 'Bank', label: 'me', counter: 42, algorithm: 'SHA512', digits: 7 },
    ],
    ['otpauth://totp/PathIssuer:me?secret=JBSWY3DPEHPK3PXP&issuer=ParamIssuer', { issuer: 'ParamIssuer', label: 'me' }],
    ['otpauth://totp/Some+Site:a+b?secret=JBSWY3DPEHPK3PXP', { issuer: 'Some Site', label: 'a b' }],
    ['otpauth://totp/ACME%3Ajohn?secret=JBSWY3DPEHPK3PXP', { issuer: 'ACME', label: 'john' }],
    ['otpauth://totp/A%3AB:john?secret=JBSWY3DPEHPK3PXP', { issuer: 'A:B', label: 'john' }],
    ['otpauth://steam/Steam:gamer?secret=JBSWY3DPEHPK3PXP', { kind: 'steam', issuer: 'Steam', label: 'gamer' }],
    ['otpauth://totp/Valve:gamer?secret=JBSWY3DPEHPK3PXP&encoder=steam', { kind: 'steam', issuer: 'Valve' }],
    ['otpauth://totp/gamer?secret=JBSWY3DPEHPK3PXP&issuer=Steam&digits=5', { kind: 'steam', issuer: 'Steam' }],
    ['otpauth://totp/Example:me?secret=JBSWY3DPEHPK3PXP&period=90', { kind: 'totp', period: 90 }],
  ])('reads %s', (uri, expected) => {
    expect(parseOtpauthUri(uri)).toMatchObject(expected);
  });

  it.each([
    ['https://example.com', /not an otpauth/],
    ['otpauth://motp/x?secret=JBSWY3DPEHPK3PXP', /"motp" is not a code type/],
    ['otpauth://totp/x', /no secret/],
    ['otpauth://totp/x?secret=JBSW1', /secret is not valid/],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&algorithm=MD5', /MD5/],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=10', /10 digits/],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=six', /not a whole number/],
    ['otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&period=0', /period of 0/],
    ['otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP', /counter/],
    ['otpauth://totp/%E0%A4%A?secret=JBSWY3DPEHPK3PXP', /%-escape/],
  ])('refuses %s with a reason', (uri, reason) => {
    expect(() => parseOtpauthUri(uri)).toThrowError(OtpauthUriError);
    expect(() => parseOtpauthUri(uri)).toThrowError(reason);
  });

  it('never throws anything but OtpauthUriError, whatever the input', () => {
    fc.assert(
      fc.property(fc.string(), (tail) => {
        try {
          parseOtpauthUri(`otpauth://totp/${tail}`);
        } catch (error) {
          expect(error).toBeInstanceOf(OtpauthUriError);
        }
      }),
    );
  });

  it('formatting then parsing gives the same account, for any account', () => {
    const draft = fc
      .record({
        kind: fc.constantFrom('totp' as const, 'hotp' as const, 'steam' as const),
        issuer: fc.string({ maxLength: 20 }).map((s) => s.trim()),
        label: fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.trim() || 'x'),
        secret: fc.uint8Array({ minLength: 10, maxLength: 40 }).map(encodeBase32),
        algorithm: fc.constantFrom('SHA1' as const, 'SHA256' as const, 'SHA512' as const),
        digits: fc.constantFrom(6 as const, 7 as const, 8 as const),
        period: fc.integer({ min: 1, max: 3600 }),
        counter: fc.nat(),
      })
      .filter((d) => !(d.kind === 'totp' && d.issuer.toLowerCase() === 'steam'));
    fc.assert(
      fc.property(draft, (d) => {
        // A label's own "Issuer:" prefix is indistinguishable from the issuer, so links carry the issuer parameter.
        const parsed = parseOtpauthUri(formatOtpauthUri(d));
        const expected =
          d.kind === 'steam'
            ? { ...d, issuer: d.issuer || 'Steam', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 }
            : { ...d, ...(d.kind === 'hotp' ? { period: 30 } : { counter: 0 }) };
        expect(parsed).toEqual(expected);
      }),
    );
  });

  it('round-trips issuer, label and secret through a generated link', () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes(':') && s.trim() === s && s.length > 0);
    fc.assert(
      fc.property(text, text, fc.uint8Array({ minLength: 10, maxLength: 32 }), (issuer, label, bytes) => {
        const secret = encodeBase32(bytes);
        const uri = `otpauth://totp/${encodeURIComponent(issuer)}:${encodeURIComponent(label)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;
        expect(parseOtpauthUri(uri)).toMatchObject({ issuer, label, secret });
      }),
    );
  });
});
