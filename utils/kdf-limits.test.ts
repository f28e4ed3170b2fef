import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as hashWasm from 'hash-wasm';
import { argon2id, scrypt } from 'hash-wasm';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { CHEAP_KDF } from '@/tests/unit/vault-env';
import { BackupError, openBackup, sealBackup } from '@/utils/backup/backup-file';
import { ImportError, readImportFile } from '@/utils/import';
import { PEER_DIR } from '@/tests/unit/import-support';
import {
  ARGON2ID_LIMITS,
  argon2idExcess,
  BITWARDEN_PBKDF2_MAX_ITERATIONS,
  ENTE_ARGON2ID_LIMITS,
  PBKDF2_MAX_ITERATIONS,
  pbkdf2Excess,
  PROTON_ARGON2ID,
  scryptExcess,
  STRATUM_ARGON2ID,
  STRATUM_LEGACY_PBKDF2_ITERATIONS,
} from '@/utils/kdf-limits';
import { DEFAULT_SETTINGS } from '@/utils/storage';
import { DEFAULT_ARGON2ID } from '@/utils/vault/kdf';

// Spies around the real derivations: a refused file must be refused before any of them runs.
vi.mock('hash-wasm', async (importOriginal) => {
  const real = await importOriginal<typeof hashWasm>();
  return { ...real, argon2id: vi.fn(real.argon2id), scrypt: vi.fn(real.scrypt) };
});

const peer = (name: string) => new Uint8Array(readFileSync(path.join(PEER_DIR, name)));
let deriveBits: MockInstance<SubtleCrypto['deriveBits']>;

beforeEach(() => {
  vi.mocked(argon2id).mockClear();
  vi.mocked(scrypt).mockClear();
  deriveBits = vi.spyOn(crypto.subtle, 'deriveBits');
});
afterEach(() => deriveBits.mockRestore());

async function failureOf(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Error);
  return error as Error;
}

describe("Tessera's own backup: Argon2id", () => {
  const backup = () => sealBackup({ accounts: [], settings: DEFAULT_SETTINGS }, 'backup password 123', new Date(0), CHEAP_KDF);
  const withKdf = async (kdf: Record<string, number>) => {
    const file = JSON.parse(await backup()) as { kdf: Record<string, unknown> };
    return JSON.stringify({ ...file, kdf: { ...file.kdf, ...kdf } });
  };

  it.each([
    ['2^31 iterations', { iterations: 2 ** 31 }],
    ['4 GiB of memory', { memoryKiB: 4 * 1024 * 1024 }],
    ['1 GiB × 8 passes', { memoryKiB: 1024 * 1024, iterations: 8 }],
    ['parallelism 1000', { memoryKiB: 8 * 1000, parallelism: 1000 }],
  ])('refuses %s before deriving, saying so', async (_name, kdf) => {
    const text = await withKdf(kdf);
    vi.mocked(argon2id).mockClear();
    const error = await failureOf(openBackup(text, 'backup password 123'));
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('too-costly');
    expect(error.message).toMatch(/^This file asks for more work than Tessera allows: Argon2id/);
    expect(argon2id).not.toHaveBeenCalled();
  });

  it("allows Tessera's default and a few times more", () => {
    expect(argon2idExcess(DEFAULT_ARGON2ID.memoryKiB, DEFAULT_ARGON2ID.iterations, DEFAULT_ARGON2ID.parallelism)).toBeNull();
    expect(argon2idExcess(ARGON2ID_LIMITS.maxMemoryKiB, 2, 4)).toBeNull();
  });

  it('still opens a backup within the caps', async () => {
    const text = await backup();
    vi.mocked(argon2id).mockClear();
    expect(await openBackup(text, 'backup password 123')).toMatchObject({ accounts: [], rejected: [] });
    expect(argon2id).toHaveBeenCalledTimes(1);
  });
});

describe('Aegis: scrypt', () => {
  const aegis = (slot: Record<string, number>) => {
    const file = JSON.parse(new TextDecoder().decode(peer('aegis_encrypted.json'))) as { header: { slots: Record<string, unknown>[] } };
    file.header.slots = file.header.slots.map((s) => ({ ...s, ...slot }));
    return { name: 'aegis.json', bytes: new TextEncoder().encode(JSON.stringify(file)) };
  };

  it.each([
    ['N = 2^20', { n: 2 ** 20 }],
    ['N = 2^16, r = 8, p = 16', { n: 2 ** 16, p: 16 }],
    ['r = 1024', { r: 1024 }],
    ['N = 2^40', { n: 2 ** 40 }],
  ])('refuses %s before deriving, saying so', async (_name, slot) => {
    const error = await failureOf(readImportFile(aegis(slot), 'test'));
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('too-costly');
    expect(error.message).toMatch(/^This file asks for more work than Tessera allows: scrypt N = /);
    expect(scrypt).not.toHaveBeenCalled();
  });

  it("allows Aegis's default (N = 2^15, r = 8, p = 1) and up to 8 times its work", async () => {
    expect(scryptExcess(2 ** 15, 8, 1)).toBeNull();
    expect(scryptExcess(2 ** 18, 8, 1)).toBeNull();
    expect(scryptExcess(2 ** 19, 8, 1)).not.toBeNull();
    expect((await readImportFile(aegis({}), 'test')).entries).toHaveLength(7);
    expect(scrypt).toHaveBeenCalledTimes(1);
  });
});

describe('andOTP: PBKDF2', () => {
  const andOtp = (iterations: number) => {
    const bytes = peer('andotp_encrypted.bin');
    new DataView(bytes.buffer).setUint32(0, iterations, false);
    return { name: 'andotp.bin', bytes };
  };
  const pbkdf2Calls = () => deriveBits.mock.calls.filter((call) => (call[0] as { name: string }).name === 'PBKDF2');

  it.each([2 ** 31, PBKDF2_MAX_ITERATIONS + 1])('refuses %d iterations without deriving, saying so', async (iterations) => {
    const error = await failureOf(readImportFile(andOtp(iterations), 'test'));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/asks for more work than Tessera allows \(PBKDF2 [\d,]+ iterations/);
    expect(pbkdf2Calls()).toEqual([]);
  });

  it("opens andOTP's own count", async () => {
    expect(new DataView(peer('andotp_encrypted.bin').buffer).getUint32(0, false)).toBeLessThan(PBKDF2_MAX_ITERATIONS);
    expect((await readImportFile({ name: 'andotp.bin', bytes: peer('andotp_encrypted.bin') }, 'test')).entries).toHaveLength(7);
    expect(pbkdf2Calls()).toHaveLength(1);
  });
});

describe('Stratum, Proton Authenticator and Bitwarden', () => {
  it("holds Stratum's and Proton's fixed parameters (the files carry none) to the caps", () => {
    expect(argon2idExcess(STRATUM_ARGON2ID.memoryKiB, STRATUM_ARGON2ID.iterations, STRATUM_ARGON2ID.parallelism)).toBeNull();
    expect(pbkdf2Excess(STRATUM_LEGACY_PBKDF2_ITERATIONS)).toBeNull();
    expect(argon2idExcess(PROTON_ARGON2ID.memoryKiB, PROTON_ARGON2ID.iterations, PROTON_ARGON2ID.parallelism)).toBeNull();
  });

  it('allows every PBKDF2 count Bitwarden can write (up to 2,000,000) and no more', () => {
    expect(pbkdf2Excess(600_000, BITWARDEN_PBKDF2_MAX_ITERATIONS)).toBeNull();
    expect(pbkdf2Excess(2_000_000, BITWARDEN_PBKDF2_MAX_ITERATIONS)).toBeNull();
    expect(pbkdf2Excess(2_000_001, BITWARDEN_PBKDF2_MAX_ITERATIONS)).toBe('PBKDF2 2,000,001 iterations (at most 2,000,000)');
    // Bitwarden's Argon2id default, 64 MiB × 3 with 4 lanes.
    expect(argon2idExcess(64 * 1024, 3, 4)).toBeNull();
  });
});

describe('Ente Auth', () => {
  it('allows exactly the work every Ente export carries (1 GiB × 4, or 256 MiB × 16 and the like), one lane', () => {
    expect(argon2idExcess(1024 * 1024, 4, 1, ENTE_ARGON2ID_LIMITS)).toBeNull();
    expect(argon2idExcess(256 * 1024, 16, 1, ENTE_ARGON2ID_LIMITS)).toBeNull();
    expect(argon2idExcess(128 * 1024, 32, 1, ENTE_ARGON2ID_LIMITS)).toBeNull();
    expect(argon2idExcess(256 * 1024, 17, 1, ENTE_ARGON2ID_LIMITS)).not.toBeNull();
    expect(argon2idExcess(2 * 1024 * 1024, 2, 1, ENTE_ARGON2ID_LIMITS)).not.toBeNull();
    // The general cap stays as it was: Ente's work is allowed for Ente files only.
    expect(argon2idExcess(256 * 1024, 16, 1)).not.toBeNull();
  });
});
