import { describe, expect, it } from 'vitest';
import { routerFixtures, setup } from '@/tests/unit/router-env';
import { sampleAccount } from '@/tests/unit/vault-env';

const { PASS, contentScript } = routerFixtures;
const BACKUP_PASSWORD = 'a long backup password';

async function twoAccounts() {
  const env = await setup();
  await env.world.vault.create(PASS);
  await env.world.vault.add(sampleAccount('a', { backupCodes: [{ code: 'abcd-1234', used: false }] }));
  await env.world.vault.add(sampleAccount('b', { secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', issuer: 'Bank' }));
  return env;
}

describe('backup, restore and export', () => {
  it('exports an encrypted backup and restores it by merging (duplicates skipped) or replacing', async () => {
    const { call } = await twoAccounts();
    const exported = (await call('vaultBackup.export', { password: BACKUP_PASSWORD })) as {
      ok: true;
      value: { fileText: string; fileName: string };
    };
    expect(exported).toMatchObject({ ok: true, value: { fileName: expect.stringMatching(/^tessera-backup-\d{4}-\d{2}-\d{2}\.json$/) } });
    expect(exported.value.fileText).not.toContain('JBSWY3DPEHPK3PXP');
    expect(await call('vaultBackup.export', { password: 'short' })).toMatchObject({ ok: false, error: { code: 'weak-passphrase' } });

    expect(
      await call('vaultBackup.restore', { fileText: exported.value.fileText, password: 'wrong password!', mode: 'merge' }),
    ).toMatchObject({
      ok: false,
      error: { message: 'That password does not open this backup. Nothing was changed.' },
    });
    expect(await call('vaultBackup.restore', { fileText: 'garbage', password: BACKUP_PASSWORD, mode: 'merge' })).toMatchObject({
      ok: false,
      error: { message: 'That file is not a Tessera backup.' },
    });
    expect(await call('vaultBackup.restore', { fileText: exported.value.fileText, password: BACKUP_PASSWORD, mode: 'merge' })).toEqual({
      ok: true,
      value: { added: 0, skipped: 2, replaced: false, rejected: [] },
    });

    const other = await setup();
    await other.world.vault.create(PASS);
    await other.world.vault.add(sampleAccount('z', { secret: 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF', issuer: 'Old' }));
    expect(
      await other.call('vaultBackup.restore', { fileText: exported.value.fileText, password: BACKUP_PASSWORD, mode: 'merge' }),
    ).toEqual({ ok: true, value: { added: 2, skipped: 0, replaced: false, rejected: [] } });
    expect(await other.call('accounts.list', {})).toMatchObject({
      ok: true,
      value: { accounts: [{ issuer: 'Old' }, { issuer: 'Example', backupCodesTotal: 1 }, { issuer: 'Bank' }] },
    });
    expect(
      await other.call('vaultBackup.restore', { fileText: exported.value.fileText, password: BACKUP_PASSWORD, mode: 'replace' }),
    ).toMatchObject({ ok: true, value: { replaced: true } });
    const list = (await other.call('accounts.list', {})) as { value: { accounts: { issuer: string }[] } };
    expect(list.value.accounts.map((a) => a.issuer)).toEqual(['Example', 'Bank']);
  });

  it('exports plain links and one account’s link, and imports drafts without duplicates', async () => {
    const { call, recheckNow } = await twoAccounts();
    // Without a recent re-check nothing leaves (utils/background/recheck.test.ts covers the gate itself).
    expect(await call('accounts.exportPlain', {})).toMatchObject({ ok: false, error: { code: 'recheck-required' } });
    await recheckNow();
    expect(await call('accounts.exportPlain', {})).toEqual({
      ok: true,
      value: {
        uris: [
          expect.stringMatching(/^otpauth:\/\/totp\/Example:alice-a%40example\.com\?secret=JBSWY3DPEHPK3PXP/),
          expect.stringContaining('secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'),
        ],
      },
    });
    expect(await call('accounts.exportUri', { id: 'b' })).toMatchObject({
      ok: true,
      value: { uri: expect.stringContaining('issuer=Bank') },
    });
    expect(await call('accounts.findDuplicates', { secrets: ['jbswy3dpehpk3pxp', 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF'] })).toEqual({
      ok: true,
      value: [true, false],
    });
    const draft = {
      issuer: 'New',
      label: 'me',
      secret: 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF',
      kind: 'totp',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
    };
    expect(await call('accounts.import', { drafts: [draft, { ...draft, secret: 'JBSWY3DPEHPK3PXP' }] })).toMatchObject({
      ok: true,
      value: { added: [{ issuer: 'New' }], duplicates: [{ issuer: 'New' }] },
    });
  });

  it('obeys the managed policy: no export, no plain export, auto-lock limit, no automatic fill, security key required', async () => {
    const { call, setPolicy, world } = await twoAccounts();
    setPolicy({ disablePlainExport: true });
    expect(await call('accounts.exportPlain', {})).toMatchObject({ ok: false, error: { message: /unencrypted exports/ } });
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: false });
    expect(await call('vaultBackup.export', { password: BACKUP_PASSWORD })).toMatchObject({ ok: true });
    setPolicy({ disableExport: true });
    expect(await call('vaultBackup.export', { password: BACKUP_PASSWORD })).toMatchObject({
      ok: false,
      error: { message: /does not allow exporting/ },
    });

    setPolicy({ maxAutoLockMinutes: 10, disableAutoFill: true });
    expect(await call('policy.get', {})).toEqual({
      ok: true,
      value: { policy: { maxAutoLockMinutes: 10, disableAutoFill: true }, managed: ['autoLockMinutes', 'autoFill'] },
    });
    expect(await call('settings.get', {})).toMatchObject({ ok: true, value: { autoLockMinutes: 10, autoFill: false } });
    expect(await call('settings.set', { settings: { autoLockMinutes: 60 } })).toMatchObject({
      ok: false,
      error: { message: /at most 10 minutes/ },
    });
    expect(await call('settings.set', { settings: { autoFill: true } })).toMatchObject({ ok: false });
    await world.vault.add(sampleAccount('site', { secret: 'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U', domains: ['site.example'] }));
    expect(await call('content.code', {}, contentScript('https://site.example'))).toEqual({
      ok: true,
      value: { status: 'not-automatic' },
    });

    setPolicy({ requireHardwareKey: true });
    await call('vault.lock', {});
    expect(await call('vault.unlock', { passphrase: PASS })).toMatchObject({ ok: true });
    await call('recheck.passphrase', { passphrase: PASS });
    await call('keys.add', { credentialId: 'k', name: 'Key', prfSalt: btoa('s'.repeat(32)), prfKek: btoa('k'.repeat(32)) });
    await call('vault.lock', {});
    expect(await call('vault.unlock', { passphrase: PASS })).toMatchObject({ ok: false, error: { message: /requires a security key/ } });
    expect(await call('vault.unlockWithKey', { credentialId: 'k', prfKek: btoa('k'.repeat(32)) })).toMatchObject({ ok: true });
  });
});
