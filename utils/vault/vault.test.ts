import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { makeVaultWorld, sampleAccount } from '@/tests/unit/vault-env';
import { VaultError } from '@/utils/vault/errors';
import type { PassphraseWrapper, StoredRecord, VaultHeader } from '@/utils/vault/db';

const PASS = 'correct horse battery staple';

async function errorOf(promise: Promise<unknown>): Promise<VaultError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VaultError);
  return error as VaultError;
}

describe('Vault', () => {
  it('starts with no vault and refuses a passphrase under 10 characters', async () => {
    const { vault } = makeVaultWorld();
    expect(await vault.state()).toBe('not-created');
    expect((await errorOf(vault.create('short pass'.slice(0, 9)))).code).toBe('weak-passphrase');
    expect(await vault.state()).toBe('not-created');
  });

  it('decrypts the vault once for requests that arrive together after a worker restart', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('a'));
    const restarted = world.restartWorker();
    const readKey = vi.spyOn(world.env.sessionKeys, 'get');
    const [list, state, account] = await Promise.all([restarted.list(), restarted.state(), restarted.get('a')]);
    expect(list.accounts.map((a) => a.id)).toEqual(['a']);
    expect(state).toBe('unlocked');
    expect(account.id).toBe('a');
    expect(readKey).toHaveBeenCalledTimes(1);
  });

  it('answers "unlocked" from memory, without a disk read (the popup asks on every opening)', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    const openDb = vi.spyOn(world.env, 'db');
    expect(await world.vault.state()).toBe('unlocked');
    expect(openDb).not.toHaveBeenCalled();
    await world.vault.lock();
    expect(await world.vault.state()).toBe('locked');
    expect(openDb).toHaveBeenCalled();
  });

  it('stays locked when a lock comes while the accounts are being rebuilt', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('a'));
    const restarted = world.restartWorker();
    const listing = restarted.list();
    await restarted.lock();
    expect((await errorOf(listing)).code).toBe('locked');
    expect(await restarted.state()).toBe('locked');
    await restarted.unlock(PASS);
    expect((await restarted.list()).accounts.map((a) => a.id)).toEqual(['a']);
  });

  it('round-trips accounts through encryption, a worker restart and a browser restart', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    expect(await world.vault.state()).toBe('unlocked');
    await world.vault.add(sampleAccount('a'));
    await world.vault.add(sampleAccount('b', { otp: { kind: 'hotp', algorithm: 'SHA256', digits: 8, counter: 7 } }));

    const afterWorkerRestart = world.restartWorker();
    expect(await afterWorkerRestart.state()).toBe('unlocked');
    expect((await afterWorkerRestart.list()).accounts.map((a) => a.id)).toEqual(['a', 'b']);

    const afterBrowserRestart = world.restartBrowser();
    expect(await afterBrowserRestart.state()).toBe('locked');
    expect((await errorOf(afterBrowserRestart.list())).code).toBe('locked');
    await afterBrowserRestart.unlock(PASS);
    const { accounts } = await afterBrowserRestart.list();
    expect(accounts).toEqual([
      sampleAccount('a'),
      sampleAccount('b', { otp: { kind: 'hotp', algorithm: 'SHA256', digits: 8, counter: 7 } }),
    ]);
  });

  it('keeps only ids, order and versions outside the ciphertext', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('only-id'));
    const db = await world.rawDb();
    const record = (await db.get('records', 'only-id')) as StoredRecord;
    expect(Object.keys(record).sort()).toEqual(['id', 'n', 'order', 'sealed', 'v']);
    const visible = JSON.stringify(record) + new TextDecoder().decode(record.sealed.ct);
    expect(visible).not.toContain('JBSWY3DPEHPK3PXP');
    expect(visible).not.toContain('alice-only-id');
    const header = (await db.get('meta', 'header')) as VaultHeader;
    expect((header.wrappers[0] as PassphraseWrapper | undefined)?.kdf).toMatchObject({ alg: 'argon2id', memoryKiB: 64, iterations: 1 });
  });

  it('says a wrong passphrase clearly, changes nothing, and slows down repeated tries', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('a'));
    const vault = world.restartBrowser();
    for (let i = 0; i < 3; i++) {
      const error = await errorOf(vault.unlock('wrong passphrase!'));
      expect(error.code).toBe('wrong-passphrase');
      expect(error.message).toMatch(/not right.*Nothing was changed/);
    }
    const throttled = await errorOf(vault.unlock(PASS));
    expect(throttled.code).toBe('throttled');
    expect(throttled.retryAfterMs).toBeGreaterThan(0);
    world.clock.now += throttled.retryAfterMs ?? 0;
    await vault.unlock(PASS);
    expect((await vault.list()).accounts).toHaveLength(1);
    expect(await vault.retryAfterMs()).toBe(0);
  });

  it('reports a tampered record as damaged, keeps the others readable, and does not crash', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('good'));
    await world.vault.add(sampleAccount('bad'));
    const db = await world.rawDb();
    const record = (await db.get('records', 'bad')) as StoredRecord;
    const bytes = new Uint8Array(record.sealed.ct);
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    await db.put('records', { ...record, sealed: { iv: record.sealed.iv, ct: bytes.buffer } });

    const vault = world.restartWorker();
    const { accounts, damaged } = await vault.list();
    expect(accounts.map((a) => a.id)).toEqual(['good']);
    expect(damaged).toEqual(['bad']);
    const error = await errorOf(vault.get('bad'));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/changed or damaged/);
  });

  it('refuses records swapped between slots or relabelled with an older schema version', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('one'));
    await world.vault.add(sampleAccount('two'));
    const db = await world.rawDb();
    const one = (await db.get('records', 'one')) as StoredRecord;
    const two = (await db.get('records', 'two')) as StoredRecord;
    await db.put('records', { ...one, sealed: two.sealed });
    await db.put('records', { ...two, v: 1 });

    const { accounts, damaged } = await world.restartWorker().list();
    expect(accounts).toEqual([]);
    expect(damaged.sort()).toEqual(['one', 'two']);
  });

  it('changes the passphrase by re-encrypting every record under a new data key', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('a'));
    const db = await world.rawDb();
    const recordBefore = await db.get('records', 'a');
    expect((await errorOf(world.vault.changePassphrase('not the passphrase', 'a brand new passphrase'))).code).toBe('wrong-passphrase');
    await world.vault.changePassphrase(PASS, 'a brand new passphrase');
    expect(await db.get('records', 'a')).not.toEqual(recordBefore);
    expect((await world.restartWorker().list()).accounts.map((a) => a.id)).toEqual(['a']);

    const vault = world.restartBrowser();
    expect((await errorOf(vault.unlock(PASS))).code).toBe('wrong-passphrase');
    await vault.unlock('a brand new passphrase');
    expect((await vault.list()).accounts[0]?.id).toBe('a');
  });

  it('leaves the old passphrase working when a change is interrupted before its write commits', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('a'));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The browser closed mid-write', 'AbortError');
    });
    await expect(world.vault.changePassphrase(PASS, 'a brand new passphrase')).rejects.toThrow(/mid-write/);
    put.mockRestore();

    const vault = world.restartBrowser();
    expect((await errorOf(vault.unlock('a brand new passphrase'))).code).toBe('wrong-passphrase');
    await vault.unlock(PASS);
    expect((await vault.list()).accounts[0]?.id).toBe('a');
  });

  it('lock drops the session key and the decrypted accounts', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    expect(world.hasSessionKey()).toBe(true);
    await world.vault.lock();
    expect(world.hasSessionKey()).toBe(false);
    expect(await world.vault.state()).toBe('locked');
  });

  it('serialises concurrent updates so none is lost', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('h', { otp: { kind: 'hotp', algorithm: 'SHA1', digits: 6, counter: 0 } }));
    const bump = () =>
      world.vault.update('h', (a) => (a.otp.kind === 'hotp' ? { ...a, otp: { ...a.otp, counter: a.otp.counter + 1 } } : a));
    await Promise.all(Array.from({ length: 20 }, bump));
    const reloaded = await world.restartWorker().get('h');
    expect(reloaded.otp).toMatchObject({ counter: 20 });
  });

  it('round-trips any account text through the record codec', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.array(fc.domain(), { maxLength: 3 }), async (issuer, label, domains) => {
        const account = sampleAccount('prop', { issuer, label, domains });
        await world.vault.update('prop', () => account).catch(() => world.vault.add(account));
        expect(await world.restartWorker().get('prop')).toEqual({ ...account, updatedAt: expect.any(Number) });
      }),
      { numRuns: 25 },
    );
  });
});
