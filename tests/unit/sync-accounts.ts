import type { Account } from '@/utils/accounts/account';

/** A TOTP account as the vault holds it, for the sync tests. */
export function totpAccount(id: string, overrides: Partial<Account> = {}): Account {
  return {
    id,
    issuer: 'Example',
    label: 'me@example.com',
    secret: 'JBSWY3DPEHPK3PXP',
    otp: { kind: 'totp', algorithm: 'SHA1', digits: 6, period: 30 },
    domains: ['example.com'],
    notes: '',
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}

export function hotpAccount(id: string, counter: number, overrides: Partial<Account> = {}): Account {
  return totpAccount(id, { otp: { kind: 'hotp', algorithm: 'SHA1', digits: 6, counter }, ...overrides });
}
