import { describe, expect, it, vi } from 'vitest';
import { CHEAP_KDF, makeVaultWorld, sampleAccount } from '@/tests/unit/vault-env';
import { utf8 } from '@/utils/bytes';
import { newDataKeyBytes, importDataKey, seal } from '@/utils/vault/codec';
import { openVaultDb, type StoredRecord, type VaultHeader } from '@/utils/vault/db';
import { VaultError } from '@/utils/vault/errors';
import { wrapWithPassphrase } from '@/utils/vault/key-wrapping';

const PASS = 'correct horse battery staple';

async function errorOf(promise: Promise<unknown>): Promise<VaultError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(VaultError);
  return error as VaultError;
}

async function worldWith(...ids: string[]) {
  const world = makeVaultWorld();
  await world.vault.create(PASS);
  for (const id of ids) await world.vault.add(sampleAccount(id));
  return { world, db: await world.rawDb() };
}

describe('the vault manifest', () => {
  it('reports a record deleted behind the vault’s back, and keeps the others usable', async () => {
    const { world, db } = await worldWith('kept', 'deleted');
    await db.delete('records', 'deleted');

    const vault = world.restartWorker();
    const { accounts, damaged, damage } = await vault.list();
    expect(accounts.map((a) => a.id)).toEqual(['kept']);
    expect(damaged).toEqual(['deleted']);
    expect(damage).toEqual([{ id: 'deleted', reason: 'missing' }]);
    expect((await errorOf(vault.get('deleted'))).message).toMatch(/missing or was put back from an older copy/);
    expect((await vault.get('kept')).id).toBe('kept');
    await vault.update('kept', (a) => ({ ...a, notes: 'still writable' }));
    expect((await world.restartWorker().list()).damage).toEqual([{ id: 'deleted', reason: 'missing' }]);
  });

  it('reports backup codes put back unused from an older copy of the record', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('codes', { backupCodes: [{ code: '1111-2222', used: false }] }));
    const db = await world.rawDb();
    const beforeUse = (await db.get('records', 'codes')) as StoredRecord;
    await world.vault.update('codes', (a) => ({ ...a, backupCodes: [{ code: '1111-2222', used: true }] }));
    await db.put('records', beforeUse);

    const vault = world.restartWorker();
    expect((await vault.list()).damage).toEqual([{ id: 'codes', reason: 'rolled-back' }]);
    expect((await errorOf(vault.get('codes'))).code).toBe('corrupt');
  });

  it('reports an HOTP counter rolled back to an older ciphertext', async () => {
    const world = makeVaultWorld();
    await world.vault.create(PASS);
    await world.vault.add(sampleAccount('h', { otp: { kind: 'hotp', algorithm: 'SHA1', digits: 6, counter: 4 } }));
    await world.vault.add(sampleAccount('t'));
    const db = await world.rawDb();
    const atFour = (await db.get('records', 'h')) as StoredRecord;
    await world.vault.update('h', (a) => (a.otp.kind === 'hotp' ? { ...a, otp: { ...a.otp, counter: 5 } } : a));
    await db.put('records', atFour);

    const { accounts, damage } = await world.restartWorker().list();
    expect(accounts.map((a) => a.id)).toEqual(['t']);
    expect(damage).toEqual([{ id: 'h', reason: 'rolled-back' }]);
  });

  it('reports a record the manifest does not list, such as a removed one put back', async () => {
    const { world, db } = await worldWith('a', 'gone');
    const removed = (await db.get('records', 'gone')) as StoredRecord;
    await world.vault.remove('gone');
    await db.put('records', removed);

    const { accounts, damage } = await world.restartWorker().list();
    expect(accounts.map((a) => a.id)).toEqual(['a']);
    expect(damage).toEqual([{ id: 'gone', reason: 'unexpected' }]);
  });

  it('lets the person remove a damaged record and its manifest entry, and nothing else', async () => {
    const { world, db } = await worldWith('a', 'missing', 'extra');
    const extra = (await db.get('records', 'extra')) as StoredRecord;
    await world.vault.remove('extra');
    await db.put('records', extra);
    await db.delete('records', 'missing');

    const vault = world.restartWorker();
    expect((await vault.list()).damaged.sort()).toEqual(['extra', 'missing']);
    expect((await errorOf(vault.removeDamaged('a'))).code).toBe('not-found');
    await vault.removeDamaged('missing');
    await vault.removeDamaged('extra');
    expect(await vault.list()).toMatchObject({ damaged: [], damage: [] });
    expect(await db.get('records', 'extra')).toBeUndefined();

    const reopened = world.restartBrowser();
    await reopened.unlock(PASS);
    expect(await reopened.list()).toMatchObject({ accounts: [expect.objectContaining({ id: 'a' })], damaged: [] });
  });

  it('writes the manifest in the same transaction as the record: a failed manifest write leaves the record as it was', async () => {
    const { world } = await worldWith('a');
    const realPut = IDBObjectStore.prototype.put;
    const put = vi
      .spyOn(IDBObjectStore.prototype, 'put')
      .mockImplementationOnce(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        return realPut.apply(this, args);
      })
      .mockImplementationOnce(() => {
        throw new DOMException('The browser closed mid-write', 'AbortError');
      });
    await expect(world.vault.update('a', (a) => ({ ...a, notes: 'new' }))).rejects.toThrow(/mid-write/);
    put.mockRestore();

    const { accounts, damage } = await world.restartWorker().list();
    expect(damage).toEqual([]);
    expect(accounts[0]?.notes).toBe('');
  });

  it('gives a vault made before manifests one at its next unlock, losing nothing, and then notices loss', async () => {
    globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
    const world = makeVaultWorld();
    // The old code path: a format-1 header without a manifest, and schema-1 records.
    const rawKey = newDataKeyBytes();
    const dataKey = await importDataKey(rawKey);
    const header: VaultHeader = { format: 1, createdAt: 1, wrappers: [await wrapWithPassphrase(rawKey, PASS, CHEAP_KDF)] };
    const oldRecord = async (id: string, order: number): Promise<StoredRecord> => ({
      id,
      order,
      v: 1,
      sealed: await seal(dataKey, utf8.encode(JSON.stringify(sampleAccount(id))), `tessera:record:${id}:v1`),
    });
    const db = await openVaultDb();
    await db.put('meta', header, 'header');
    await db.put('records', await oldRecord('old-a', 0));
    await db.put('records', await oldRecord('old-b', 1));

    const vault = world.restartBrowser();
    await vault.unlock(PASS);
    expect(await vault.list()).toMatchObject({ accounts: [sampleAccount('old-a'), sampleAccount('old-b')], damaged: [] });
    const migrated = (await db.get('meta', 'header')) as VaultHeader;
    expect(migrated.format).toBe(2);
    expect(migrated.manifest).toBeDefined();

    await db.delete('records', 'old-b');
    expect((await world.restartWorker().list()).damage).toEqual([{ id: 'old-b', reason: 'missing' }]);
  });

  it('says the header is damaged when its manifest was removed or altered', async () => {
    const { world, db } = await worldWith('a');
    const header = (await db.get('meta', 'header')) as VaultHeader;
    const { manifest, ...withoutManifest } = header;
    await db.put('meta', { ...withoutManifest, format: 1 }, 'header');
    const vault = world.restartBrowser();
    const error = await errorOf(vault.unlock(PASS));
    expect(error.code).toBe('damaged-header');
    expect(error.message).toMatch(/header is damaged/);
    expect(await vault.state()).toBe('locked');

    const ct = new Uint8Array(manifest!.ct.slice(0));
    ct[0] = (ct[0] ?? 0) ^ 1;
    await db.put('meta', { ...header, manifest: { iv: manifest!.iv, ct: ct.buffer } }, 'header');
    expect((await errorOf(world.restartBrowser().unlock(PASS))).code).toBe('damaged-header');
    await db.put('meta', header, 'header');
    await world.restartBrowser().unlock(PASS);
  });
});
