import type { Account } from '@/utils/accounts/account';
import { base64ToBytes, bytesToBase64, utf8 } from '@/utils/bytes';
import { open, seal } from '@/utils/vault/codec';
import { deriveKeyFromPassphrase, freshArgon2idParams, type Argon2idParams } from '@/utils/vault/kdf';
import type { Settings } from '@/utils/storage';

export const BACKUP_FORMAT = 'tessera-backup';
export const BACKUP_VERSION = 1;
const AAD = `${BACKUP_FORMAT}:v${BACKUP_VERSION}`;

export interface BackupPayload {
  accounts: Account[];
  settings: Settings;
}

/** The file on disk: plain JSON around one AES-GCM ciphertext, with its Argon2id parameters. */
interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  kdf: Omit<Argon2idParams, 'salt'> & { salt: string };
  iv: string;
  ciphertext: string;
}

export class BackupError extends Error {
  override name = 'BackupError';
  constructor(readonly code: 'not-a-backup' | 'wrong-password' | 'corrupt' | 'newer-version') {
    super(code);
  }
}

export async function sealBackup(
  payload: BackupPayload,
  password: string,
  now: Date,
  kdfBase?: Omit<Argon2idParams, 'salt'>,
): Promise<string> {
  const kdf = freshArgon2idParams(kdfBase);
  const key = await deriveKeyFromPassphrase(password, kdf);
  const sealed = await seal(key, utf8.encode(JSON.stringify(payload)), AAD);
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    kdf: { ...kdf, salt: bytesToBase64(kdf.salt) },
    iv: bytesToBase64(sealed.iv),
    ciphertext: bytesToBase64(new Uint8Array(sealed.ct)),
  };
  return JSON.stringify(file, null, 2);
}

function parseFile(text: string): BackupFile {
  let file: Partial<BackupFile>;
  try {
    file = JSON.parse(text) as Partial<BackupFile>;
  } catch {
    throw new BackupError(text.trimStart().startsWith('{') ? 'corrupt' : 'not-a-backup');
  }
  if (file?.format !== BACKUP_FORMAT) throw new BackupError('not-a-backup');
  if (typeof file.version !== 'number' || file.version > BACKUP_VERSION) throw new BackupError('newer-version');
  if (!file.kdf || typeof file.iv !== 'string' || typeof file.ciphertext !== 'string') throw new BackupError('corrupt');
  return file as BackupFile;
}

/** Opens a backup; a wrong password and a damaged file are told apart as far as AES-GCM allows (both fail auth). */
export async function openBackup(text: string, password: string): Promise<BackupPayload> {
  const file = parseFile(text);
  let key: CryptoKey;
  let iv: Uint8Array<ArrayBuffer>;
  let ct: Uint8Array<ArrayBuffer>;
  try {
    const { memoryKiB, iterations, parallelism } = file.kdf;
    if (![memoryKiB, iterations, parallelism].every((n) => Number.isInteger(n) && n > 0) || memoryKiB > 4 * 1024 * 1024)
      throw new Error('kdf');
    key = await deriveKeyFromPassphrase(password, {
      alg: 'argon2id',
      memoryKiB,
      iterations,
      parallelism,
      salt: base64ToBytes(file.kdf.salt),
    });
    iv = base64ToBytes(file.iv);
    ct = base64ToBytes(file.ciphertext);
  } catch {
    throw new BackupError('corrupt');
  }
  if (iv.length !== 12 || ct.length < 16) throw new BackupError('corrupt');
  const plain = await open(key, { iv, ct: ct.buffer }, AAD);
  if (!plain) throw new BackupError('wrong-password');
  try {
    const payload = JSON.parse(utf8.decode(plain)) as BackupPayload;
    if (!Array.isArray(payload.accounts)) throw new Error('shape');
    return payload;
  } catch {
    throw new BackupError('corrupt');
  }
}
