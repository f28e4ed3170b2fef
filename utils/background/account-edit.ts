import type { Account, AccountEdit } from '@/utils/accounts/account';
import { normalizeBinding } from '@/utils/domain';
import { RequestError } from '@/utils/messaging/errors';
import { t } from '@/utils/i18n/t';

export function bindings(domains: string[]): string[] {
  return [...new Set(domains)].map((domain) => {
    const binding = normalizeBinding(domain);
    if (!binding) throw new RequestError('invalid-input', t('draft_bad_site', domain));
    return binding;
  });
}

/** The account with the person's edits applied, each checked; the secret never changes here. */
export function applyEdit(account: Account, edit: AccountEdit): Account {
  const issuer = edit.issuer?.trim() ?? account.issuer;
  const label = edit.label?.trim() ?? account.label;
  if (!issuer && !label) throw new RequestError('invalid-input', t('draft_no_name'));
  const domains = edit.domains === undefined ? account.domains : bindings(edit.domains);
  let otp = account.otp;
  if (otp.kind !== 'steam') {
    const algorithm = edit.algorithm ?? otp.algorithm;
    const digits = edit.digits ?? otp.digits;
    if (!['SHA1', 'SHA256', 'SHA512'].includes(algorithm)) throw new RequestError('invalid-input', t('draft_bad_algorithm'));
    if (![6, 7, 8].includes(digits)) throw new RequestError('invalid-input', t('draft_bad_digits'));
    if (otp.kind === 'totp') {
      const period = edit.period ?? otp.period;
      if (!Number.isInteger(period) || period < 1 || period > 3600) {
        throw new RequestError('invalid-input', t('draft_bad_period'));
      }
      otp = { ...otp, algorithm, digits, period };
    } else {
      otp = { ...otp, algorithm, digits };
    }
  }
  return { ...account, issuer, label, domains, otp };
}
