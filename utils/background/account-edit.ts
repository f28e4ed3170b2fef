import type { Account, AccountEdit } from '@/utils/accounts/account';
import { checkDomains, checkNames, checkOtp, DraftError } from '@/utils/accounts/validate-draft';
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

/** The account with the person's edits applied, held to the same rules as a new account; the secret never changes here. */
export function applyEdit(account: Account, edit: AccountEdit): Account {
  try {
    const { issuer, label } = checkNames(edit.issuer ?? account.issuer, edit.label ?? account.label);
    const domains = edit.domains === undefined ? account.domains : checkDomains(edit.domains);
    const { otp } = account;
    const edited =
      otp.kind === 'steam'
        ? otp
        : checkOtp({
            ...otp,
            algorithm: edit.algorithm ?? otp.algorithm,
            digits: edit.digits ?? otp.digits,
            ...(otp.kind === 'totp' ? { period: edit.period ?? otp.period } : {}),
          });
    return { ...account, issuer, label, domains, otp: edited };
  } catch (error) {
    if (error instanceof DraftError) throw new RequestError('invalid-input', error.message);
    throw error;
  }
}
