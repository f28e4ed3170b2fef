import { argon2id } from 'hash-wasm';
import { utf8 } from '@/utils/bytes';
import { decodeBase64 } from '@/utils/import/base64';
import { aesCbcOpen, hmacSha256, pbkdf2, sha256 } from '@/utils/import/crypto';
import { ImportError } from '@/utils/import/errors';
import { isRecord, type JsonRecord } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import { argon2idExcess, BITWARDEN_PBKDF2_MAX_ITERATIONS, pbkdf2Excess } from '@/utils/kdf-limits';
import { decryptedJson } from '@/utils/import/decrypted-json';

export const BITWARDEN_ENCRYPTED = 'Bitwarden (password-protected JSON)';

/** Bitwarden's "password protected" export; the "account restricted" one needs the account's own key instead. */
export const isBitwardenPasswordProtected = (json: JsonRecord): boolean => json.encrypted === true && json.passwordProtected === true;

interface EncString {
  iv: Uint8Array;
  data: Uint8Array;
  mac: Uint8Array;
}

/** Bitwarden's EncString type 2 (AES-256-CBC + HMAC-SHA256): "2." base64(iv) "|" base64(data) "|" base64(mac). */
function encString(value: unknown): EncString | null {
  if (typeof value !== 'string' || !value.startsWith('2.')) return null;
  const parts = value.slice(2).split('|').map(decodeBase64);
  if (parts.length !== 3) return null;
  const [iv, data, mac] = parts;
  if (!iv || !data || !mac || iv.length !== 16 || mac.length !== 32) return null;
  return { iv, data, mac };
}

const isPositiveInteger = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

/** The 32-byte key the export's password and salt derive, per the file's KDF; refused before any work when over the caps. */
async function masterKey(json: JsonRecord, password: string): Promise<Uint8Array> {
  const salt = typeof json.salt === 'string' ? utf8.encode(json.salt) : null;
  const { kdfType, kdfIterations: iterations, kdfMemory: memoryMiB, kdfParallelism: parallelism } = json;
  if (!salt || salt.length === 0 || !isPositiveInteger(iterations))
    throw new ImportError('corrupt', msg.unsupportedKdf(BITWARDEN_ENCRYPTED));
  if (kdfType === 0) {
    const excess = pbkdf2Excess(iterations, BITWARDEN_PBKDF2_MAX_ITERATIONS);
    if (excess) throw new ImportError('too-costly', msg.tooCostly(excess));
    return pbkdf2(password, salt, iterations, 'SHA-256');
  }
  if (kdfType === 1 && isPositiveInteger(memoryMiB) && isPositiveInteger(parallelism)) {
    const excess = argon2idExcess(memoryMiB * 1024, iterations, parallelism);
    if (excess) throw new ImportError('too-costly', msg.tooCostly(excess));
    // Bitwarden hashes the salt first (Argon2 wants a fixed-length salt) and counts memory in MiB.
    return argon2id({
      password: utf8.encode(password),
      salt: await sha256(salt),
      memorySize: memoryMiB * 1024,
      iterations,
      parallelism,
      hashLength: 32,
      outputType: 'binary',
    });
  }
  throw new ImportError('corrupt', msg.unsupportedKdf(BITWARDEN_ENCRYPTED));
}

async function macMatches(macKey: Uint8Array, value: EncString): Promise<boolean> {
  const joined = new Uint8Array(value.iv.length + value.data.length);
  joined.set(value.iv);
  joined.set(value.data, value.iv.length);
  const mac = await hmacSha256(macKey, joined);
  return mac.length === value.mac.length && mac.every((byte, i) => byte === value.mac[i]);
}

/** The plain Bitwarden JSON export inside a password-protected one. */
export async function openBitwardenPasswordProtected(json: JsonRecord, password: string | undefined): Promise<JsonRecord> {
  const validation = encString(json.encKeyValidation_DO_NOT_EDIT);
  const data = encString(json.data);
  if (!validation || !data) throw new ImportError('corrupt', msg.corrupt(BITWARDEN_ENCRYPTED));
  if (password === undefined) throw new ImportError('password-needed', msg.passwordNeeded(BITWARDEN_ENCRYPTED));
  const master = await masterKey(json, password);
  // Bitwarden stretches the derived key with HKDF-Expand-SHA256 (no extract step): one block each for "enc" and "mac".
  const encKey = await hmacSha256(master, utf8.encode('enc\u0001'));
  const macKey = await hmacSha256(master, utf8.encode('mac\u0001'));
  master.fill(0);
  try {
    // The validation string is there to tell a wrong password from a damaged file: its MAC only checks with the right key.
    if (!(await macMatches(macKey, validation))) throw new ImportError('wrong-password', msg.wrongPassword(BITWARDEN_ENCRYPTED));
    if (!(await macMatches(macKey, data))) throw new ImportError('corrupt', msg.corrupt(BITWARDEN_ENCRYPTED));
    const plain = await aesCbcOpen(encKey, data.iv, data.data);
    if (!plain) throw new ImportError('corrupt', msg.corrupt(BITWARDEN_ENCRYPTED));
    const inner = decryptedJson(plain, BITWARDEN_ENCRYPTED);
    if (!isRecord(inner) || !Array.isArray(inner.items)) throw new ImportError('corrupt', msg.corrupt(BITWARDEN_ENCRYPTED));
    return inner;
  } finally {
    encKey.fill(0);
    macKey.fill(0);
  }
}
