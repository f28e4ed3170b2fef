import fc from 'fast-check';
import { generateSync } from 'otplib';
import { createGuardrails } from '@otplib/core';
import { describe, expect, it } from 'vitest';
import {
  counterCode,
  hotpCode,
  otpKey,
  secondsLeft,
  steamCode,
  timeBasedCodeWithKey,
  totpCode,
  type OtpAlgorithm,
  type OtpDigits,
} from '@/utils/otp/otp';

const ascii = (s: string) => new TextEncoder().encode(s);

// RFC 6238 Appendix B uses a seed of the hash's own length for each algorithm.
const SEEDS: Record<OtpAlgorithm, Uint8Array> = {
  SHA1: ascii('12345678901234567890'),
  SHA256: ascii('12345678901234567890123456789012'),
  SHA512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
};

describe('HOTP (RFC 4226 Appendix D)', () => {
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('counter %i → %s', (counter, code) => {
    expect(hotpCode(SEEDS.SHA1, { algorithm: 'SHA1', digits: 6, counter })).toBe(code);
  });
});

describe('TOTP (RFC 6238 Appendix B, 8 digits, 30 s)', () => {
  it.each<[number, OtpAlgorithm, string]>([
    [59, 'SHA1', '94287082'],
    [59, 'SHA256', '46119246'],
    [59, 'SHA512', '90693936'],
    [1111111109, 'SHA1', '07081804'],
    [1111111109, 'SHA256', '68084774'],
    [1111111109, 'SHA512', '25091201'],
    [1111111111, 'SHA1', '14050471'],
    [1111111111, 'SHA256', '67062674'],
    [1111111111, 'SHA512', '99943326'],
    [1234567890, 'SHA1', '89005924'],
    [1234567890, 'SHA256', '91819424'],
    [1234567890, 'SHA512', '93441116'],
    [2000000000, 'SHA1', '69279037'],
    [2000000000, 'SHA256', '90698825'],
    [2000000000, 'SHA512', '38618901'],
    [20000000000, 'SHA1', '65353130'],
    [20000000000, 'SHA256', '77737706'],
    [20000000000, 'SHA512', '47863826'],
  ])('T=%i %s → %s', (seconds, algorithm, code) => {
    expect(totpCode(SEEDS[algorithm], { algorithm, digits: 8, period: 30 }, seconds * 1000)).toBe(code);
  });

  it('accepts the 10-byte secrets real sites issue and other periods', () => {
    const tenBytes = ascii('1234567890');
    const code = totpCode(tenBytes, { algorithm: 'SHA1', digits: 6, period: 60 }, 59_000);
    expect(code).toMatch(/^\d{6}$/);
    expect(totpCode(tenBytes, { algorithm: 'SHA1', digits: 6, period: 60 }, 0)).toBe(code);
    expect(totpCode(tenBytes, { algorithm: 'SHA1', digits: 6, period: 60 }, 60_000)).not.toBe(code);
  });

  it.each([
    [30, 0, 30],
    [30, 29_999, 1],
    [30, 30_000, 30],
    [60, 45_500, 15],
  ])('period %i at %i ms leaves %i s', (period, now, left) => {
    expect(secondsLeft(period, now)).toBe(left);
  });
});

describe('Steam Guard codes', () => {
  // Reference values from an independent implementation (Python's hmac, the steam-totp algorithm:
  // HMAC-SHA1 over the 30 s counter, dynamic truncation, 5 characters of "23456789BCDFGHJKMNPQRTVWXY").
  it.each([
    [0, 'GG5F5'],
    [1_700_000_000_000, 'R87JJ'],
  ])('at %i ms', (now, expected) => {
    expect(steamCode(SEEDS.SHA1, now)).toBe(expected);
  });

  it('uses only Steam characters and changes every 30 s', () => {
    const a = steamCode(SEEDS.SHA1, 1_000_000_000_000);
    expect(a).toMatch(/^[23456789BCDFGHJKMNPQRTVWXY]{5}$/);
    expect(steamCode(SEEDS.SHA1, 1_000_000_000_000 + 29_000 - (1_000_000_000_000 % 30_000))).toBe(a);
    expect(steamCode(SEEDS.SHA1, 1_000_000_000_000 + 30_000)).not.toBe(a);
  });
});

describe('prepared keys', () => {
  const guardrails = createGuardrails({ MIN_SECRET_BYTES: 1, MAX_SECRET_BYTES: 1024 });
  const HASH_NAME = { SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512' } as const;

  it('give the codes otplib gives, for any secret, counter, algorithm and length', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 80 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.constantFrom<OtpAlgorithm>('SHA1', 'SHA256', 'SHA512'),
        fc.constantFrom<OtpDigits>(6, 7, 8),
        (secret, counter, algorithm, digits) => {
          const reference = generateSync({ strategy: 'hotp', secret, counter, algorithm: HASH_NAME[algorithm], digits, guardrails });
          expect(counterCode(otpKey(secret, algorithm), counter, digits)).toBe(reference);
        },
      ),
    );
  });

  it('can be used again and again: one key, many counters, same answers as fresh keys', () => {
    const key = otpKey(SEEDS.SHA256, 'SHA256');
    for (let counter = 0; counter < 50; counter++) {
      expect(counterCode(key, counter, 8)).toBe(hotpCode(SEEDS.SHA256, { algorithm: 'SHA256', digits: 8, counter }));
    }
    expect(timeBasedCodeWithKey(key, { kind: 'totp', algorithm: 'SHA256', digits: 8, period: 30 }, 59_000)).toBe('46119246');
  });
});
