import type { AccountDraft } from '@/utils/accounts/account';
import { parseMigrationUri } from '@/utils/accounts/migration-uri';
import { OtpauthUriError, parseOtpauthUri } from '@/utils/accounts/otpauth-uri';
import { draftProblem } from '@/utils/accounts/validate-draft';
import { t } from '@/utils/i18n/t';

export interface ParsedEnrolment {
  drafts: Omit<AccountDraft, 'domains'>[];
  skipped: { name: string; reason: string }[];
}

/**
 * Reads what a QR code or a pasted link holds: one otpauth:// account or a Google Authenticator export batch.
 * Drafts are held to the store's rules here, so one unusable entry of a batch is skipped with its reason instead
 * of failing the others, and a single link that the store would refuse is refused with that reason.
 */
export function parseEnrolmentUri(text: string): ParsedEnrolment {
  const trimmed = text.trim();
  if (/^otpauth-migration:/i.test(trimmed)) {
    const batch = parseMigrationUri(trimmed);
    if (batch.drafts.length === 0 && batch.skipped.length === 0) throw new OtpauthUriError(t('uri_export_empty'));
    const drafts: ParsedEnrolment['drafts'] = [];
    const skipped = [...batch.skipped];
    for (const draft of batch.drafts) {
      const problem = draftProblem(draft);
      if (problem === null) drafts.push(draft);
      else skipped.push({ name: [draft.issuer, draft.label].filter(Boolean).join(': ') || t('uri_unnamed_entry'), reason: problem });
    }
    return { drafts, skipped };
  }
  const draft = parseOtpauthUri(trimmed);
  const problem = draftProblem(draft);
  if (problem !== null) throw new OtpauthUriError(problem);
  return { drafts: [draft], skipped: [] };
}

/** What a decoded QR code is, in words a person understands, when it is not something Tessera can enrol. */
export function describeNonOtpauth(text: string): string {
  if (/^https?:\/\//i.test(text)) return t('uri_web_link', `${text.slice(0, 60)}${text.length > 60 ? '…' : ''}`);
  if (/^otpauth/i.test(text)) return t('uri_unreadable_otpauth');
  return t('uri_plain_text');
}
