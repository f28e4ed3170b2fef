import type { Account } from '@/utils/accounts/account';
import { screenBackupAccounts, type RejectedEntry } from '@/utils/backup/screen-accounts';
import { base64ToBytes, bytesToBase64, utf8 } from '@/utils/bytes';
import { t } from '@/utils/i18n/t';
import { argon2idExcess } from '@/utils/kdf-limits';
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

/** What a restore may store: only accounts that pass the same checks as a manual add, and what was left out. */
export interface OpenedBackup extends BackupPayload {
  rejected: RejectedEntry[];
}

export type BackupErrorCode = 'not-a-backup' | 'wrong-password' | 'corrupt' | 'newer-version' | 'too-costly' | 'nothing-valid';

const MESSAGES = {
  'not-a-backup': () => t('backup_file_not_backup'),
  'wrong-password': () => t('backup_file_wrong_password'),
  corrupt: () => t('backup_file_corrupt'),
  'newer-version': () => t('backup_file_newer'),
  'too-costly': (detail: string) => t('kdf_too_costly', detail),
  'nothing-valid': () => t('backup_file_nothing_valid'),
} as const;

/** Its message is the one to show the person. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    detail = '',
  ) {
    super(MESSAGES[code](detail));
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

/** The file's Argon2id parameters, refused before any derivation when malformed or over Tessera's caps. */
function kdfParams(kdf: BackupFile['kdf']): Argon2idParams {
  const { memoryKiB, iterations, parallelism } = kdf;
  if (![memoryKiB, iterations, parallelism].every((n) => Number.isSafeInteger(n) && n > 0) || typeof kdf.salt !== 'string') {
    throw new BackupError('corrupt');
  }
  // Argon2id needs 8 KiB per lane.
  if (memoryKiB < 8 * parallelism) throw new BackupError('corrupt');
  const excess = argon2idExcess(memoryKiB, iterations, parallelism);
  if (excess) throw new BackupError('too-costly', excess);
  let salt: Uint8Array<ArrayBuffer>;
  try {
    salt = base64ToBytes(kdf.salt);
  } catch {
    throw new BackupError('corrupt');
  }
  if (salt.length < 8 || salt.length > 64) throw new BackupError('corrupt');
  return { alg: 'argon2id', memoryKiB, iterations, parallelism, salt };
}

function decodeSealed(file: BackupFile): { iv: Uint8Array<ArrayBuffer>; ct: Uint8Array<ArrayBuffer> } {
  try {
    const sealed = { iv: base64ToBytes(file.iv), ct: base64ToBytes(file.ciphertext) };
    if (sealed.iv.length === 12 && sealed.ct.length >= 16) return sealed;
  } catch {
    // Reported below, like any other damage.
  }
  throw new BackupError('corrupt');
}

/**
 * Opens a backup; a wrong password and a damaged file are told apart as far as AES-GCM allows (both fail auth).
 * Every account inside is checked like a manual add: the ones that fail are left out and reported, and a file
 * whose content is not a list of accounts, or holds no usable account at all, is refused whole.
 */
export async function openBackup(text: string, password: string, now = Date.now()): Promise<OpenedBackup> {
  const file = parseFile(text);
  const params = kdfParams(file.kdf);
  const { iv, ct } = decodeSealed(file);
  const key = await deriveKeyFromPassphrase(password, params).catch(() => {
    throw new BackupError('corrupt');
  });
  const plain = await open(key, { iv, ct: ct.buffer }, AAD);
  if (!plain) throw new BackupError('wrong-password');
  let payload: { accounts?: unknown; settings?: unknown };
  try {
    payload = JSON.parse(utf8.decode(plain)) as typeof payload;
  } catch {
    throw new BackupError('corrupt');
  }
  if (typeof payload !== 'object' || payload === null || !Array.isArray(payload.accounts)) throw new BackupError('corrupt');
  const { accounts, rejected } = screenBackupAccounts(payload.accounts, now);
  if (accounts.length === 0 && rejected.length > 0) throw new BackupError('nothing-valid');
  return { accounts, settings: payload.settings as Settings, rejected };
}
