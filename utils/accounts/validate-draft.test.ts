import { describe, expect, it } from 'vitest';
import type { AccountDraft } from '@/utils/accounts/account';
import { ACCOUNT_LIMITS, accountFromDraft, draftProblem } from '@/utils/accounts/validate-draft';

const draft: AccountDraft = {
  issuer: 'Example',
  label: 'alice',
  secret: 'jbsw y3dp ehpk 3pxp',
  kind: 'totp',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  domains: ['Example.com'],
};
const with_ = (change: Record<string, unknown>) => ({ ...draft, ...change }) as unknown as AccountDraft;

describe('one validation for every way an account arrives', () => {
  it('turns a good draft into a canonical account', () => {
    expect(accountFromDraft(draft, 'id', 5)).toEqual({
      id: 'id',
      issuer: 'Example',
      label: 'alice',
      secret: 'JBSWY3DPEHPK3PXP',
      otp: { kind: 'totp', algorithm: 'SHA1', digits: 6, period: 30 },
      domains: ['example.com'],
      notes: '',
      createdAt: 5,
      updatedAt: 5,
    });
    expect(accountFromDraft(with_({ kind: 'hotp', counter: 7 }), 'id', 5).otp).toEqual({
      kind: 'hotp',
      algorithm: 'SHA1',
      digits: 6,
      counter: 7,
    });
    // Steam's parameters are fixed; whatever the draft says about digits or period is not used.
    expect(accountFromDraft(with_({ kind: 'steam', digits: 5, period: 0 }), 'id', 5).otp).toEqual({ kind: 'steam', period: 30 });
  });

  it.each([
    ['a 5-byte secret', { secret: 'JBSWY3DP' }, /too short/],
    ['a secret that is not Base32', { secret: 'not base32!' }, /./],
    ['a secret that is not text', { secret: 12 }, /"secret"/],
    ['a secret over the maximum', { secret: 'A'.repeat(((ACCOUNT_LIMITS.maxSecretBytes + 1) * 8) / 5 + 8) }, /too long/],
    ['MD5', { algorithm: 'MD5' }, /SHA-1, SHA-256 or SHA-512/],
    ['99 digits', { digits: 99 }, /6, 7 or 8/],
    ['digits as text', { digits: '6' }, /6, 7 or 8/],
    ['period 0', { period: 0 }, /period/],
    ['period 3601', { period: 3601 }, /period/],
    ['a fractional period', { period: 1.5 }, /period/],
    ['a negative counter', { kind: 'hotp', counter: -1 }, /counter/],
    ['an unsafe counter', { kind: 'hotp', counter: Number.MAX_SAFE_INTEGER }, /counter/],
    ['an unknown kind', { kind: 'motp' }, /"kind"/],
    ['no name at all', { issuer: ' ', label: '' }, /issuer or an account name/],
    ['an issuer that is not text', { issuer: null }, /"issuer"/],
    ['an overlong label', { label: 'x'.repeat(ACCOUNT_LIMITS.nameLength + 1) }, /at most 256/],
    ['a site that is not one', { domains: ['not a site'] }, /not a site name/],
    ['domains that are not a list', { domains: 'example.com' }, /"domains"/],
  ])('refuses %s, with the reason', (_name, change, reason) => {
    expect(() => accountFromDraft(with_(change), 'id', 0)).toThrow(reason);
    if (!('domains' in change)) expect(draftProblem(with_(change))).toMatch(reason);
  });

  it('says nothing is wrong with a draft the store accepts', () => {
    expect(draftProblem(draft)).toBeNull();
  });
});
