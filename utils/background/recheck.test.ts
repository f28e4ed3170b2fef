import { describe, expect, it } from 'vitest';
import { routerFixtures, setup } from '@/tests/unit/router-env';
import { sampleAccount } from '@/tests/unit/vault-env';
import { RECHECK_FOR_ONE_ACTION_MS } from '@/utils/background/recheck-grace';

const { PASS } = routerFixtures;
const SECRET = 'JBSWY3DPEHPK3PXP';

async function unlockedWithAccount() {
  const env = await setup();
  await env.world.vault.create(PASS);
  await env.world.vault.add(sampleAccount('a', { backupCodes: [{ code: 'abcd-1234', used: false }] }));
  return env;
}

/** Every gated request of this branch (sync's enable/disable will call the same gate). */
const GATED: [string, object][] = [
  ['accounts.exportUri', { id: 'a' }],
  ['accounts.exportPlain', {}],
  ['backup.reveal', { id: 'a' }],
  ['keys.add', { credentialId: 'cred-1', name: 'Key', prfSalt: btoa('s'.repeat(32)), prfKek: btoa('k'.repeat(32)) }],
  ['keys.setPolicy', { policy: 'either', passphrase: PASS }],
  ['sync.enable', { target: { kind: 'browser-sync' } }],
  ['sync.disable', {}],
];

describe('re-check before revealing', () => {
  it.each(GATED)('refuses %s without a re-check and reveals nothing', async (type, payload) => {
    const { call } = await unlockedWithAccount();
    const reply = await call(type, payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'recheck-required', message: /Confirm it's you first/ } });
    expect(JSON.stringify(reply)).not.toContain(SECRET);
    expect(JSON.stringify(reply)).not.toContain('abcd-1234');
  });

  it('refuses removing a key without a re-check, and removes it after one', async () => {
    const { call, recheckNow } = await unlockedWithAccount();
    await recheckNow();
    await call('keys.add', GATED[3]![1]);
    await call('vault.lock', {});
    await call('vault.unlock', { passphrase: PASS });
    expect(await call('keys.remove', { credentialId: 'cred-1' })).toMatchObject({ ok: false, error: { code: 'recheck-required' } });
    await recheckNow();
    expect(await call('keys.remove', { credentialId: 'cred-1' })).toMatchObject({ ok: true, value: { keys: [] } });
  });

  it('answers after a passphrase re-check, for the whole grace window and not after it (the background clock)', async () => {
    const { call, recheckNow, world, setSettings } = await unlockedWithAccount();
    setSettings({ recheckGraceSeconds: 120 });
    expect(await call('recheck.status', {})).toEqual({ ok: true, value: { recent: false, passphraseAlone: true } });
    expect(await recheckNow()).toEqual({ ok: true, value: { recent: true, passphraseAlone: true } });
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: true, value: { uri: expect.stringContaining(SECRET) } });
    world.clock.now += 119_000;
    expect(await call('backup.reveal', { id: 'a' })).toEqual({ ok: true, value: [{ code: 'abcd-1234', used: false }] });
    expect(await call('accounts.exportPlain', {})).toMatchObject({ ok: true });
    world.clock.now += 1_000;
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: false, error: { code: 'recheck-required' } });
    expect(await call('recheck.status', {})).toMatchObject({ ok: true, value: { recent: false } });
  });

  it('with the window at 0 asks every time: one re-check lets exactly one action through', async () => {
    const { call, recheckNow, world, setSettings } = await unlockedWithAccount();
    setSettings({ recheckGraceSeconds: 0 });
    await recheckNow();
    expect(await call('recheck.status', {})).toMatchObject({ ok: true, value: { recent: true } });
    // Two sent together: only one of them spends the re-check.
    const replies = await Promise.all([call('accounts.exportUri', { id: 'a' }), call('backup.reveal', { id: 'a' })]);
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: false, error: { code: 'recheck-required' } });
    // Nor does an unspent re-check wait for ever for its action.
    await recheckNow();
    world.clock.now += RECHECK_FOR_ONE_ACTION_MS;
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: false, error: { code: 'recheck-required' } });
  });

  it('a managed policy forces the window to 0 whatever the person set, and refuses a longer one', async () => {
    const { call, recheckNow, setSettings, setPolicy } = await unlockedWithAccount();
    setSettings({ recheckGraceSeconds: 600 });
    setPolicy({ maxRecheckGraceSeconds: 0 });
    expect(await call('settings.get', {})).toMatchObject({ ok: true, value: { recheckGraceSeconds: 0 } });
    expect(await call('policy.get', {})).toMatchObject({ ok: true, value: { managed: ['recheckGraceSeconds'] } });
    expect(await call('settings.set', { settings: { recheckGraceSeconds: 60 } })).toMatchObject({
      ok: false,
      error: { message: /at most 0 seconds/ },
    });
    await recheckNow();
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: true });
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: false, error: { code: 'recheck-required' } });
  });

  it('the setting is checked: whole seconds from 0 to an hour', async () => {
    const { call } = await unlockedWithAccount();
    for (const seconds of [-1, 1.5, 3601])
      expect(await call('settings.set', { settings: { recheckGraceSeconds: seconds } })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    expect(await call('settings.set', { settings: { recheckGraceSeconds: 5 } })).toMatchObject({
      ok: true,
      value: { recheckGraceSeconds: 5 },
    });
  });

  it('a wrong passphrase says so, counts as a failed try like an unlock, opens nothing, and the throttle says how long to wait', async () => {
    const { call, world } = await unlockedWithAccount();
    for (let i = 0; i < 3; i++) {
      const reply = await call('recheck.passphrase', { passphrase: 'not the passphrase' });
      expect(reply).toMatchObject({ ok: false, error: { code: 'wrong-passphrase', message: /passphrase/i } });
    }
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: false, error: { code: 'recheck-required' } });
    // The same slow-down as unlock: even the right passphrase waits now, and the reply says how long.
    const throttled = await call('recheck.passphrase', { passphrase: PASS });
    expect(throttled).toMatchObject({ ok: false, error: { code: 'throttled', retryAfterMs: 2_000, message: /2 s/ } });
    expect(await world.vault.retryAfterMs()).toBe(2_000);
    world.clock.now += 2_000;
    expect(await call('recheck.passphrase', { passphrase: PASS })).toMatchObject({ ok: true, value: { recent: true } });
    expect(await world.vault.retryAfterMs()).toBe(0);
  });

  it('a security key re-checks too; a wrong key result is refused', async () => {
    const { call, recheckNow } = await unlockedWithAccount();
    const kek = btoa('k'.repeat(32));
    await recheckNow();
    await call('keys.add', { credentialId: 'cred-1', name: 'Key', prfSalt: btoa('s'.repeat(32)), prfKek: kek });
    await call('vault.lock', {});
    await call('vault.unlock', { passphrase: PASS });
    expect(await call('recheck.withKey', { credentialId: 'cred-1', prfKek: btoa('x'.repeat(32)) })).toMatchObject({
      ok: false,
      error: { code: 'wrong-passphrase', message: /security key/ },
    });
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: false, error: { code: 'recheck-required' } });
    expect(await call('recheck.withKey', { credentialId: 'cred-1', prfKek: kek })).toMatchObject({ ok: true, value: { recent: true } });
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: true });
  });

  it('with "require a hardware key" and a key registered, the passphrase alone does not re-check', async () => {
    const { call, recheckNow, setPolicy } = await unlockedWithAccount();
    await recheckNow();
    await call('keys.add', GATED[3]![1]);
    setPolicy({ requireHardwareKey: true });
    expect(await call('recheck.status', {})).toMatchObject({ ok: true, value: { passphraseAlone: false } });
    expect(await recheckNow()).toMatchObject({ ok: false, error: { code: 'invalid-input', message: /only with your security key/ } });
  });

  it('a lock clears the grace window, and a locked vault cannot be re-checked', async () => {
    const { call, recheckNow, recheckSession } = await unlockedWithAccount();
    await recheckNow();
    expect(recheckSession()).not.toBeNull();
    await call('vault.lock', {});
    expect(recheckSession()).toBeNull();
    expect(await recheckNow()).toMatchObject({ ok: false, error: { code: 'locked' } });
    await call('vault.unlock', { passphrase: PASS });
    expect(await call('accounts.exportUri', { id: 'a' })).toMatchObject({ ok: false, error: { code: 'recheck-required' } });
  });

  it('a worker restart within the window keeps the re-check (storage.session), and it still expires', async () => {
    const { recheckNow, restartedRecheck, world } = await unlockedWithAccount();
    await recheckNow();
    const afterRestart = restartedRecheck();
    expect(await afterRestart.recent(120_000)).toBe(true);
    world.clock.now += 120_000;
    expect(await afterRestart.take(120_000)).toBe(false);
  });

  it('a clock that went back counts as no re-check', async () => {
    const { recheckNow, recheck, world } = await unlockedWithAccount();
    await recheckNow();
    world.clock.now -= 1_000;
    expect(await recheck.take(120_000)).toBe(false);
  });
});
