import type { AccountDraft } from '@/utils/accounts/account';
import { parseMigrationUri } from '@/utils/accounts/migration-uri';
import { OtpauthUriError, parseOtpauthUri } from '@/utils/accounts/otpauth-uri';
import { t } from '@/utils/i18n/t';

export interface ParsedEnrolment {
  drafts: Omit<AccountDraft, 'domains'>[];
  skipped: { name: string; reason: string }[];
}

/** Reads what a QR code or a pasted link holds: one otpauth:// account or a Google Authenticator export batch. */
export function parseEnrolmentUri(text: string): ParsedEnrolment {
  const trimmed = text.trim();
  if (/^otpauth-migration:/i.test(trimmed)) {
    const batch = parseMigrationUri(trimmed);
    if (batch.drafts.length === 0 && batch.skipped.length === 0) throw new OtpauthUriError(t('uri_export_empty'));
    return { drafts: batch.drafts, skipped: batch.skipped };
  }
  return { drafts: [parseOtpauthUri(trimmed)], skipped: [] };
}

/** What a decoded QR code is, in words a person understands, when it is not something Tessera can enrol. */
export function describeNonOtpauth(text: string): string {
  if (/^https?:\/\//i.test(text)) return t('uri_web_link', `${text.slice(0, 60)}${text.length > 60 ? '…' : ''}`);
  if (/^otpauth/i.test(text)) return t('uri_unreadable_otpauth');
  return t('uri_plain_text');
}
