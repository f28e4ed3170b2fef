import { argon2id } from 'hash-wasm';
import { utf8 } from '@/utils/bytes';
import { decodeBase64 } from '@/utils/import/base64';
import { aesGcmOpen, aesGcmPeek, looksLikeJsonStart } from '@/utils/import/crypto';
import { ImportError } from '@/utils/import/errors';
import { isProton, readProton } from '@/utils/import/formats/proton';
import { isRecord, type JsonRecord } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import { argon2idExcess, PROTON_ARGON2ID } from '@/utils/kdf-limits';
import type { ImportPreview } from '@/utils/import/types';
import { decryptedJson } from '@/utils/import/decrypted-json';

const ENCRYPTED = 'Proton Authenticator (encrypted)';
const AAD = utf8.encode('proton.authenticator.export.v1');
const SALT_LENGTH = 16;
const NONCE_LENGTH = 12;

/** Proton Authenticator's password export: {"version": 1, "salt": base64, "content": base64(nonce ‖ AES-GCM ciphertext ‖ tag)}. */
export const isProtonEncrypted = (json: unknown): json is JsonRecord =>
  isRecord(json) &&
  typeof json.version === 'number' &&
  typeof json.salt === 'string' &&
  typeof json.content === 'string' &&
  !('entries' in json);

export async function readProtonEncrypted(json: JsonRecord, password: string | undefined): Promise<ImportPreview> {
  if (json.version !== 1) throw new ImportError('corrupt', msg.unsupportedKdf(ENCRYPTED));
  const salt = decodeBase64(json.salt);
  const content = decodeBase64(json.content);
  if (!salt || salt.length !== SALT_LENGTH || !content || content.length < NONCE_LENGTH + 16)
    throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
  if (password === undefined) throw new ImportError('password-needed', msg.passwordNeeded(ENCRYPTED));
  const { memoryKiB, iterations, parallelism } = PROTON_ARGON2ID;
  const excess = argon2idExcess(memoryKiB, iterations, parallelism);
  if (excess) throw new ImportError('too-costly', msg.tooCostly(excess));
  const key = await argon2id({
    password: utf8.encode(password),
    salt,
    memorySize: memoryKiB,
    iterations,
    parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
  try {
    const nonce = content.subarray(0, NONCE_LENGTH);
    const sealed = content.subarray(NONCE_LENGTH);
    const plain = await aesGcmOpen(key, nonce, sealed, AAD);
    if (!plain) {
      // The right key still turns the first block into JSON when the file was only cut short.
      if (looksLikeJsonStart(await aesGcmPeek(key, nonce, sealed))) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
      throw new ImportError('wrong-password', msg.wrongPassword(ENCRYPTED));
    }
    const inner = decryptedJson(plain, ENCRYPTED);
    if (!isProton(inner)) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
    return readProton(inner, ENCRYPTED);
  } finally {
    key.fill(0);
  }
}
