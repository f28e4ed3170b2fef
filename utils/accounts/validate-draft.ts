import { decodeBase32, normalizeBase32 } from '@/utils/otp/base32';
import type { Account, AccountDraft } from '@/utils/accounts/account';
import { normalizeBinding } from '@/utils/domain';
import { t } from '@/utils/i18n/t';

export class DraftError extends Error {
  override name = 'DraftError';
}

const ALGORITHMS = new Set(['SHA1', 'SHA256', 'SHA512']);

/** Turns a user's draft into an account, or throws a DraftError naming the first thing to fix. */
export function accountFromDraft(draft: AccountDraft, id: string, now: number): Account {
  const issuer = draft.issuer.trim();
  const label = draft.label.trim();
  if (!issuer && !label) throw new DraftError(t('draft_no_name'));
  let secret: string;
  try {
    secret = normalizeBase32(draft.secret);
  } catch (error) {
    throw new DraftError((error as Error).message);
  }
  if (decodeBase32(secret).length < 10) {
    throw new DraftError(t('draft_secret_short'));
  }
  if (!ALGORITHMS.has(draft.algorithm)) throw new DraftError(t('draft_bad_algorithm'));
  if (![6, 7, 8].includes(draft.digits)) throw new DraftError(t('draft_bad_digits'));
  const domains = [...new Set(draft.domains.map((d) => d.trim()).filter(Boolean))].map((d) => {
    const binding = normalizeBinding(d);
    if (binding === null) throw new DraftError(t('draft_bad_site', d));
    return binding;
  });
  const common = { algorithm: draft.algorithm, digits: draft.digits };
  let otp: Account['otp'];
  if (draft.kind === 'steam') {
    otp = { kind: 'steam', period: 30 };
  } else if (draft.kind === 'totp') {
    if (!Number.isInteger(draft.period) || draft.period < 1 || draft.period > 3600) {
      throw new DraftError(t('draft_bad_period'));
    }
    otp = { kind: 'totp', ...common, period: draft.period };
  } else {
    if (!Number.isSafeInteger(draft.counter) || draft.counter < 0) {
      throw new DraftError(t('draft_bad_counter'));
    }
    otp = { kind: 'hotp', ...common, counter: draft.counter };
  }
  return { id, issuer, label, secret, otp, domains, notes: '', createdAt: now, updatedAt: now };
}
