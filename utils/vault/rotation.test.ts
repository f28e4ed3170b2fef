import { describe, expect, it } from 'vitest';
import { makeVaultWorld, sampleAccount } from '@/tests/unit/vault-env';
import { randomBytes } from '@/utils/bytes';
import { importDataKey, open, seal } from '@/utils/vault/codec';
import type { SecurityKeyWrapper, StoredRecord, VaultHeader } from '@/utils/vault/db';
import { unwrapWithPassphrase } from '@/utils/vault/key-wrapping';
import { openAccount } from '@/utils/vault/records';
import { unwrapWithSecurityKey, wrapForSecurityKey } from '@/utils/vault/security-keys';

const newPrfSalt = () => crypto.getRandomValues(new Uint8Array(32));

const PASS = 'correct horse battery staple';
const NEXT = 'a brand new passphrase';

describe('a passphrase change rotates the data key', () => {
  it('leaves the old passphrase with a copy of the old header unable to read what is written afterwards', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('before'));
    const db = await world.rawDb();
    const oldHeader = (await db.get('meta', 'header')) as VaultHeader;
    const oldRaw = await unwrapWithPassphrase(oldHeader, PASS);

    await world.vault.changePassphrase(PASS, NEXT);
    await world.vault.add(sampleAccount('after'));
    // The session holds the new key: a restarted worker reads both.
    expect((await world.restartWorker().list()).accounts.map((a) => a.id)).toEqual(['before', 'after']);

    const oldKey = await importDataKey(oldRaw!);
    expect(await openAccount(oldKey, (await db.get('records', 'after')) as StoredRecord)).toBeNull();
    expect(await openAccount(oldKey, (await db.get('records', 'before')) as StoredRecord)).toBeNull();

    // Someone puts the old header back and unlocks with the old passphrase: nothing opens, all is reported.
    await db.put('meta', oldHeader, 'header');
    const attacker = world.restartBrowser();
    await attacker.unlock(PASS);
    const { accounts, damage } = await attacker.list();
    expect(accounts).toEqual([]);
    expect(damage.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'after', reason: 'unreadable' },
      { id: 'before', reason: 'unreadable' },
    ]);
  });

  it('keeps a registered security key working across the rotation, without the key present', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('a'));
    const prfKek = randomBytes(32);
    await world.vault.editHeader(async (header, rawKey) => ({
      ...header,
      wrappers: [
        ...header.wrappers,
        await wrapForSecurityKey(rawKey, { credentialId: 'cred-1', name: 'Blue key', prfSalt: newPrfSalt(), prfKek, now: 1 }),
      ],
    }));

    expect(await world.vault.changePassphrase(PASS, NEXT)).toEqual({ droppedKeys: [] });
    const vault = world.restartBrowser();
    await vault.unlockWith((header) => unwrapWithSecurityKey(header, 'cred-1', prfKek, undefined), 'wrong-key');
    expect((await vault.list()).accounts.map((a) => a.id)).toEqual(['a']);
    const wrongKek = randomBytes(32);
    const header = await vault.readHeader();
    expect(await unwrapWithSecurityKey(header, 'cred-1', wrongKek, undefined)).toBeNull();
  });

  it('drops a security key registered before key agreement and names it', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    const prfKek = randomBytes(32);
    await world.vault.editHeader(async (header, rawKey) => {
      const made = await wrapForSecurityKey(rawKey, { credentialId: 'old', name: 'Old key', prfSalt: newPrfSalt(), prfKek, now: 1 });
      // The shape written before key agreement: the data key sealed directly under the key's KEK.
      const kek = await importKekLikeBefore(prfKek);
      const legacy: SecurityKeyWrapper = { ...made, wrappedKey: await seal(kek, rawKey, 'unused') };
      delete legacy.agreement;
      return { ...header, wrappers: [...header.wrappers, legacy] };
    });
    expect(await world.vault.changePassphrase(PASS, NEXT)).toEqual({ droppedKeys: ['Old key'] });
    expect((await world.vault.readHeader()).wrappers.map((w) => w.kind)).toEqual(['passphrase']);
  });

  it('keeps damaged records reported, and untouched, through the rotation', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('good'));
    await world.vault.add(sampleAccount('lost'));
    const db = await world.rawDb();
    await db.delete('records', 'lost');
    const vault = world.restartWorker();
    await vault.changePassphrase(PASS, NEXT);
    expect((await vault.list()).damage).toEqual([{ id: 'lost', reason: 'missing' }]);
    const reopened = world.restartBrowser();
    await reopened.unlock(NEXT);
    expect(await reopened.list()).toMatchObject({ accounts: [expect.objectContaining({ id: 'good' })], damaged: ['lost'] });
  });

  it('changes the passphrase while locked and stays locked', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('a'));
    const vault = world.restartBrowser();
    await vault.changePassphrase(PASS, NEXT);
    expect(await vault.state()).toBe('locked');
    expect(world.hasSessionKey()).toBe(false);
    await vault.unlock(NEXT);
    expect((await vault.list()).accounts.map((a) => a.id)).toEqual(['a']);
  });
});

/** Any AES key will do for the legacy wrapper: the point is that it has no key agreement to re-wrap with. */
async function importKekLikeBefore(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const key = await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
  expect(await open(key, await seal(key, bytes, 'x'), 'x')).toEqual(bytes);
  return key;
}
