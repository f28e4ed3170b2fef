import { describe, expect, it } from 'vitest';
import { sampleAccount } from '@/tests/unit/vault-env';
import { accountFromBackup, entryName } from '@/utils/accounts/validate-account';

const stored = sampleAccount('a', {
  backupCodes: [
    { code: 'abcd-1234', used: true, usedAt: 9 },
    { code: 'efgh-5678', used: false },
  ],
  pinned: true,
  lastUsedAt: 4,
  notes: 'desk drawer',
});
const with_ = (change: Record<string, unknown>) => ({ ...stored, ...change }) as unknown;

describe('an account read back from a backup', () => {
  it('keeps every field Tessera writes, and only those', () => {
    expect(accountFromBackup(stored, 100)).toEqual(stored);
    expect(accountFromBackup(with_({ deletedAt: 3, extra: 'x' }), 100)).toEqual(stored);
    const hotp = with_({ otp: { kind: 'hotp', algorithm: 'SHA512', digits: 8, counter: 10300 } });
    expect(accountFromBackup(hotp, 100).otp).toEqual({ kind: 'hotp', algorithm: 'SHA512', digits: 8, counter: 10300 });
  });

  it.each([
    ['otp: null', { otp: null }, /"otp"/],
    ['bad Base32', { secret: 'JBSWY3DPEHPK3PX!' }, /./],
    ['a short secret', { secret: 'JBSWY3DP' }, /too short/],
    ['period 0', { otp: { kind: 'totp', algorithm: 'SHA1', digits: 6, period: 0 } }, /period/],
    ['MD5', { otp: { kind: 'totp', algorithm: 'MD5', digits: 6, period: 30 } }, /SHA-1/],
    ['99 digits', { otp: { kind: 'totp', algorithm: 'SHA1', digits: 99, period: 30 } }, /6, 7 or 8/],
    ['an HOTP counter that is not a number', { otp: { kind: 'hotp', algorithm: 'SHA1', digits: 6, counter: '1' } }, /counter/],
    ['backup codes that are not a list', { backupCodes: 'abcd-1234' }, /"backupCodes"/],
    ['backup codes that are not codes', { backupCodes: [{ code: 5, used: false }] }, /"backupCodes"/],
    ['backup codes without their state', { backupCodes: [{ code: 'abcd-1234' }] }, /"backupCodes"/],
    ['too many backup codes', { backupCodes: Array.from({ length: 51 }, (_x, i) => ({ code: `code-${i}00`, used: false })) }, /50/],
    ['notes that are not text', { notes: ['x'] }, /"notes"/],
    ['domains that are not a list', { domains: 'example.com' }, /"domains"/],
  ])('refuses %s, with the reason', (_name, change, reason) => {
    expect(() => accountFromBackup(with_(change), 100)).toThrow(reason);
  });

  it.each([null, 'text', 5, []])('refuses %j as an account', (raw) => {
    expect(() => accountFromBackup(raw, 100)).toThrow(/"account"/);
  });

  it('names rejected entries by their names, or by their place in the file', () => {
    expect(entryName(stored, 0)).toBe('Example · alice-a@example.com');
    expect(entryName({ issuer: 7 }, 2)).toBe('Entry 3');
  });
});
