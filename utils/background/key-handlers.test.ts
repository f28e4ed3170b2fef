import { describe, expect, it } from 'vitest';
import { routerFixtures, setup } from '@/tests/unit/router-env';
import { bytesToBase64, randomBytes } from '@/utils/bytes';

const { PASS } = routerFixtures;
const b64 = (bytes: Uint8Array) => bytesToBase64(bytes);

async function withKey() {
  const env = await setup();
  await env.world.vault.create(PASS);
  const kek = b64(randomBytes(32));
  // Adding a key is gated by the re-check (utils/background/recheck-gate.ts), as the settings page does it.
  expect(await env.recheckNow()).toMatchObject({ ok: true });
  const reply = await env.call('keys.add', { credentialId: 'cred-1', name: 'Blue key', prfSalt: b64(randomBytes(32)), prfKek: kek });
  expect(reply).toMatchObject({
    ok: true,
    value: { policy: 'either', keys: [{ credentialId: 'cred-1', name: 'Blue key', needsPassphrase: false }] },
  });
  return { ...env, kek };
}

describe('security keys', () => {
  it('unlock with the key that was registered; another key or a forged result gets a clear refusal', async () => {
    const { call, kek, world } = await withKey();
    await call('vault.lock', {});
    expect(await call('keys.info', {})).toMatchObject({ ok: true, value: { keys: [{ credentialId: 'cred-1', lastUsedAt: null }] } });
    expect(await call('vault.unlockWithKey', { credentialId: 'cred-1', prfKek: b64(randomBytes(32)) })).toMatchObject({
      ok: false,
      error: { message: 'That security key does not unlock this vault.' },
    });
    expect(await call('vault.unlockWithKey', { credentialId: 'cred-2', prfKek: kek })).toMatchObject({ ok: false });
    expect(await call('vault.unlockWithKey', { credentialId: 'cred-1', prfKek: 'not base64!' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await call('vault.unlockWithKey', { credentialId: 'cred-1', prfKek: kek })).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect(await call('keys.info', {})).toMatchObject({ ok: true, value: { keys: [{ lastUsedAt: world.clock.now }] } });
    // The passphrase still works too (either unlocks).
    await call('vault.lock', {});
    expect(await call('vault.unlock', { passphrase: PASS })).toMatchObject({ ok: true });
  });

  it('renames and removes keys, but never the last way in', async () => {
    const { call, kek } = await withKey();
    expect(await call('keys.rename', { credentialId: 'cred-1', name: 'Work key' })).toMatchObject({
      ok: true,
      value: { keys: [{ name: 'Work key' }] },
    });
    expect(await call('keys.remove', { credentialId: 'cred-1' })).toMatchObject({ ok: true, value: { keys: [] } });
    await call('vault.lock', {});
    expect(await call('vault.unlockWithKey', { credentialId: 'cred-1', prfKek: kek })).toMatchObject({ ok: false });
    expect(await call('vault.unlock', { passphrase: PASS })).toMatchObject({ ok: true });
    // With both factors required there is a single wrapper, which cannot be removed.
    const env = await withKey();
    expect(await env.call('keys.setPolicy', { policy: 'both', passphrase: PASS, credentialId: 'cred-1', prfKek: env.kek })).toMatchObject({
      ok: true,
      value: { policy: 'both' },
    });
    expect(await env.call('keys.remove', { credentialId: 'cred-1' })).toMatchObject({
      ok: false,
      error: { message: /last way to unlock/ },
    });
  });

  it('a policy change proves its passphrase as a throttled try, like an unlock', async () => {
    const { call, kek } = await withKey();
    const wrong = { policy: 'both', passphrase: 'wrong passphrase!', credentialId: 'cred-1', prfKek: kek };
    for (let i = 0; i < 3; i++)
      expect(await call('keys.setPolicy', wrong)).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    // The slow-down now applies before any key derivation, to the right passphrase as well.
    expect(await call('keys.setPolicy', { ...wrong, passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'throttled' } });
    expect(await call('vault.unlock', { passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'throttled' } });
  });

  it('"key and passphrase" needs both, and switching back restores the passphrase alone', async () => {
    const { call, kek, world } = await withKey();
    expect(
      await call('keys.setPolicy', { policy: 'both', passphrase: 'wrong passphrase!', credentialId: 'cred-1', prfKek: kek }),
    ).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(
      await call('keys.setPolicy', { policy: 'both', passphrase: PASS, credentialId: 'cred-1', prfKek: b64(randomBytes(32)) }),
    ).toMatchObject({ ok: false });
    expect(await call('keys.setPolicy', { policy: 'both', passphrase: PASS, credentialId: 'cred-1', prfKek: kek })).toMatchObject({
      ok: true,
      value: { policy: 'both', hasPassphraseWrapper: false, keys: [{ needsPassphrase: true }] },
    });
    await call('vault.lock', {});
    expect(await call('vault.unlock', { passphrase: PASS })).toMatchObject({ ok: false });
    expect(await call('vault.unlockWithKey', { credentialId: 'cred-1', prfKek: kek })).toMatchObject({ ok: false });
    expect(await call('vault.unlockWithKey', { credentialId: 'cred-1', prfKek: kek, passphrase: 'wrong passphrase!' })).toMatchObject({
      ok: false,
    });
    // Three wrong tries in a row: the next one must wait (the slow-down covers keys too).
    expect(await call('vault.unlockWithKey', { credentialId: 'cred-1', prfKek: kek, passphrase: PASS })).toMatchObject({
      ok: false,
      error: { code: 'throttled' },
    });
    world.clock.now += 60_000;
    expect(await call('vault.unlockWithKey', { credentialId: 'cred-1', prfKek: kek, passphrase: PASS })).toMatchObject({
      ok: true,
      value: { state: 'unlocked' },
    });
    expect(await call('vault.changePassphrase', { current: PASS, next: 'another long passphrase' })).toMatchObject({ ok: false });
    expect(await call('keys.add', { credentialId: 'cred-9', name: 'x', prfSalt: b64(randomBytes(32)), prfKek: kek })).toMatchObject({
      ok: false,
    });

    // The unlock after the lock cleared the re-check; under "both" it takes the key with the passphrase.
    expect(await call('recheck.passphrase', { passphrase: PASS })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await call('recheck.withKey', { credentialId: 'cred-1', prfKek: kek, passphrase: PASS })).toMatchObject({
      ok: true,
      value: { recent: true, passphraseAlone: false },
    });
    // Leaving "both": a mistyped passphrase would become the only way in, so it is refused; the key proves it.
    expect(await call('keys.setPolicy', { policy: 'either', passphrase: PASS })).toMatchObject({ ok: false });
    expect(
      await call('keys.setPolicy', { policy: 'either', passphrase: 'a typo in it', credentialId: 'cred-1', prfKek: kek }),
    ).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(await call('keys.setPolicy', { policy: 'either', passphrase: PASS, credentialId: 'cred-1', prfKek: kek })).toMatchObject({
      ok: true,
      value: { policy: 'either', hasPassphraseWrapper: true, keys: [] },
    });
    await call('vault.lock', {});
    expect(await call('vault.unlock', { passphrase: PASS })).toMatchObject({ ok: true });
  });
});
