import { ImportError } from '@/utils/import/errors';
import { isAegis, readAegis } from '@/utils/import/formats/aegis';
import { isAndOtp, readAndOtp, readAndOtpEncrypted } from '@/utils/import/formats/andotp';
import { isAuthenticatorCc, readAuthenticatorCc } from '@/utils/import/formats/authenticator-cc';
import { isBitwardenCsv, isBitwardenJson, readBitwardenCsv, readBitwardenJson } from '@/utils/import/formats/bitwarden';
import { isEnteEncrypted, readEnteEncrypted } from '@/utils/import/formats/ente-encrypted';
import { isFreeOtpPlus, readFreeOtpPlus } from '@/utils/import/formats/freeotp-plus';
import { isOtpauthList, readOtpauthList } from '@/utils/import/formats/otpauth-list';
import { isProton, readProton } from '@/utils/import/formats/proton';
import { isProtonEncrypted, readProtonEncrypted } from '@/utils/import/formats/proton-encrypted';
import { isSteam, readSteam } from '@/utils/import/formats/steam';
import { isStratum, readStratum } from '@/utils/import/formats/stratum';
import { readStratumEncrypted, stratumHeader } from '@/utils/import/formats/stratum-encrypted';
import { isTwoFas, readTwoFas } from '@/utils/import/formats/twofas';
import { parseJson } from '@/utils/import/json';
import * as msg from '@/utils/import/messages';
import type { ImportPreview } from '@/utils/import/types';

/** Text when the bytes are valid UTF-8 without NUL characters; null for binary files. */
function asText(bytes: Uint8Array): string | null {
  try {
    const source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    return source.includes('\u0000') ? null : source;
  } catch {
    return null;
  }
}

/** Picks the reader from the content; the file name is not trusted (people rename exports). */
export async function detectAndRead(bytes: Uint8Array, password: string | undefined): Promise<ImportPreview> {
  // Stratum's encrypted backups start with an ASCII header; the bytes after it may even happen to be valid UTF-8.
  if (stratumHeader(bytes) !== null) return readStratumEncrypted(bytes, password);
  const source = asText(bytes);
  if (source === null) {
    // The other binary format: andOTP's encrypted backup, which has no magic number to check.
    return readAndOtpEncrypted(bytes, password);
  }
  const trimmed = source.trim();
  if (trimmed === '') throw new ImportError('unknown-format', msg.emptyFile());
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = parseJson(trimmed);
    } catch {
      throw new ImportError('corrupt', msg.corruptJson());
    }
    return readJson(json, password);
  }
  if (isOtpauthList(source)) return readOtpauthList(source);
  if (isBitwardenCsv(source)) return readBitwardenCsv(source);
  throw new ImportError('unknown-format', msg.unknownFormat());
}

// Order matters only where shapes overlap: authenticator.cc (an object of arbitrary keys) goes last.
async function readJson(json: unknown, password: string | undefined): Promise<ImportPreview> {
  if (isAegis(json)) return readAegis(json, password);
  if (isEnteEncrypted(json)) return readEnteEncrypted(json, password);
  if (isTwoFas(json)) return readTwoFas(json, password);
  if (isAndOtp(json)) return readAndOtp(json);
  if (isBitwardenJson(json)) return readBitwardenJson(json, password);
  if (isFreeOtpPlus(json)) return readFreeOtpPlus(json);
  if (isStratum(json)) return readStratum(json);
  if (isProton(json)) return readProton(json);
  if (isProtonEncrypted(json)) return readProtonEncrypted(json, password);
  if (isSteam(json)) return readSteam(json);
  if (isAuthenticatorCc(json)) return readAuthenticatorCc(json);
  throw new ImportError('unknown-format', msg.unknownFormat());
}
