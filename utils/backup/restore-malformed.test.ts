import { describe, expect, it } from 'vitest';
import { routerFixtures, setup } from '@/tests/unit/router-env';
import { CHEAP_KDF, sampleAccount } from '@/tests/unit/vault-env';
import type { Account } from '@/utils/accounts/account';
import { sealBackup } from '@/utils/backup/backup-file';
import { DEFAULT_SETTINGS } from '@/utils/storage';

const { PASS } = routerFixtures;
const BACKUP_PASSWORD = 'a long backup password';

// What a crafted or damaged backup can hold once decrypted: each of these once broke every list and code request.
const MALFORMED: [string, Record<string, unknown>][] = [
  ['otp null', { otp: null }],
  ['bad base32', { secret: '0189!!' }],
  ['period 0', { otp: { kind: 'totp', algorithm: 'SHA1', digits: 6, period: 0 } }],
  ['md5', { otp: { kind: 'totp', algorithm: 'MD5', digits: 6, period: 30 } }],
  ['99 digits', { otp: { kind: 'totp', algorithm: 'SHA1', digits: 99, period: 30 } }],
  ['codes not a list', { backupCodes: { code: 'abcd-1234' } }],
];

const good = sampleAccount('good', { issuer: 'Good', secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' });
const bad = MALFORMED.map(([name, change], i) => ({ ...sampleAccount(`bad${i}`, { issuer: name }), ...change }) as unknown as Account);

async function backupOf(accounts: Account[]): Promise<string> {
  return sealBackup({ accounts, settings: DEFAULT_SETTINGS }, BACKUP_PASSWORD, new Date(0), CHEAP_KDF);
}

async function vaultWithOne() {
  const env = await setup();
  await env.world.vault.create(PASS);
  await env.world.vault.add(sampleAccount('mine', { issuer: 'Mine' }));
  return env;
}

async function expectWorkingVault(call: (type: string, payload: object) => Promise<unknown>, issuers: string[]) {
  const list = (await call('accounts.list', {})) as { ok: boolean; value: { accounts: { issuer: string }[] } };
  expect(list.ok).toBe(true);
  expect(list.value.accounts.map((a) => a.issuer)).toEqual(issuers);
  const codes = (await call('accounts.codes', {})) as { ok: boolean; value: { code: string }[] };
  expect(codes.ok).toBe(true);
  expect(codes.value.every((c) => /^\d{6}$/.test(c.code))).toBe(true);
}

describe('restoring a backup with malformed accounts', () => {
  it.each(['merge', 'replace'] as const)('%s: stores the valid ones, reports the rest, and the vault keeps working', async (mode) => {
    const { call } = await vaultWithOne();
    const fileText = await backupOf([good, ...bad]);
    const result = (await call('vaultBackup.restore', { fileText, password: BACKUP_PASSWORD, mode })) as {
      ok: boolean;
      value: { added: number; rejected: { name: string; reason: string }[] };
    };
    expect(result.ok).toBe(true);
    expect(result.value.added).toBe(1);
    expect(result.value.rejected.map((r) => r.name.split(' · ')[0])).toEqual(MALFORMED.map(([name]) => name));
    expect(result.value.rejected.every((r) => r.reason.length > 0)).toBe(true);
    await expectWorkingVault(call, mode === 'merge' ? ['Mine', 'Good'] : ['Good']);
  });

  it('refuses a backup with no usable account whole, and changes nothing (even when replacing)', async () => {
    const { call } = await vaultWithOne();
    const fileText = await backupOf(bad);
    expect(await call('vaultBackup.restore', { fileText, password: BACKUP_PASSWORD, mode: 'replace' })).toMatchObject({
      ok: false,
      error: { message: 'None of the accounts in this backup can be used, so nothing was changed.' },
    });
    await expectWorkingVault(call, ['Mine']);
  });

  it('refuses a backup whose content is not a list of accounts', async () => {
    const { call } = await vaultWithOne();
    const fileText = await sealBackup(
      { accounts: 'all of them' as unknown as Account[], settings: DEFAULT_SETTINGS },
      BACKUP_PASSWORD,
      new Date(0),
      CHEAP_KDF,
    );
    expect(await call('vaultBackup.restore', { fileText, password: BACKUP_PASSWORD, mode: 'merge' })).toMatchObject({
      ok: false,
      error: { message: 'The backup file is damaged or incomplete. Nothing was changed.' },
    });
    await expectWorkingVault(call, ['Mine']);
  });
});

describe('importing drafts', () => {
  it('stores nothing the preview would refuse: a 5-byte secret is refused by the store with the reason', async () => {
    const { call } = await vaultWithOne();
    const draft = { issuer: 'Short', label: 'x', secret: 'JBSWY3DP', kind: 'totp', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 };
    expect(await call('accounts.import', { drafts: [draft] })).toMatchObject({ ok: false, error: { message: /too short/ } });
    await expectWorkingVault(call, ['Mine']);
  });
});
