import { argon2id } from 'hash-wasm';
import { utf8 } from '@/utils/bytes';
import { aesCbcOpen, aesCbcPeek, aesGcmOpen, aesGcmPeek, looksLikeJsonStart, pbkdf2 } from '@/utils/import/crypto';
import { ImportError } from '@/utils/import/errors';
import { readStratum, isStratum } from '@/utils/import/formats/stratum';
import * as msg from '@/utils/import/messages';
import { argon2idExcess, pbkdf2Excess, STRATUM_ARGON2ID, STRATUM_LEGACY_PBKDF2_ITERATIONS } from '@/utils/kdf-limits';
import type { ImportPreview } from '@/utils/import/types';
import { decryptedJson } from '@/utils/import/decrypted-json';

const ENCRYPTED = 'Stratum (encrypted)';
const LEGACY = 'Authenticator Pro (encrypted)';

/**
 * Stratum's encrypted backup (what it writes today): "AUTHENTICATORPRO" ‖ salt (16) ‖ IV (12) ‖ AES-256-GCM
 * ciphertext ‖ tag (16), keyed with Argon2id over the UTF-8 password (parameters fixed by the app).
 */
export const STRATUM_MAGIC = 'AUTHENTICATORPRO';
/**
 * Its predecessor Authenticator Pro's backup, still read by Stratum and Aegis: "AuthenticatorPro" ‖ salt (20) ‖
 * IV (16) ‖ AES-256-CBC/PKCS#7 ciphertext, keyed with PBKDF2-HMAC-SHA1, 64,000 iterations.
 */
export const STRATUM_LEGACY_MAGIC = 'AuthenticatorPro';

const HEADER = STRATUM_MAGIC.length;
const STRONG = { salt: 16, iv: 12 };
const LEGACY_LAYOUT = { salt: 20, iv: 16 };

/** Which Stratum header the bytes start with, if any. */
export function stratumHeader(bytes: Uint8Array): 'strong' | 'legacy' | null {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, HEADER));
  if (start === STRATUM_MAGIC) return 'strong';
  if (start === STRATUM_LEGACY_MAGIC) return 'legacy';
  return null;
}

export async function readStratumEncrypted(bytes: Uint8Array, password: string | undefined): Promise<ImportPreview> {
  return stratumHeader(bytes) === 'legacy' ? readLegacy(bytes, password) : readStrong(bytes, password);
}

async function readStrong(bytes: Uint8Array, password: string | undefined): Promise<ImportPreview> {
  const ivEnd = HEADER + STRONG.salt + STRONG.iv;
  // Too short to hold even the GCM tag: cut off, and no password can help.
  if (bytes.length < ivEnd + 16) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
  if (password === undefined) throw new ImportError('password-needed', msg.passwordNeeded(ENCRYPTED));
  const { memoryKiB, iterations, parallelism } = STRATUM_ARGON2ID;
  const excess = argon2idExcess(memoryKiB, iterations, parallelism);
  if (excess) throw new ImportError('too-costly', msg.tooCostly(excess));
  const key = await argon2id({
    password: utf8.encode(password),
    salt: bytes.slice(HEADER, HEADER + STRONG.salt),
    memorySize: memoryKiB,
    iterations,
    parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  try {
    const iv = bytes.subarray(HEADER + STRONG.salt, ivEnd);
    const sealed = bytes.subarray(ivEnd);
    const plain = await aesGcmOpen(key, iv, sealed);
    if (plain) return readBackupJson(plain, ENCRYPTED);
    // The tag fails. The right key still turns the first block into JSON when the file was only cut short.
    if (looksLikeJsonStart(await aesGcmPeek(key, iv, sealed))) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
    throw new ImportError('wrong-password', msg.wrongPassword(ENCRYPTED));
  } finally {
    key.fill(0);
  }
}

async function readLegacy(bytes: Uint8Array, password: string | undefined): Promise<ImportPreview> {
  const ivEnd = HEADER + LEGACY_LAYOUT.salt + LEGACY_LAYOUT.iv;
  const sealed = bytes.subarray(ivEnd);
  // CBC ciphertext is whole 16-byte blocks; anything else was cut off or damaged.
  if (sealed.length === 0 || sealed.length % 16 !== 0) throw new ImportError('corrupt', msg.corrupt(LEGACY));
  if (password === undefined) throw new ImportError('password-needed', msg.passwordNeeded(LEGACY));
  const excess = pbkdf2Excess(STRATUM_LEGACY_PBKDF2_ITERATIONS);
  if (excess) throw new ImportError('too-costly', msg.tooCostly(excess));
  const key = await pbkdf2(password, bytes.subarray(HEADER, HEADER + LEGACY_LAYOUT.salt), STRATUM_LEGACY_PBKDF2_ITERATIONS, 'SHA-1');
  try {
    const iv = bytes.subarray(HEADER + LEGACY_LAYOUT.salt, ivEnd);
    // CBC has no tag: the first block tells a right key (JSON) from a wrong one before the padding is trusted.
    const rightKey = looksLikeJsonStart(await aesCbcPeek(key, iv, sealed));
    if (!rightKey) throw new ImportError('wrong-password', msg.wrongPassword(LEGACY));
    const plain = await aesCbcOpen(key, iv, sealed);
    if (!plain) throw new ImportError('corrupt', msg.corrupt(LEGACY));
    return readBackupJson(plain, LEGACY);
  } finally {
    key.fill(0);
  }
}

function readBackupJson(plain: Uint8Array<ArrayBuffer>, format: string): ImportPreview {
  const json = decryptedJson(plain, format);
  if (!isStratum(json)) throw new ImportError('corrupt', msg.corrupt(format));
  return readStratum(json, format);
}
