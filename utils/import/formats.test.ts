import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '@/utils/bytes';
import { encodeBase32 } from '@/utils/otp/base32';
import { hotpCode, totpCode } from '@/utils/otp/otp';
import { ImportError, readImportFile } from '@/utils/import';
import * as msg from '@/utils/import/messages';
import { codeOf, NOW } from '@/tests/unit/import-support';

const file = (source: string, name = 'export') => ({ name, bytes: new TextEncoder().encode(source) });
const RFC_KEY = new TextEncoder().encode('12345678901234567890');
const RFC_SECRET = encodeBase32(RFC_KEY); // GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ

describe('Authenticator extension (authenticator.cc) export', () => {
  const entry = (fields: Record<string, unknown>) => ({
    encrypted: false,
    index: 0,
    pinned: false,
    counter: 0,
    period: 30,
    digits: 6,
    ...fields,
  });
  const exported = {
    h1: entry({
      hash: 'h1',
      account: 'alice@example.com',
      issuer: 'Example',
      secret: RFC_SECRET,
      type: 'totp',
      algorithm: 'SHA256',
      digits: 8,
      period: 60,
    }),
    h2: entry({ hash: 'h2', account: 'bob', issuer: 'Counter', secret: RFC_SECRET, type: 'hotp', counter: 7 }),
    h3: entry({ hash: 'h3', account: 'gamer', issuer: 'Battle.net', secret: RFC_SECRET, type: 'battle' }),
    h4: entry({ hash: 'h4', account: 'player', issuer: 'Steam', secret: RFC_SECRET, type: 'steam' }),
    h5: entry({
      hash: 'h5',
      account: 'hexy',
      issuer: 'Hex',
      secret: '3132333435363738393031323334353637383930',
      type: 'hex',
      algorithm: 1,
    }),
    h6: entry({ hash: 'h6', account: 'locked', issuer: 'Secret', secret: 'U2FsdGVkX1+abc', type: 'totp', encrypted: true }),
    h7: entry({ hash: 'h7', account: 'gost', issuer: 'Gost', secret: RFC_SECRET, type: 'totp', algorithm: 'GOST3411_2012_256' }),
    h8: entry({ hash: 'h8', account: 'empty', issuer: 'Empty', secret: '', type: 'totp' }),
    key: { enc: 'U2FsdGVkX1+xyz', hash: '$argon2id$…' },
  };

  it('imports usable entries and explains the rest', async () => {
    const preview = await readImportFile(file(JSON.stringify(exported), 'authenticator.json'));
    expect(preview.format).toBe('Authenticator extension');
    expect(preview.entries).toEqual([
      {
        kind: 'totp',
        issuer: 'Example',
        label: 'alice@example.com',
        secret: RFC_SECRET,
        algorithm: 'SHA256',
        digits: 8,
        period: 60,
        counter: 0,
      },
      { kind: 'hotp', issuer: 'Counter', label: 'bob', secret: RFC_SECRET, algorithm: 'SHA1', digits: 6, period: 30, counter: 7 },
      { kind: 'totp', issuer: 'Battle.net', label: 'gamer', secret: RFC_SECRET, algorithm: 'SHA1', digits: 8, period: 30, counter: 0 },
      { kind: 'steam', issuer: 'Steam', label: 'player', secret: RFC_SECRET, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 },
      { kind: 'totp', issuer: 'Hex', label: 'hexy', secret: RFC_SECRET, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 },
    ]);
    expect(preview.failures).toEqual([
      { name: 'Secret: locked', reason: msg.encryptedEntry() },
      { name: 'Gost: gost', reason: msg.unsupportedAlgorithm('GOST3411_2012_256') },
      { name: 'Empty: empty', reason: msg.noSecret() },
    ]);
    // RFC 6238 test vector: SHA-1, 8 digits at T=59 s is 94287082.
    // Battle.net codes are 8-digit SHA-1 TOTP; RFC 6238's vector at T = 59 s pins the computation down.
    expect(totpCode(RFC_KEY, { algorithm: 'SHA1', digits: 8, period: 30 }, 59_000)).toBe('94287082');
    expect(codeOf(preview.entries[2]!)).toBe(totpCode(RFC_KEY, { algorithm: 'SHA1', digits: 8, period: 30 }, NOW));
  });
});

// A protobuf writer for the test side only, so the payload is built independently of the reader under test.
const varint = (n: number): number[] => {
  const out: number[] = [];
  do {
    out.push((n & 0x7f) | (n > 0x7f ? 0x80 : 0));
    n = Math.floor(n / 128);
  } while (n > 0);
  return out;
};
const field = (num: number, value: number | Uint8Array | string): number[] => {
  if (typeof value === 'number') return [...varint(num << 3), ...varint(value)];
  const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
  return [...varint((num << 3) | 2), ...varint(bytes.length), ...bytes];
};
const otpParameters = (name: string, issuer: string, algorithm: number, digits: number, type: number, counter = 0) =>
  new Uint8Array([
    ...field(1, RFC_KEY),
    ...field(2, name),
    ...field(3, issuer),
    ...field(4, algorithm),
    ...field(5, digits),
    ...field(6, type),
    ...field(7, counter),
  ]);
const migrationUri = (entries: Uint8Array[]) =>
  `otpauth-migration://offline?data=${encodeURIComponent(bytesToBase64(new Uint8Array([...entries.flatMap((e) => field(1, e)), ...field(2, 1), ...field(3, 1), ...field(4, 0)])))}`;

describe('Google Authenticator export links', () => {
  it('reads every account of every link, and lists the ones it cannot use', async () => {
    const first = migrationUri([otpParameters('Example:alice', 'Example', 1, 1, 2), otpParameters('bob', 'Counter', 2, 2, 1, 5)]);
    const second = migrationUri([otpParameters('md5', 'Old', 4, 1, 2)]);
    const preview = await readImportFile(file(`${first}\n${second}\n`, 'qr.txt'));
    expect(preview.format).toBe('Google Authenticator export');
    expect(preview.entries).toEqual([
      { kind: 'totp', issuer: 'Example', label: 'alice', secret: RFC_SECRET, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 },
      { kind: 'hotp', issuer: 'Counter', label: 'bob', secret: RFC_SECRET, algorithm: 'SHA256', digits: 8, period: 30, counter: 5 },
    ]);
    expect(preview.failures).toHaveLength(1);
    expect(preview.failures[0]!.name).toContain('md5');
  });

  it('mixes with plain otpauth links', async () => {
    const preview = await readImportFile(
      file(`${migrationUri([otpParameters('a', 'A', 1, 1, 2)])}\notpauth://totp/B:b?secret=${RFC_SECRET}\n`),
    );
    expect(preview.format).toBe('otpauth links');
    expect(preview.entries.map((e) => e.issuer)).toEqual(['A', 'B']);
  });
});

describe('entries that cannot be imported', () => {
  it('lists MD5, unknown types, empty and bad secrets, and imports the rest', async () => {
    const aegis = {
      version: 1,
      header: { slots: null, params: null },
      db: {
        version: 2,
        entries: [
          { type: 'totp', name: 'ok', issuer: 'Good', info: { secret: RFC_SECRET, algo: 'SHA1', digits: 6, period: 30 } },
          { type: 'totp', name: 'md5', issuer: 'Old', info: { secret: RFC_SECRET, algo: 'MD5', digits: 6, period: 30 } },
          { type: 'motp', name: 'm', issuer: 'Mobile', info: { secret: RFC_SECRET, algo: 'MD5', digits: 6, period: 10 } },
          { type: 'totp', name: 'empty', issuer: 'E', info: { secret: '', algo: 'SHA1', digits: 6, period: 30 } },
          { type: 'totp', name: 'bad', issuer: 'B', info: { secret: 'NOT BASE32 !!', algo: 'SHA1', digits: 6, period: 30 } },
          { type: 'totp', name: 'long', issuer: 'D', info: { secret: RFC_SECRET, algo: 'SHA1', digits: 10, period: 30 } },
          'garbage',
        ],
      },
    };
    const preview = await readImportFile(file(JSON.stringify(aegis)));
    expect(preview.entries.map((e) => e.issuer)).toEqual(['Good']);
    expect(preview.failures.map((f) => f.name)).toEqual(['Old: md5', 'Mobile: m', 'E: empty', 'B: bad', 'D: long', 'Entry 7']);
    expect(preview.failures[0]!.reason).toContain('MD5');
    expect(preview.failures[1]!.reason).toContain('motp');
    expect(preview.failures[2]!.reason).toBe(msg.noSecret());
    expect(preview.failures[3]!.reason).toContain('Base32');
  });

  it('keeps going past a bad otpauth line', async () => {
    const preview = await readImportFile(
      file(`otpauth://totp/A:a?secret=${RFC_SECRET}\nnot a link\notpauth://totp/B:b?secret=${RFC_SECRET}&algorithm=MD5\n`),
    );
    expect(preview.entries).toHaveLength(1);
    expect(preview.failures.map((f) => f.name)).toEqual(['Line 2', 'Line 3']);
  });
});

describe('Bitwarden details', () => {
  it('reads bare secrets and steam:// links, skips items without TOTP', async () => {
    const csv = `folder,favorite,type,name,notes,fields,login_uri,login_username,login_password,login_totp\n,,login,"Site, Inc",,,,me@x.com,pw,${RFC_SECRET.toLowerCase()}\n,,login,No TOTP,,,,u,p,\n`;
    const preview = await readImportFile(file(csv, 'bitwarden.csv'));
    expect(preview.entries).toEqual([
      { kind: 'totp', issuer: 'Site, Inc', label: 'me@x.com', secret: RFC_SECRET, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 },
    ]);
    expect(preview.failures).toEqual([]);
  });

  // The password-protected export is read (encrypted-exports.test.ts); the account-restricted one needs the Bitwarden account's key.
  it('refuses an account-restricted encrypted export with a clear message', async () => {
    const error = await readImportFile(file(JSON.stringify({ encrypted: true, encKeyValidation_DO_NOT_EDIT: '2.x|y|z', data: 'x' }))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(msg.bitwardenEncrypted());
  });
});

describe('large plain otpauth lists', () => {
  it('reads 10,000 links', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `otpauth://hotp/Site${i}:user${i}?secret=${RFC_SECRET}&counter=${i}`);
    const preview = await readImportFile(file(lines.join('\n')));
    expect(preview.entries).toHaveLength(10_000);
    expect(preview.failures).toHaveLength(0);
    const last = preview.entries[9_999]!;
    expect(hotpCode(RFC_KEY, { algorithm: 'SHA1', digits: 6, counter: 9_999 })).toBe(codeOf(last));
  });
});
