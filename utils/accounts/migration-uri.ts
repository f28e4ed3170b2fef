import type { AccountDraft } from '@/utils/accounts/account';
import { OtpauthUriError } from '@/utils/accounts/otpauth-uri';
import { readMessage, ProtobufError, type ProtobufValue } from '@/utils/accounts/protobuf-reader';
import { base64ToBytes } from '@/utils/bytes';
import { encodeBase32 } from '@/utils/otp/base32';
import type { OtpAlgorithm, OtpDigits } from '@/utils/otp/otp';
import { t } from '@/utils/i18n/t';

export interface MigrationBatch {
  drafts: Omit<AccountDraft, 'domains'>[];
  /** Entries that could not be taken, with the reason (e.g. MD5 codes). */
  skipped: { name: string; reason: string }[];
  batchIndex: number;
  batchSize: number;
}

// Enum values from Google Authenticator's MigrationPayload definition.
const ALGORITHMS: Record<number, OtpAlgorithm | undefined> = { 0: 'SHA1', 1: 'SHA1', 2: 'SHA256', 3: 'SHA512' };
const DIGITS: Record<number, OtpDigits | undefined> = { 0: 6, 1: 6, 2: 8 };

const utf8 = new TextDecoder('utf-8', { fatal: false });
const text = (values: ProtobufValue[] | undefined) => {
  const first = values?.[0];
  return first?.wire === 2 ? utf8.decode(first.bytes).trim() : '';
};
const number = (values: ProtobufValue[] | undefined) => {
  const first = values?.[0];
  return first?.wire === 0 ? Number(first.value) : 0;
};

function decodeData(uri: string): Uint8Array {
  const match = /^otpauth-migration:\/\/offline\/?\?(.*)$/i.exec(uri.trim());
  if (!match) throw new OtpauthUriError(t('uri_not_migration'));
  const data = new URLSearchParams(match[1]).get('data');
  if (!data) throw new OtpauthUriError(t('uri_export_no_data'));
  try {
    // Links carry standard Base64, sometimes with + turned into spaces by a decoder on the way.
    return base64ToBytes(data.replace(/ /g, '+').replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    throw new OtpauthUriError(t('uri_export_bad_base64'));
  }
}

/** Reads every account of one Google Authenticator export batch. */
export function parseMigrationUri(uri: string): MigrationBatch {
  const data = decodeData(uri);
  try {
    return readBatch(data);
  } catch (error) {
    if (error instanceof ProtobufError) throw new OtpauthUriError(t('uri_export_damaged', error.message));
    throw error;
  }
}

function readBatch(data: Uint8Array): MigrationBatch {
  const payload = readMessage(data);
  const batch: MigrationBatch = { drafts: [], skipped: [], batchIndex: number(payload.get(4)), batchSize: number(payload.get(3)) || 1 };
  for (const entry of payload.get(1) ?? []) {
    if (entry.wire !== 2) continue;
    const fields = readMessage(entry.bytes);
    const secretField = fields.get(1)?.[0];
    const rawName = text(fields.get(2));
    const issuerField = text(fields.get(3));
    const colon = rawName.indexOf(':');
    const issuer = issuerField || (colon >= 0 ? rawName.slice(0, colon).trim() : '');
    const label = colon >= 0 && (!issuerField || rawName.startsWith(`${issuerField}:`)) ? rawName.slice(colon + 1).trim() : rawName;
    const name = [issuer, label].filter(Boolean).join(': ') || t('uri_unnamed_entry');
    const algorithm = ALGORITHMS[number(fields.get(4))];
    const digits = DIGITS[number(fields.get(5))];
    const type = number(fields.get(6));
    if (secretField?.wire !== 2 || secretField.bytes.length === 0) batch.skipped.push({ name, reason: t('uri_skip_no_secret') });
    else if (!algorithm) batch.skipped.push({ name, reason: t('uri_skip_algorithm') });
    else if (!digits) batch.skipped.push({ name, reason: t('uri_skip_digits') });
    else if (type !== 1 && type !== 2) batch.skipped.push({ name, reason: t('uri_skip_type') });
    else {
      batch.drafts.push({
        kind: type === 1 ? 'hotp' : 'totp',
        issuer,
        label,
        secret: encodeBase32(secretField.bytes),
        algorithm,
        digits,
        period: 30,
        counter: number(fields.get(7)),
      });
    }
  }
  return batch;
}
