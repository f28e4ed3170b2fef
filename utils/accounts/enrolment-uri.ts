import type { AccountDraft } from '@/utils/accounts/account';
import { parseMigrationUri } from '@/utils/accounts/migration-uri';
import { OtpauthUriError, parseOtpauthUri } from '@/utils/accounts/otpauth-uri';

export interface ParsedEnrolment {
  drafts: Omit<AccountDraft, 'domains'>[];
  skipped: { name: string; reason: string }[];
}

/** Reads what a QR code or a pasted link holds: one otpauth:// account or a Google Authenticator export batch. */
export function parseEnrolmentUri(text: string): ParsedEnrolment {
  const trimmed = text.trim();
  if (/^otpauth-migration:/i.test(trimmed)) {
    const batch = parseMigrationUri(trimmed);
    if (batch.drafts.length === 0 && batch.skipped.length === 0) throw new OtpauthUriError('The export link holds no accounts.');
    return { drafts: batch.drafts, skipped: batch.skipped };
  }
  return { drafts: [parseOtpauthUri(trimmed)], skipped: [] };
}

/** What a decoded QR code is, in words a person understands, when it is not something Tessera can enrol. */
export function describeNonOtpauth(text: string): string {
  if (/^https?:\/\//i.test(text)) return `This QR code is a web link (${text.slice(0, 60)}${text.length > 60 ? '…' : ''}), not a two-factor setup code.`;
  if (/^otpauth/i.test(text)) return 'This QR code is a two-factor link Tessera could not read.';
  return 'This QR code holds text that is not a two-factor setup code.';
}
