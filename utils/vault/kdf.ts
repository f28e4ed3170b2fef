import { argon2id } from 'hash-wasm';
import { randomBytes, utf8 } from '@/utils/bytes';

export interface Argon2idParams {
  alg: 'argon2id';
  /** KiB of memory. */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: Uint8Array<ArrayBuffer>;
}

// Measured in Chromium 156 on this 2-core machine (README → Security): about 0.75 s per derivation.
export const DEFAULT_ARGON2ID: Omit<Argon2idParams, 'salt'> = {
  alg: 'argon2id',
  memoryKiB: 128 * 1024,
  iterations: 4,
  parallelism: 1,
};

export function freshArgon2idParams(base: Omit<Argon2idParams, 'salt'> = DEFAULT_ARGON2ID): Argon2idParams {
  return { ...base, salt: randomBytes(16) };
}

/** The raw Argon2id output for a passphrase (32 bytes); the caller wipes it after use. */
export async function derivePassphraseBytes(passphrase: string, params: Argon2idParams): Promise<Uint8Array<ArrayBuffer>> {
  const hash = await argon2id({
    password: utf8.encode(passphrase.normalize('NFC')),
    salt: params.salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  const raw = new Uint8Array(hash);
  hash.fill(0);
  return raw;
}

/** Derives the key-encryption key that wraps the vault's data key. */
export async function deriveKeyFromPassphrase(passphrase: string, params: Argon2idParams): Promise<CryptoKey> {
  const raw = await derivePassphraseBytes(passphrase, params);
  try {
    return await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  } finally {
    raw.fill(0);
  }
}
