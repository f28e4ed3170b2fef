import { t } from '@/utils/i18n/t';
import type { VaultHeader } from '@/utils/vault/db';
import { VaultError } from '@/utils/vault/errors';

type Shape = Record<string, unknown>;

const isObject = (value: unknown): value is Shape => typeof value === 'object' && value !== null;
const isBytes = (value: unknown, min: number, max = min): boolean =>
  ArrayBuffer.isView(value) && value.byteLength >= min && value.byteLength <= max;
const isArrayBuffer = (value: unknown): value is ArrayBuffer => Object.prototype.toString.call(value) === '[object ArrayBuffer]';
const isCount = (value: unknown, min: number, max: number): boolean =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

// AES-GCM: a 96-bit IV, and at least the 16-byte tag.
const isSealed = (value: unknown): boolean =>
  isObject(value) && isBytes(value.iv, 12) && isArrayBuffer(value.ct) && value.ct.byteLength >= 16;

// Bounds well beyond what Tessera writes (128 MiB, 4 passes): a header asking for more is damaged, and would
// otherwise hold the background in one derivation for minutes.
const isArgon2id = (value: unknown): boolean =>
  isObject(value) &&
  value.alg === 'argon2id' &&
  isCount(value.memoryKiB, 8, 1024 * 1024) &&
  isCount(value.iterations, 1, 32) &&
  isCount(value.parallelism, 1, 16) &&
  isBytes(value.salt, 8, 64);

const isAgreement = (value: unknown): boolean =>
  isObject(value) && isBytes(value.publicKey, 65) && isBytes(value.ephemeralPublicKey, 65) && isSealed(value.sealedPrivateKey);

function isWrapper(value: unknown): boolean {
  if (!isObject(value) || !isSealed(value.wrappedKey)) return false;
  if (value.kind === 'passphrase') return isArgon2id(value.kdf);
  return (
    value.kind === 'security-key' &&
    typeof value.credentialId === 'string' &&
    typeof value.name === 'string' &&
    typeof value.addedAt === 'number' &&
    (value.lastUsedAt === null || typeof value.lastUsedAt === 'number') &&
    isBytes(value.prfSalt, 16, 64) &&
    (value.passphraseKdf === undefined || isArgon2id(value.passphraseKdf)) &&
    (value.agreement === undefined || isAgreement(value.agreement))
  );
}

/** Whether a stored header has every field a vault needs, in a shape the unlock code can use. */
export function isWellFormedHeader(value: unknown): value is VaultHeader {
  return (
    isObject(value) &&
    (value.format === 1 || value.format === 2) &&
    typeof value.createdAt === 'number' &&
    Array.isArray(value.wrappers) &&
    value.wrappers.length > 0 &&
    value.wrappers.every(isWrapper) &&
    (value.policy === undefined || value.policy === 'either' || value.policy === 'both') &&
    (value.format === 1 ? value.manifest === undefined : isSealed(value.manifest))
  );
}

/** The header, or an error that says it is damaged: a wrong passphrase is never blamed for a broken header. */
export function requireWellFormed(value: unknown): VaultHeader {
  if (isWellFormedHeader(value)) return value;
  throw new VaultError('damaged-header', t('vault_error_damaged_header'));
}
