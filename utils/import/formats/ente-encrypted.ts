import { argon2id } from 'hash-wasm';
import { utf8 } from '@/utils/bytes';
import { decodeBase64 } from '@/utils/import/base64';
import { ImportError } from '@/utils/import/errors';
import { readOtpauthList } from '@/utils/import/formats/otpauth-list';
import { isRecord, type JsonRecord } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import {
  SECRETSTREAM_HEADER_BYTES,
  SECRETSTREAM_OVERHEAD,
  secretstreamOpenOne,
  secretstreamPeek,
  TAG_FINAL,
  TAG_MESSAGE,
} from '@/utils/import/secretstream';
import { argon2idExcess, ENTE_ARGON2ID_LIMITS } from '@/utils/kdf-limits';
import type { ImportPreview } from '@/utils/import/types';

const ENCRYPTED = 'Ente Auth (encrypted)';

/**
 * Ente Auth's encrypted export (ente docs, auth/migration/export): {"version": 1, "kdfParams": {memLimit (bytes),
 * opsLimit, salt}, "encryptedData", "encryptionNonce"}: libsodium crypto_pwhash (Argon2id v1.3, one lane) gives the
 * key of a one-message XChaCha20-Poly1305 secretstream whose header is encryptionNonce; inside, otpauth links.
 */
export const isEnteEncrypted = (json: unknown): json is JsonRecord =>
  isRecord(json) && isRecord(json.kdfParams) && typeof json.encryptedData === 'string' && typeof json.encryptionNonce === 'string';

const isPositiveInteger = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

export async function readEnteEncrypted(json: JsonRecord, password: string | undefined): Promise<ImportPreview> {
  const kdf = json.kdfParams as JsonRecord;
  const { memLimit, opsLimit } = kdf;
  if (json.version !== 1 || !isPositiveInteger(memLimit) || !isPositiveInteger(opsLimit) || memLimit < 8 * 1024)
    throw new ImportError('corrupt', msg.unsupportedKdf(ENCRYPTED));
  const salt = decodeBase64(kdf.salt);
  const header = decodeBase64(json.encryptionNonce);
  const sealed = decodeBase64(json.encryptedData);
  if (
    !salt ||
    salt.length !== 16 ||
    !header ||
    header.length !== SECRETSTREAM_HEADER_BYTES ||
    !sealed ||
    sealed.length < SECRETSTREAM_OVERHEAD
  )
    throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
  if (password === undefined) throw new ImportError('password-needed', msg.passwordNeeded(ENCRYPTED));
  // libsodium counts memory in bytes and uses KiB blocks, one lane.
  const memoryKiB = Math.floor(memLimit / 1024);
  const excess = argon2idExcess(memoryKiB, opsLimit, 1, ENTE_ARGON2ID_LIMITS);
  if (excess) throw new ImportError('too-costly', msg.tooCostly(excess));
  const key = await argon2id({
    password: utf8.encode(password),
    salt,
    memorySize: memoryKiB,
    iterations: opsLimit,
    parallelism: 1,
    hashLength: 32,
    outputType: 'binary',
  });
  try {
    const opened = secretstreamOpenOne(key, header, sealed);
    if (!opened) {
      // The right key still turns the start into an otpauth link when the file was only cut short.
      const start = new TextDecoder('latin1').decode(secretstreamPeek(key, header, sealed));
      if (/^\s*otpauth/.test(start)) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
      throw new ImportError('wrong-password', msg.wrongPassword(ENCRYPTED));
    }
    if (opened.tag !== TAG_FINAL && opened.tag !== TAG_MESSAGE) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(opened.message);
    } catch {
      throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
    }
    if (text.trim() === '') throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
    return { ...readOtpauthList(text), format: ENCRYPTED };
  } finally {
    key.fill(0);
  }
}
