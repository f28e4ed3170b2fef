import { decodeBase32, normalizeBase32 } from '@/utils/otp/base32';
import type { Account, AccountDraft } from '@/utils/accounts/account';
import type { OtpParams } from '@/utils/otp/otp';
import { normalizeBinding } from '@/utils/domain';
import { t } from '@/utils/i18n/t';

export class DraftError extends Error {
  override name = 'DraftError';
}

/**
 * The one standard every account is held to, however it arrives: typed, scanned, imported or restored. A stored
 * account that breaks it would make every list and code request fail, so nothing that breaks it is stored.
 */
export const ACCOUNT_LIMITS = {
  nameLength: 256,
  /** 80 bits: RFC 4226 asks for 128 and recommends 160; shorter keys are usually a copy cut short. */
  minSecretBytes: 10,
  maxSecretBytes: 512,
  maxPeriod: 3600,
  maxDomains: 100,
} as const;

const ALGORITHMS = new Set(['SHA1', 'SHA256', 'SHA512']);
const DIGITS = new Set([6, 7, 8]);

export const malformed = (field: string) => new DraftError(t('draft_malformed', field));

/** A text field as typed or stored: absent reads as empty, anything that is not text is refused. */
export function textField(value: unknown, field: string, max: number = ACCOUNT_LIMITS.nameLength): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') throw malformed(field);
  const trimmed = value.trim();
  if (trimmed.length > max) throw new DraftError(t('draft_name_too_long', max));
  return trimmed;
}

export function checkNames(issuer: unknown, label: unknown): { issuer: string; label: string } {
  const names = { issuer: textField(issuer, 'issuer'), label: textField(label, 'label') };
  if (!names.issuer && !names.label) throw new DraftError(t('draft_no_name'));
  return names;
}

/** The canonical Base32 of a secret long enough to be a real key. */
export function checkSecret(value: unknown): string {
  if (typeof value !== 'string') throw malformed('secret');
  let secret: string;
  try {
    secret = normalizeBase32(value);
  } catch (error) {
    throw new DraftError((error as Error).message);
  }
  const bytes = decodeBase32(secret).length;
  if (bytes < ACCOUNT_LIMITS.minSecretBytes) throw new DraftError(t('draft_secret_short'));
  if (bytes > ACCOUNT_LIMITS.maxSecretBytes) throw new DraftError(t('draft_secret_long', ACCOUNT_LIMITS.maxSecretBytes));
  return secret;
}

/** Code parameters, from a draft's flat fields or a stored account's `otp` (the same names in both). */
export function checkOtp(fields: Record<string, unknown>): OtpParams {
  const { kind, algorithm, digits, period, counter } = fields;
  // Steam's codes are fixed (SHA-1, 30 s, 5 characters): whatever else the entry says is not used.
  if (kind === 'steam') return { kind: 'steam', period: 30 };
  if (kind !== 'totp' && kind !== 'hotp') throw malformed('kind');
  if (typeof algorithm !== 'string' || !ALGORITHMS.has(algorithm)) throw new DraftError(t('draft_bad_algorithm'));
  if (typeof digits !== 'number' || !DIGITS.has(digits)) throw new DraftError(t('draft_bad_digits'));
  const common = { algorithm: algorithm as 'SHA1' | 'SHA256' | 'SHA512', digits: digits as 6 | 7 | 8 };
  if (kind === 'totp') {
    if (typeof period !== 'number' || !Number.isInteger(period) || period < 1 || period > ACCOUNT_LIMITS.maxPeriod) {
      throw new DraftError(t('draft_bad_period'));
    }
    return { kind, ...common, period };
  }
  // One below the largest safe integer, so that taking the next code still counts exactly.
  if (typeof counter !== 'number' || !Number.isSafeInteger(counter + 1) || counter < 0) throw new DraftError(t('draft_bad_counter'));
  return { kind, ...common, counter };
}

export function checkDomains(value: unknown): string[] {
  if (!Array.isArray(value) || value.length > ACCOUNT_LIMITS.maxDomains || !value.every((d) => typeof d === 'string')) {
    throw malformed('domains');
  }
  return [...new Set((value as string[]).map((d) => d.trim()).filter(Boolean))].map((d) => {
    const binding = normalizeBinding(d);
    if (binding === null) throw new DraftError(t('draft_bad_site', d));
    return binding;
  });
}

/** Turns a user's draft into an account, or throws a DraftError naming the first thing to fix. */
export function accountFromDraft(draft: AccountDraft, id: string, now: number): Account {
  if (typeof draft !== 'object' || draft === null) throw malformed('draft');
  const { issuer, label } = checkNames(draft.issuer, draft.label);
  const secret = checkSecret(draft.secret);
  const otp = checkOtp(draft as unknown as Record<string, unknown>);
  const domains = checkDomains(draft.domains);
  return { id, issuer, label, secret, otp, domains, notes: '', createdAt: now, updatedAt: now };
}

/**
 * Why an imported or scanned draft could not be stored, or null when it can: the preview asks this, so an
 * entry it shows as importable is one the store accepts.
 */
export function draftProblem(draft: Omit<AccountDraft, 'domains'>): string | null {
  try {
    accountFromDraft({ ...draft, domains: [] }, 'preview', 0);
    return null;
  } catch (error) {
    if (error instanceof DraftError) return error.message;
    throw error;
  }
}
