import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseMigrationUri } from '@/utils/accounts/migration-uri';
import { OtpauthUriError } from '@/utils/accounts/otpauth-uri';
import { bytesToBase64 } from '@/utils/bytes';
import { encodeBase32 } from '@/utils/otp/base32';

// A protobuf writer for the test side only, so payloads are built independently of the reader under test.
const varint = (n: number | bigint): number[] => {
  let v = BigInt(n);
  const out: number[] = [];
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
};
const field = (num: number, value: number | Uint8Array | string): number[] => {
  if (typeof value === 'number') return [...varint((num << 3) | 0), ...varint(value)];
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  return [...varint((num << 3) | 2), ...varint(bytes.length), ...bytes];
};

interface Entry {
  secret: Uint8Array;
  name: string;
  issuer: string;
  algorithm: number;
  digits: number;
  type: number;
  counter?: number;
}
const entryBytes = (e: Entry) =>
  new Uint8Array([
    ...field(1, e.secret),
    ...field(2, e.name),
    ...field(3, e.issuer),
    ...field(4, e.algorithm),
    ...field(5, e.digits),
    ...field(6, e.type),
    ...(e.counter !== undefined ? field(7, e.counter) : []),
  ]);
const migrationUri = (entries: Entry[], batch = { index: 0, size: 1 }) => {
  const payload = new Uint8Array([
    ...entries.flatMap((e) => field(1, entryBytes(e))),
    ...field(2, 1),
    ...field(3, batch.size),
    ...field(4, batch.index),
    ...field(5, 12345),
  ]);
  return `otpauth-migration://offline?data=${encodeURIComponent(bytesToBase64(payload))}`;
};

const SECRET = new TextEncoder().encode('12345678901234567890');

describe('parseMigrationUri', () => {
  it('reads every account of a batch with its type, algorithm and digits', () => {
    const uri = migrationUri(
      [
        { secret: SECRET, name: 'Example:alice@google.com', issuer: 'Example', algorithm: 1, digits: 1, type: 2 },
        { secret: SECRET, name: 'bob', issuer: '', algorithm: 2, digits: 2, type: 1, counter: 42 },
        { secret: SECRET, name: 'Corp:carol', issuer: '', algorithm: 3, digits: 0, type: 2 },
      ],
      { index: 1, size: 3 },
    );
    const batch = parseMigrationUri(uri);
    expect(batch).toMatchObject({ batchIndex: 1, batchSize: 3, skipped: [] });
    expect(batch.drafts).toEqual([
      {
        kind: 'totp',
        issuer: 'Example',
        label: 'alice@google.com',
        secret: encodeBase32(SECRET),
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
      },
      { kind: 'hotp', issuer: '', label: 'bob', secret: encodeBase32(SECRET), algorithm: 'SHA256', digits: 8, period: 30, counter: 42 },
      {
        kind: 'totp',
        issuer: 'Corp',
        label: 'carol',
        secret: encodeBase32(SECRET),
        algorithm: 'SHA512',
        digits: 6,
        period: 30,
        counter: 0,
      },
    ]);
  });

  it('skips MD5 and typeless entries with a reason and keeps the rest', () => {
    const batch = parseMigrationUri(
      migrationUri([
        { secret: SECRET, name: 'old', issuer: 'MD5 Co', algorithm: 4, digits: 1, type: 2 },
        { secret: SECRET, name: 'odd', issuer: 'X', algorithm: 1, digits: 1, type: 0 },
        { secret: SECRET, name: 'fine', issuer: 'Y', algorithm: 1, digits: 1, type: 2 },
      ]),
    );
    expect(batch.drafts.map((d) => d.label)).toEqual(['fine']);
    expect(batch.skipped).toEqual([
      { name: 'MD5 Co: old', reason: 'it uses MD5 or an unknown algorithm' },
      { name: 'X: odd', reason: 'it is neither time- nor counter-based' },
    ]);
  });

  it.each([
    ['otpauth://totp/x?secret=ABC', /not a Google Authenticator export/],
    ['otpauth-migration://offline', /not a Google Authenticator export/],
    ['otpauth-migration://offline?data=', /no data/],
    ['otpauth-migration://offline?data=%%%', /not valid Base64|damaged/],
    ['otpauth-migration://offline?data=CgU', /damaged/],
  ])('refuses %s', (uri, reason) => {
    expect(() => parseMigrationUri(uri)).toThrowError(OtpauthUriError);
    expect(() => parseMigrationUri(uri)).toThrowError(reason);
  });

  it('gives back what was encoded, for any accounts', () => {
    const name = fc.string({ minLength: 1, maxLength: 16 }).filter((s) => !s.includes(':') && s.trim() === s);
    const entry = fc.record({
      secret: fc.uint8Array({ minLength: 10, maxLength: 40 }),
      label: name,
      issuer: name,
      algorithm: fc.constantFrom(1, 2, 3),
      type: fc.constantFrom(1, 2),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), (entries) => {
        const uri = migrationUri(
          entries.map((e) => ({ secret: e.secret, name: e.label, issuer: e.issuer, algorithm: e.algorithm, digits: 1, type: e.type })),
        );
        const drafts = parseMigrationUri(uri).drafts;
        expect(drafts.map((d) => [d.issuer, d.label, d.secret])).toEqual(entries.map((e) => [e.issuer, e.label, encodeBase32(e.secret)]));
      }),
    );
  });

  it('never throws anything but OtpauthUriError on random data', () => {
    fc.assert(
      // Half the inputs start as an entry field so the nested reader sees garbage too.
      fc.property(fc.boolean(), fc.uint8Array({ maxLength: 64 }), (asEntry, bytes) => {
        const data = asEntry ? new Uint8Array([0x0a, bytes.length, ...bytes]) : bytes;
        try {
          parseMigrationUri(`otpauth-migration://offline?data=${encodeURIComponent(bytesToBase64(data))}`);
        } catch (error) {
          expect(error).toBeInstanceOf(OtpauthUriError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
