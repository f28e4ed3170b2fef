import type { Account, AccountEdit } from '@/utils/accounts/account';
import { normalizeBinding } from '@/utils/domain';
import { VaultError } from '@/utils/vault/errors';

export function bindings(domains: string[]): string[] {
  return [...new Set(domains)].map((domain) => {
    const binding = normalizeBinding(domain);
    if (!binding) throw new VaultError('invalid-input', `"${domain}" is not a site name Tessera can bind to.`);
    return binding;
  });
}

/** The account with the person's edits applied, each checked; the secret never changes here. */
export function applyEdit(account: Account, edit: AccountEdit): Account {
  const issuer = edit.issuer?.trim() ?? account.issuer;
  const label = edit.label?.trim() ?? account.label;
  if (!issuer && !label) throw new VaultError('invalid-input', 'Give the account an issuer or an account name.');
  const domains = edit.domains === undefined ? account.domains : bindings(edit.domains);
  let otp = account.otp;
  if (otp.kind !== 'steam') {
    const algorithm = edit.algorithm ?? otp.algorithm;
    const digits = edit.digits ?? otp.digits;
    if (!['SHA1', 'SHA256', 'SHA512'].includes(algorithm)) throw new VaultError('invalid-input', 'The algorithm must be SHA-1, SHA-256 or SHA-512.');
    if (![6, 7, 8].includes(digits)) throw new VaultError('invalid-input', 'Codes must have 6, 7 or 8 digits.');
    if (otp.kind === 'totp') {
      const period = edit.period ?? otp.period;
      if (!Number.isInteger(period) || period < 1 || period > 3600) {
        throw new VaultError('invalid-input', 'The period must be a whole number of seconds from 1 to 3600.');
      }
      otp = { ...otp, algorithm, digits, period };
    } else {
      otp = { ...otp, algorithm, digits };
    }
  }
  return { ...account, issuer, label, domains, otp };
}
