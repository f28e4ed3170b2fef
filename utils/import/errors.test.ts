import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportError, readImportFile } from '@/utils/import';
import { peerFile } from '@/tests/unit/import-support';

const ENCRYPTED = ['aegis_encrypted.json', '2fas_authenticator_encrypted_v4.2fas', 'andotp_encrypted.bin'];
const ALL_FILES = [
  'aegis_plain.json',
  'aegis_encrypted.json',
  '2fas_authenticator.json',
  '2fas_authenticator_plain_v4.2fas',
  '2fas_authenticator_encrypted_v4.2fas',
  'andotp_plain.json',
  'andotp_encrypted.bin',
  'bitwarden.csv',
  'bitwarden.json',
  'ente_auth.txt',
  'freeotp_plus.json',
  'proton_authenticator.json',
  'stratum_plain.json',
  'steam.json',
  'plain.txt',
];

async function errorOf(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

describe('encrypted files', () => {
  it.each(ENCRYPTED)('%s: wrong password', async (file) => {
    const error = await errorOf(readImportFile(peerFile(file), 'not the password'));
    expect(error.code).toBe('wrong-password');
    expect(error.message).toMatch(/password/);
  });

  it.each(ENCRYPTED)('%s: no password', async (file) => {
    expect((await errorOf(readImportFile(peerFile(file)))).code).toBe('password-needed');
  });
});

describe('damaged files', () => {
  it.each(ALL_FILES)('%s cut to 60 percent is corrupt or unknown', async (file) => {
    const { name, bytes } = peerFile(file);
    const cut = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    const error = await errorOf(readImportFile({ name, bytes: cut }, 'test'));
    expect(['corrupt', 'unknown-format']).toContain(error.code);
  });

  it('an encrypted andOTP file cut short is reported as damaged, not as a wrong password', async () => {
    const { name, bytes } = peerFile('andotp_encrypted.bin');
    expect((await errorOf(readImportFile({ name, bytes: bytes.subarray(0, bytes.length - 20) }, 'test'))).code).toBe('corrupt');
  });

  it('unknown content names what Tessera reads', async () => {
    const error = await errorOf(readImportFile({ name: 'x.txt', bytes: new TextEncoder().encode('hello world') }));
    expect(error.code).toBe('unknown-format');
    expect(error.message).toContain('Aegis');
    expect((await errorOf(readImportFile({ name: 'x.json', bytes: new TextEncoder().encode('{"a":1}') }))).code).toBe('unknown-format');
    expect((await errorOf(readImportFile({ name: 'x', bytes: new Uint8Array() }))).code).toBe('unknown-format');
  });

  it('random bytes never throw anything but ImportError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
        async (bytes, password) => {
          try {
            await readImportFile({ name: 'random.bin', bytes }, password);
          } catch (error) {
            expect(error).toBeInstanceOf(ImportError);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('random and JSON-like strings never throw anything but ImportError', async () => {
    const jsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ header: {}, db: v })),
      fc.jsonValue().map((v) => JSON.stringify({ services: [v], schemaVersion: 4 })),
      fc.jsonValue().map((v) => JSON.stringify({ tokens: [v] })),
      fc.jsonValue().map((v) => JSON.stringify({ encrypted: false, items: [{ login: { totp: v } }] })),
      fc.jsonValue().map((v) => JSON.stringify({ Authenticators: [v] })),
      fc.jsonValue().map((v) => JSON.stringify({ entries: [{ content: v }] })),
      fc.jsonValue().map((v) => JSON.stringify({ id: { secret: v, type: v, account: 'a' } })),
      fc.jsonValue().map((v) => JSON.stringify([{ secret: v, type: 'TOTP', digits: v }])),
      fc.string().map((s) => `otpauth://totp/a?secret=${s}`),
    );
    await fc.assert(
      fc.asyncProperty(jsonish, async (source) => {
        try {
          const preview = await readImportFile({ name: 'x', bytes: new TextEncoder().encode(source) });
          expect(Array.isArray(preview.entries)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
