import { utf8 } from '@/utils/bytes';
import { aesGcmOpen, aesGcmPeek, looksLikeJsonStart, pbkdf2, sha256 } from '@/utils/import/crypto';
import { buildDraft, displayName, EntryList, kindFrom } from '@/utils/import/draft';
import { EntryError, ImportError } from '@/utils/import/errors';
import { isRecord, numberField, text } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import { pbkdf2Excess } from '@/utils/kdf-limits';
import type { ImportPreview } from '@/utils/import/types';
import { decryptedJson } from '@/utils/import/decrypted-json';

const PLAIN = 'andOTP';
const ENCRYPTED = 'andOTP (encrypted)';
const KINDS = { totp: 'totp', hotp: 'hotp', steam: 'steam' } as const;
// Newer andOTP backups: iterations (4 bytes, big-endian) ‖ salt (12) ‖ nonce (12) ‖ ciphertext ‖ tag (16).
const SALT_END = 4 + 12;
const NONCE_END = SALT_END + 12;
// Older backups: nonce (12) ‖ ciphertext ‖ tag, keyed with SHA-256 of the password.
const OLD_NONCE_END = 12;
export const ANDOTP_MIN_LENGTH = OLD_NONCE_END + 16;

/** andOTP's plain export is a bare JSON array of token objects carrying "secret" and "type". */
export const isAndOtp = (json: unknown): json is unknown[] =>
  Array.isArray(json) && json.length > 0 && json.some((item) => isRecord(item) && 'secret' in item && 'type' in item);

export async function readAndOtpEncrypted(bytes: Uint8Array, password: string | undefined): Promise<ImportPreview> {
  if (bytes.length < ANDOTP_MIN_LENGTH) throw new ImportError('unknown-format', msg.unknownFormat());
  if (password === undefined) throw new ImportError('password-needed', msg.passwordNeeded(ENCRYPTED));
  const iterations = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, false);
  const newLayout = iterations >= 1 && bytes.length >= NONCE_END + 16;
  // Checked before any derivation (andOTP's own cap keeps a crafted count from freezing the browser). The file has
  // no magic number, so an over-cap count may also be the nonce of an old-layout file: that one is still tried.
  const excess = newLayout ? pbkdf2Excess(iterations) : null;
  let peekKey: { key: Uint8Array; iv: Uint8Array; sealed: Uint8Array } | null = null;
  if (newLayout && excess === null) {
    const key = await pbkdf2(password, bytes.subarray(4, SALT_END), iterations, 'SHA-1');
    const iv = bytes.subarray(SALT_END, NONCE_END);
    const sealed = bytes.subarray(NONCE_END);
    const plain = await aesGcmOpen(key, iv, sealed);
    if (plain) return readPlainBytes(plain);
    peekKey = { key, iv, sealed };
  }
  const oldKey = await sha256(utf8.encode(password));
  const oldPlain = await aesGcmOpen(oldKey, bytes.subarray(0, OLD_NONCE_END), bytes.subarray(OLD_NONCE_END));
  if (oldPlain) return readPlainBytes(oldPlain);
  // Neither layout authenticates. If the right key still decrypts the first block to JSON, the file was cut short.
  const peeks = [await aesGcmPeek(oldKey, bytes.subarray(0, OLD_NONCE_END), bytes.subarray(OLD_NONCE_END))];
  if (peekKey) peeks.push(await aesGcmPeek(peekKey.key, peekKey.iv, peekKey.sealed));
  if (peeks.some(looksLikeJsonStart)) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
  if (excess !== null) throw new ImportError('wrong-password', msg.andOtpWrongOrTooCostly(excess));
  throw new ImportError('wrong-password', msg.wrongPassword(ENCRYPTED));
}

function readPlainBytes(plain: Uint8Array<ArrayBuffer>): ImportPreview {
  const json = decryptedJson(plain, ENCRYPTED);
  if (!Array.isArray(json)) throw new ImportError('corrupt', msg.corrupt(ENCRYPTED));
  return readAndOtp(json, ENCRYPTED);
}

export function readAndOtp(json: unknown[], format = PLAIN): ImportPreview {
  const list = new EntryList();
  json.forEach((item: unknown, index) => {
    if (!isRecord(item)) return list.fail(msg.unnamedEntry(index), new EntryError(msg.notAnEntry()));
    const issuer = text(item.issuer);
    const label = text(item.label);
    list.add(displayName(issuer, label, index), () =>
      buildDraft({
        kind: kindFrom(text(item.type), KINDS),
        issuer,
        label,
        secret: text(item.secret),
        algorithm: text(item.algorithm),
        digits: numberField(item.digits),
        period: numberField(item.period),
        counter: numberField(item.counter),
      }),
    );
  });
  return list.preview(format);
}
