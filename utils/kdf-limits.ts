/**
 * The most key-derivation work a file may ask for. Files are untrusted: a crafted one could ask for 2^31 Argon2id
 * passes or gigabytes of scrypt memory and freeze the background for minutes. Every reader checks its file's
 * parameters here BEFORE deriving anything, and refuses with the returned explanation when they are over.
 *
 * Each cap is a few times the work of what the format's own app writes by default (measured in Node on this
 * 2-core machine: Aegis's scrypt 0.1 s, at the cap 1 s; andOTP's PBKDF2 0.1 s, at the cap 0.6 s; Tessera's
 * Argon2id 0.9 s, at the cap about 4 s), so a legitimate file, including one from a later, heavier default,
 * opens, and anything far heavier is refused.
 */

const format = (n: number) => n.toLocaleString('en-US');

/** Tessera's backup: default 128 MiB × 4 passes (about 0.75 s in Chromium on a 2-core machine). */
export const ARGON2ID_LIMITS = {
  maxMemoryKiB: 1024 * 1024,
  /** Memory × passes, in KiB: 4 × the default. */
  maxWork: 4 * 128 * 1024 * 4,
  maxParallelism: 16,
} as const;

/** Aegis: scrypt N = 2^15, r = 8, p = 1 (32 MiB) in every Aegis vault. */
export const SCRYPT_LIMITS = {
  /** 128 · N · r bytes of memory: at most 256 MiB. */
  maxNr: 2 ** 21,
  /** N · r · p: 8 × Aegis's default. */
  maxWork: 2 ** 21,
} as const;

/**
 * Stratum's backups carry no KDF parameters: the app hard-codes them (Stratum.Core StrongBackupEncryption and
 * LegacyBackupEncryption), so a file cannot ask for more. They are still held to the caps above (kdf-limits.test.ts).
 */
export const STRATUM_ARGON2ID = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 4 } as const;
/** Authenticator Pro's older backups ("AuthenticatorPro" header): PBKDF2-HMAC-SHA1. */
export const STRATUM_LEGACY_PBKDF2_ITERATIONS = 64_000;

/** Proton Authenticator's password export: Argon2id fixed by the app (19 MiB × 2, p = 1), not read from the file. */
export const PROTON_ARGON2ID = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 } as const;

/** andOTP picks 140,000–160,000 iterations of PBKDF2-HMAC-SHA1. */
export const PBKDF2_MAX_ITERATIONS = 1_000_000;

/**
 * Bitwarden's password-protected export uses the account's KDF settings: PBKDF2-HMAC-SHA256 (default 600,000;
 * Bitwarden itself allows at most 2,000,000, so every such file opens) or Argon2id (default 64 MiB × 3, p = 4;
 * held to ARGON2ID_LIMITS).
 */
export const BITWARDEN_PBKDF2_MAX_ITERATIONS = 2_000_000;

/**
 * Ente Auth derives its export key with libsodium's "sensitive" strength, 1 GiB × 4 passes, or on phones the same
 * work as 256 MiB × 16 (memory halved, passes doubled, until it fits): every Ente export is 4 GiB × passes, twice the
 * general cap and 8 × Tessera's default. Exactly that much is allowed for Ente files, and no more. It is slow: a
 * quarter of it (256 MiB × 4) took 8.1 s in Node on the shared, busy 2-core machine.
 */
export const ENTE_ARGON2ID_LIMITS = {
  maxMemoryKiB: 1024 * 1024,
  maxWork: 1024 * 1024 * 4,
  maxParallelism: 1,
} as const;

/** Null when the Argon2id parameters are within the caps, else what is over them (for the message). */
export function argon2idExcess(
  memoryKiB: number,
  iterations: number,
  parallelism: number,
  limits: { maxMemoryKiB: number; maxWork: number; maxParallelism: number } = ARGON2ID_LIMITS,
): string | null {
  const over = memoryKiB > limits.maxMemoryKiB || memoryKiB * iterations > limits.maxWork || parallelism > limits.maxParallelism;
  if (!over) return null;
  return (
    `Argon2id ${format(memoryKiB)} KiB × ${format(iterations)} passes, parallelism ${format(parallelism)} ` +
    `(at most ${format(limits.maxMemoryKiB)} KiB, ${format(limits.maxWork)} KiB × passes, parallelism ${limits.maxParallelism})`
  );
}

export function scryptExcess(n: number, r: number, p: number): string | null {
  if (n * r <= SCRYPT_LIMITS.maxNr && n * r * p <= SCRYPT_LIMITS.maxWork) return null;
  return `scrypt N = ${format(n)}, r = ${format(r)}, p = ${format(p)} (at most N × r = ${format(SCRYPT_LIMITS.maxNr)} and N × r × p = ${format(SCRYPT_LIMITS.maxWork)})`;
}

export function pbkdf2Excess(iterations: number, max: number = PBKDF2_MAX_ITERATIONS): string | null {
  if (iterations <= max) return null;
  return `PBKDF2 ${format(iterations)} iterations (at most ${format(max)})`;
}
