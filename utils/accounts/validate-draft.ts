import { decodeBase32, normalizeBase32 } from '@/utils/otp/base32';
import type { Account, AccountDraft } from '@/utils/accounts/account';
import { normalizeBinding } from '@/utils/domain';

export class DraftError extends Error {
  override name = 'DraftError';
}

const ALGORITHMS = new Set(['SHA1', 'SHA256', 'SHA512']);

/** Turns a user's draft into an account, or throws a DraftError naming the first thing to fix. */
export function accountFromDraft(draft: AccountDraft, id: string, now: number): Account {
  const issuer = draft.issuer.trim();
  const label = draft.label.trim();
  if (!issuer && !label) throw new DraftError('Give the account an issuer or an account name.');
  let secret: string;
  try {
    secret = normalizeBase32(draft.secret);
  } catch (error) {
    throw new DraftError((error as Error).message);
  }
  if (decodeBase32(secret).length < 10) {
    throw new DraftError('The secret is too short (under 80 bits); check that it was copied whole.');
  }
  if (!ALGORITHMS.has(draft.algorithm)) throw new DraftError('The algorithm must be SHA-1, SHA-256 or SHA-512.');
  if (![6, 7, 8].includes(draft.digits)) throw new DraftError('Codes must have 6, 7 or 8 digits.');
  const domains = [...new Set(draft.domains.map((d) => d.trim()).filter(Boolean))].map((d) => {
    const binding = normalizeBinding(d);
    if (binding === null) throw new DraftError(`"${d}" is not a site name Tessera can bind to.`);
    return binding;
  });
  const common = { algorithm: draft.algorithm, digits: draft.digits };
  let otp: Account['otp'];
  if (draft.kind === 'steam') {
    otp = { kind: 'steam', period: 30 };
  } else if (draft.kind === 'totp') {
    if (!Number.isInteger(draft.period) || draft.period < 1 || draft.period > 3600) {
      throw new DraftError('The period must be a whole number of seconds from 1 to 3600.');
    }
    otp = { kind: 'totp', ...common, period: draft.period };
  } else {
    if (!Number.isSafeInteger(draft.counter) || draft.counter < 0) {
      throw new DraftError('The counter must be a whole number, 0 or more.');
    }
    otp = { kind: 'hotp', ...common, counter: draft.counter };
  }
  return { id, issuer, label, secret, otp, domains, notes: '', createdAt: now, updatedAt: now };
}
