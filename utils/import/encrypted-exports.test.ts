import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as hashWasm from 'hash-wasm';
import { argon2id } from 'hash-wasm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readImportFile, type ImportError } from '@/utils/import';
import { expectLikePlain, PEER_DIR, referenceEntries } from '@/tests/unit/import-support';
import {
  andOtpOld,
  bitwardenPasswordProtected,
  enteEncrypted,
  protonPasswordExport,
  secretstreamPush,
  stratumLegacy,
  stratumStrong,
  type BitwardenKdf,
} from '@/tests/unit/encrypt-like-apps';

// Every encrypted variant is built here from the plain peer file of the same vault, encrypted the way the app does
// (tests/unit/encrypt-like-apps.ts, written with node:crypto and @noble/hashes, not the code under test), then
// imported with its password and checked entry by entry against plain.txt, as peer-files.test.ts does.

vi.mock('hash-wasm', async (importOriginal) => {
  const real = await importOriginal<typeof hashWasm>();
  return { ...real, argon2id: vi.fn(real.argon2id) };
});

const PASSWORD = 'correct horse 🐎 battery';
const plain = (name: string) => new Uint8Array(readFileSync(path.join(PEER_DIR, name)));
const file = (bytes: Uint8Array | string) => ({
  name: 'export',
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
});
const reference = referenceEntries();
const ALL = [...reference.keys()];
const secretOf = (issuer: string) => [...reference.values()].find((d) => d.issuer === issuer)!.secret;

async function refusal(bytes: Uint8Array | string, password?: string): Promise<ImportError> {
  const outcome = await readImportFile(file(bytes), password).then(
    () => null,
    (e: unknown) => e as ImportError,
  );
  expect(outcome, 'the import must be refused').not.toBeNull();
  return outcome!;
}

// Braces: a function returned from beforeEach would be run as its teardown.
beforeEach(() => {
  vi.mocked(argon2id).mockClear();
});

describe('Stratum encrypted backup ("AUTHENTICATORPRO": Argon2id + AES-256-GCM)', () => {
  let backup: Uint8Array;
  beforeAll(() => {
    backup = stratumStrong(plain('stratum_plain.json'), PASSWORD);
  }, 60_000);

  it('imports with the password, every entry like plain.txt', async () => {
    const preview = await readImportFile(file(backup), PASSWORD);
    expect(preview.format).toBe('Stratum (encrypted)');
    expect(preview.failures).toEqual([]);
    expectLikePlain(preview.entries, ALL);
  });

  it('asks for the password before deriving anything', async () => {
    const error = await refusal(backup);
    expect(error.code).toBe('password-needed');
    expect(error.message).toBe('This Stratum (encrypted) backup is encrypted. Enter its password to import it.');
    expect(argon2id).not.toHaveBeenCalled();
  });

  it('says a wrong password is wrong', async () => {
    const error = await refusal(backup, 'correct horse battery');
    expect(error.code).toBe('wrong-password');
    expect(error.message).toBe("That password doesn't open this Stratum (encrypted) backup. Check it and try again.");
  });

  it.each([
    ['cut off mid-ciphertext', (b: Uint8Array) => b.slice(0, b.length - 100)],
    ['missing its tag', (b: Uint8Array) => b.slice(0, b.length - 16)],
    ['one flipped byte in the middle', (b: Uint8Array) => b.map((x, i) => (i === b.length >> 1 ? x ^ 1 : x))],
  ])('says a file %s is damaged, with the right password', async (_name, damage) => {
    const error = await refusal(damage(backup), PASSWORD);
    expect(error.code).toBe('corrupt');
    expect(error.message).toBe("This Stratum (encrypted) file is damaged or incomplete, so it can't be imported.");
  });

  it('says a file cut off inside its header is damaged, without asking for a password', async () => {
    const error = await refusal(backup.slice(0, 40));
    expect(error.code).toBe('corrupt');
    expect(argon2id).not.toHaveBeenCalled();
  });
});

describe('Authenticator Pro / Stratum legacy backup ("AuthenticatorPro": PBKDF2-SHA1 + AES-256-CBC)', () => {
  const backup = stratumLegacy(plain('stratum_plain.json'), PASSWORD);

  it('imports with the password, every entry like plain.txt', async () => {
    const preview = await readImportFile(file(backup), PASSWORD);
    expect(preview.format).toBe('Authenticator Pro (encrypted)');
    expect(preview.failures).toEqual([]);
    expectLikePlain(preview.entries, ALL);
  });

  it('asks for the password, and says a wrong one is wrong', async () => {
    expect((await refusal(backup)).code).toBe('password-needed');
    const error = await refusal(backup, 'wrong');
    expect(error.code).toBe('wrong-password');
    expect(error.message).toBe("That password doesn't open this Authenticator Pro (encrypted) backup. Check it and try again.");
  });

  it.each([
    ['cut off mid-block', (b: Uint8Array) => b.slice(0, b.length - 7)],
    ['cut off at a block boundary', (b: Uint8Array) => b.slice(0, b.length - 48)],
  ])('says a file %s is damaged', async (_name, damage) => {
    const error = await refusal(damage(backup), PASSWORD);
    expect(error.code).toBe('corrupt');
    expect(error.message).toBe("This Authenticator Pro (encrypted) file is damaged or incomplete, so it can't be imported.");
  });
});

describe('Bitwarden password-protected JSON export (PBKDF2-SHA256 or Argon2id, AES-256-CBC + HMAC-SHA256)', () => {
  const SECRETS = [...ALL.filter((s) => reference.get(s)!.kind === 'totp'), secretOf('Boeing')];
  const SALT = 'c2FsdHNhbHRzYWx0c2FsdA==';
  const PBKDF2: BitwardenKdf = { kdfType: 0, kdfIterations: 600_000 };
  const ARGON2: BitwardenKdf = { kdfType: 1, kdfIterations: 3, kdfMemory: 64, kdfParallelism: 4 };
  const exportWith = (kdf: BitwardenKdf) => bitwardenPasswordProtected(plain('bitwarden.json'), PASSWORD, SALT, kdf);
  let argonExport: string;
  beforeAll(() => {
    argonExport = exportWith(ARGON2);
  }, 60_000);

  it.each([
    ['PBKDF2-SHA256, 600,000 iterations', () => exportWith(PBKDF2)],
    ['Argon2id, 64 MiB × 3, p = 4', () => argonExport],
  ])('imports with the password (%s), every entry like plain.txt', async (_name, build) => {
    const preview = await readImportFile(file(build()), PASSWORD);
    expect(preview.format).toBe('Bitwarden (password-protected JSON)');
    expect(preview.failures).toEqual([]);
    expectLikePlain(preview.entries, SECRETS);
  });

  it('asks for the password, and says a wrong one is wrong', async () => {
    expect((await refusal(argonExport)).code).toBe('password-needed');
    const error = await refusal(argonExport, 'wrong');
    expect(error.code).toBe('wrong-password');
    expect(error.message).toBe("That password doesn't open this Bitwarden (password-protected JSON) backup. Check it and try again.");
  });

  it('says damaged data is damaged, not a wrong password', async () => {
    const json = JSON.parse(argonExport) as { data: string };
    const [iv, data, mac] = json.data.slice(2).split('|');
    const cut = { ...json, data: `2.${iv}|${data!.slice(0, -24)}|${mac}` };
    const error = await refusal(JSON.stringify(cut), PASSWORD);
    expect(error.code).toBe('corrupt');
    expect(error.message).toBe("This Bitwarden (password-protected JSON) file is damaged or incomplete, so it can't be imported.");
    // A file cut off mid-JSON is damaged before any password is asked for.
    expect((await refusal(argonExport.slice(0, argonExport.length >> 1), PASSWORD)).code).toBe('corrupt');
  });

  it.each([
    ['PBKDF2 2^31 iterations', { kdfType: 0, kdfIterations: 2 ** 31 }, /PBKDF2 2,147,483,648 iterations \(at most 2,000,000\)/],
    ['Argon2id 4 GiB', { kdfType: 1, kdfIterations: 3, kdfMemory: 4096, kdfParallelism: 4 }, /Argon2id 4,194,304 KiB/],
    [
      'Argon2id 1 GiB × 10 passes',
      { kdfType: 1, kdfIterations: 10, kdfMemory: 1024, kdfParallelism: 4 },
      /Argon2id 1,048,576 KiB × 10 passes/,
    ],
  ])('refuses %s before deriving, saying so', async (_name, kdf, detail) => {
    const deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
    try {
      const error = await refusal(JSON.stringify({ ...JSON.parse(argonExport), ...kdf }), PASSWORD);
      expect(error.code).toBe('too-costly');
      expect(error.message).toMatch(/^This file asks for more work than Tessera allows: /);
      expect(error.message).toMatch(detail);
      expect(argon2id).not.toHaveBeenCalled();
      expect(deriveBits).not.toHaveBeenCalled();
    } finally {
      deriveBits.mockRestore();
    }
  });

  it('still refuses the account-restricted export, which only the Bitwarden account can open', async () => {
    const restricted = { ...JSON.parse(argonExport), passwordProtected: false };
    delete restricted.passwordProtected;
    const error = await refusal(JSON.stringify(restricted), PASSWORD);
    expect(error.code).toBe('unknown-format');
    expect(error.message).toMatch(/Bitwarden export is encrypted/);
  });
});

describe('Proton Authenticator password export (Argon2id + AES-256-GCM with AAD)', () => {
  const TOTP_ONLY = ALL.filter((s) => reference.get(s)!.kind === 'totp');
  let backup: string;
  beforeAll(() => {
    backup = protonPasswordExport(plain('proton_authenticator.json'), PASSWORD);
  }, 60_000);

  it('imports with the password, every entry like plain.txt', async () => {
    const preview = await readImportFile(file(backup), PASSWORD);
    expect(preview.format).toBe('Proton Authenticator (encrypted)');
    expect(preview.failures).toEqual([]);
    expectLikePlain(preview.entries, TOTP_ONLY);
  });

  it('asks for the password before deriving, and says a wrong one is wrong', async () => {
    expect((await refusal(backup)).code).toBe('password-needed');
    expect(argon2id).not.toHaveBeenCalled();
    const error = await refusal(backup, 'wrong');
    expect(error.code).toBe('wrong-password');
    expect(error.message).toBe("That password doesn't open this Proton Authenticator (encrypted) backup. Check it and try again.");
  });

  it('says a cut-off file is damaged, with the right password', async () => {
    const json = JSON.parse(backup) as { content: string };
    const bytes = Buffer.from(json.content, 'base64');
    const cut = { ...json, content: bytes.subarray(0, bytes.length - 40).toString('base64') };
    const error = await refusal(JSON.stringify(cut), PASSWORD);
    expect(error.code).toBe('corrupt');
    expect(error.message).toBe("This Proton Authenticator (encrypted) file is damaged or incomplete, so it can't be imported.");
  });

  it('refuses a version it does not know, without deriving', async () => {
    const error = await refusal(JSON.stringify({ ...JSON.parse(backup), version: 2 }), PASSWORD);
    expect(error.code).toBe('corrupt');
    expect(error.message).toBe("This Proton Authenticator (encrypted) backup uses encryption settings Tessera can't open.");
    expect(argon2id).not.toHaveBeenCalled();
  });
});

describe('Ente Auth encrypted export (libsodium Argon2id + XChaCha20-Poly1305 secretstream)', () => {
  let backup: string;
  beforeAll(() => {
    backup = enteEncrypted(plain('ente_auth.txt'), PASSWORD);
  }, 60_000);

  it("the test's encoder writes what libsodium writes (the vector in secretstream.test.ts)", () => {
    const key = Buffer.from('5c34a6b6d0a242ebb6603f13b805dc5b5eae59a93ca0a09ba8b5731fbea0d2a1', 'hex');
    const header = Buffer.from('MqSyqtv7Dluo1fEJcn+0LUbJ+bNWHw8m', 'base64');
    const message = new TextEncoder().encode(
      'otpauth://totp/Example:alice%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example&algorithm=SHA1&digits=6&period=30\n',
    );
    expect(Buffer.from(secretstreamPush(key, header, message, 3)).toString('base64')).toBe(
      'UQ58MLhQ+ou7hpcW6hiW+ffeAbSlb2x25JqUzqGD6al8GM13Uo+4cX7tDKwLvcPN7qE6RXbKg/kGlt58thi/pgkACtO4WwdfwjSy/xht3NsttdI4H91+oJD5NjJP86iaUMfQpatYATehuAlEIQJkODAWbrXLiDbdJIpPRu6qlLmr/LMPbrbQPCfx7TDEDZHVnXrVpOk=',
    );
  });

  it('imports with the password, every entry like plain.txt', async () => {
    const preview = await readImportFile(file(backup), PASSWORD);
    expect(preview.format).toBe('Ente Auth (encrypted)');
    expect(preview.failures).toEqual([]);
    expectLikePlain(preview.entries, ALL);
  });

  it('asks for the password before deriving, and says a wrong one is wrong', async () => {
    expect((await refusal(backup)).code).toBe('password-needed');
    expect(argon2id).not.toHaveBeenCalled();
    const error = await refusal(backup, 'wrong');
    expect(error.code).toBe('wrong-password');
    expect(error.message).toBe("That password doesn't open this Ente Auth (encrypted) backup. Check it and try again.");
  });

  it('says a cut-off file is damaged, with the right password', async () => {
    const json = JSON.parse(backup) as { encryptedData: string };
    const bytes = Buffer.from(json.encryptedData, 'base64');
    const cut = { ...json, encryptedData: bytes.subarray(0, bytes.length - 50).toString('base64') };
    const error = await refusal(JSON.stringify(cut), PASSWORD);
    expect(error.code).toBe('corrupt');
    expect(error.message).toBe("This Ente Auth (encrypted) file is damaged or incomplete, so it can't be imported.");
  });

  it.each([
    ['4 GiB of memory', { memLimit: 4 * 1024 ** 3, opsLimit: 2 }, /Argon2id 4,194,304 KiB × 2 passes/],
    ['2^31 passes', { memLimit: 64 * 1024 ** 2, opsLimit: 2 ** 31 }, /Argon2id 65,536 KiB × 2,147,483,648 passes/],
    ['more work than Ente writes (256 MiB × 17)', { memLimit: 256 * 1024 ** 2, opsLimit: 17 }, /Argon2id 262,144 KiB × 17 passes/],
  ])('refuses %s before deriving, saying so', async (_name, limits, detail) => {
    const json = JSON.parse(backup) as { kdfParams: Record<string, unknown> };
    const error = await refusal(JSON.stringify({ ...json, kdfParams: { ...json.kdfParams, ...limits } }), PASSWORD);
    expect(error.code).toBe('too-costly');
    expect(error.message).toMatch(/^This file asks for more work than Tessera allows: /);
    expect(error.message).toMatch(detail);
    expect(argon2id).not.toHaveBeenCalled();
  });
});

describe("andOTP's older encrypted backup (no iteration count; key = SHA-256 of the password)", () => {
  const backup = andOtpOld(plain('andotp_plain.json'), PASSWORD);

  it('imports with the password, every entry like plain.txt', async () => {
    const preview = await readImportFile(file(backup), PASSWORD);
    expect(preview.format).toBe('andOTP (encrypted)');
    expect(preview.failures).toEqual([]);
    expectLikePlain(preview.entries, ALL);
  });

  it('says a wrong password is wrong, and a cut-off file is damaged', async () => {
    expect((await refusal(backup, 'wrong')).code).toBe('wrong-password');
    expect((await refusal(backup.slice(0, backup.length - 30), PASSWORD)).code).toBe('corrupt');
  });
});
