import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeVaultWorld, sampleAccount } from '@/tests/unit/vault-env';
import type { Sealed } from '@/utils/vault/codec';
import { importDataKey } from '@/utils/vault/codec';
import { applyChanges, commit } from '@/utils/vault/commit';
import type { StoredRecord, VaultHeader } from '@/utils/vault/db';
import { unwrapWithPassphrase } from '@/utils/vault/key-wrapping';
import { openManifest } from '@/utils/vault/manifest';
import { openSnapshot } from '@/utils/vault/snapshot';

const PASS = 'correct horse battery staple';
const NEXT = 'a brand new passphrase';
const IDS = ['a', 'b', 'c', 'd', 'e'];

afterEach(() => vi.restoreAllMocks());

async function worldWith(ids: string[] = IDS) {
  const world = makeVaultWorld();
  await world.vault.create(PASS);
  await world.vault.saveAll(ids.map((id) => sampleAccount(id)));
  return { world, db: await world.rawDb() };
}

/** What a restarted worker lists, and how many AES-GCM decryptions it took to get there. */
async function listAfterRestart(world: ReturnType<typeof makeVaultWorld>) {
  const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
  const listed = await world.restartWorker().list();
  const decryptions = decrypt.mock.calls.length;
  decrypt.mockRestore();
  return { ...listed, ids: listed.accounts.map((a) => a.id), decryptions };
}

const copyOf = (sealed: Sealed): Sealed => ({ iv: new Uint8Array(sealed.iv), ct: sealed.ct.slice(0) });
const flipped = (sealed: Sealed): Sealed => {
  const ct = new Uint8Array(sealed.ct.slice(0));
  ct[5] = (ct[5] ?? 0) ^ 1;
  return { iv: sealed.iv, ct: ct.buffer };
};

describe('the vault snapshot', () => {
  it('lets a restarted worker open 5 accounts with 2 decryptions (manifest and snapshot) instead of 6', async () => {
    const { world } = await worldWith();
    const restarted = await listAfterRestart(world);
    expect(restarted.ids).toEqual(IDS);
    expect(restarted.accounts).toEqual(IDS.map((id) => sampleAccount(id)));
    expect(restarted.damage).toEqual([]);
    expect(restarted.decryptions).toBe(2);
  });

  it('is written with every commit: an update, a removal, a restore (replaceAll) and a reorder', async () => {
    const { world } = await worldWith();
    await world.vault.update('b', (account) => ({ ...account, issuer: 'Renamed' }));
    expect((await listAfterRestart(world)).accounts.find((a) => a.id === 'b')?.issuer).toBe('Renamed');
    await world.vault.remove('c');
    expect(await listAfterRestart(world)).toMatchObject({ ids: ['a', 'b', 'd', 'e'], decryptions: 2 });
    await world.vault.replaceAll([sampleAccount('x'), sampleAccount('y')]);
    expect(await listAfterRestart(world)).toMatchObject({ ids: ['x', 'y'], decryptions: 2 });
    // Only the clear-text positions change: the snapshot holds none, so it stays the one to open.
    await world.vault.setOrder(['y']);
    expect(await listAfterRestart(world)).toMatchObject({ ids: ['y', 'x'], decryptions: 2 });
  });

  it('is sealed again under the new data key when a passphrase change rotates it', async () => {
    const { world, db } = await worldWith();
    const oldRaw = await unwrapWithPassphrase((await db.get('meta', 'header')) as VaultHeader, PASS);
    await world.vault.changePassphrase(PASS, NEXT);
    expect(await listAfterRestart(world)).toMatchObject({ ids: IDS, decryptions: 2 });
    const header = (await db.get('meta', 'header')) as VaultHeader;
    const records = (await db.getAll('records')) as StoredRecord[];
    const oldKey = await importDataKey(oldRaw!);
    const manifest = new Map(IDS.map((id) => [id, 1]));
    expect(await openSnapshot(oldKey, header.manifest!, manifest, await db.get('meta', 'snapshot'), records)).toBeNull();
  });

  it('is rebuilt when missing: that opening goes record by record, the next one is quick again', async () => {
    const { world, db } = await worldWith();
    await db.delete('meta', 'snapshot');
    expect(await listAfterRestart(world)).toMatchObject({ ids: IDS, damage: [], decryptions: 1 + IDS.length });
    expect(await db.get('meta', 'snapshot')).toBeDefined();
    expect(await listAfterRestart(world)).toMatchObject({ ids: IDS, decryptions: 2 });
  });

  it('is ignored when stale (an older one put back) or tampered with, and then rebuilt', async () => {
    const { world, db } = await worldWith();
    const older = copyOf((await db.get('meta', 'snapshot')) as Sealed);
    await world.vault.add(sampleAccount('f'));
    await db.put('meta', older, 'snapshot');
    // The manifest and the snapshot (which does not open), then the manifest and the 6 records.
    expect(await listAfterRestart(world)).toMatchObject({ ids: [...IDS, 'f'], damage: [], decryptions: 9 });
    expect(await listAfterRestart(world)).toMatchObject({ ids: [...IDS, 'f'], decryptions: 2 });

    await db.put('meta', flipped((await db.get('meta', 'snapshot')) as Sealed), 'snapshot');
    expect(await listAfterRestart(world)).toMatchObject({ ids: [...IDS, 'f'], damage: [], decryptions: 9 });
    await db.put('meta', { not: 'a snapshot' } as unknown as Sealed, 'snapshot');
    expect((await listAfterRestart(world)).ids).toEqual([...IDS, 'f']);
  });

  it('never outvotes the records: each kind of damage is reported exactly as without a snapshot', async () => {
    const { world, db } = await worldWith();
    const oldB = (await db.get('records', 'b')) as StoredRecord;
    await world.vault.update('b', (account) => ({ ...account, issuer: 'Newer' }));
    const c = (await db.get('records', 'c')) as StoredRecord;
    // An older copy put back, a record deleted, one altered in place (same IV and version), one from elsewhere.
    await db.put('records', oldB);
    await db.delete('records', 'd');
    await db.put('records', { ...c, sealed: flipped(c.sealed) });
    await db.put('records', { ...c, id: 'stray' });
    const restarted = await listAfterRestart(world);
    expect(restarted.ids).toEqual(['a', 'e']);
    expect([...restarted.damage].sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { id: 'b', reason: 'rolled-back' },
      { id: 'c', reason: 'unreadable' },
      { id: 'd', reason: 'missing' },
      { id: 'stray', reason: 'unreadable' },
    ]);
    // A worker that opened the vault before the damage writes a snapshot of what it holds: it hashes the records
    // as that worker wrote them, not as they are on disk, so it is ignored and the damage stays reported.
    await world.vault.add(sampleAccount('g'));
    expect((await listAfterRestart(world)).damaged.sort()).toEqual(['b', 'c', 'd', 'stray']);
    // A worker that knows of the damage writes none at all.
    const knowing = world.restartWorker();
    await knowing.add(sampleAccount('h'));
    expect(await db.get('meta', 'snapshot')).toBeUndefined();
    const after = await listAfterRestart(world);
    expect(after.ids).toEqual(['a', 'e', 'g', 'h']);
    expect(after.damaged.sort()).toEqual(['b', 'c', 'd', 'stray']);
  });

  it('comes back once the damaged records are removed', async () => {
    const { world, db } = await worldWith();
    await db.delete('records', 'd');
    const vault = world.restartWorker();
    expect((await vault.list()).damaged).toEqual(['d']);
    await vault.removeDamaged('d');
    expect(await db.get('meta', 'snapshot')).toBeDefined();
    expect(await listAfterRestart(world)).toMatchObject({ ids: ['a', 'b', 'c', 'e'], damage: [], decryptions: 2 });
  });

  it('is written in the same transaction as the records: an aborted commit leaves records, manifest and snapshot all old', async () => {
    const { world, db } = await worldWith();
    const before = {
      header: (await db.get('meta', 'header')) as VaultHeader,
      snapshot: (await db.get('meta', 'snapshot')) as Sealed,
      records: (await db.getAll('records')) as StoredRecord[],
    };
    const raw = await unwrapWithPassphrase(before.header, PASS);
    const dataKey = await importDataKey(raw!);
    const records = new Map(before.records.map((record) => [record.id, record]));
    const good = { ...records.get('a')!, id: 'new' };
    // A record without its key path fails its put, after the good one was made: the transaction aborts.
    const changes = { put: [good, { ...good, id: undefined } as unknown as StoredRecord], remove: ['b'] };
    const manifest = new Map([...before.records.map((r) => [r.id, 1] as const), ['new', 1] as const]);
    const contents = { dataKey, manifest, records: applyChanges(records, changes), accounts: new Map(), damaged: false };
    await expect(commit(await world.env.db(), contents, changes)).rejects.toThrow();

    expect(await db.get('meta', 'header')).toEqual(before.header);
    expect(await db.get('meta', 'snapshot')).toEqual(before.snapshot);
    expect(await db.getAll('records')).toEqual(before.records);
    const stored = await openManifest(dataKey, before.header.manifest!);
    expect(await openSnapshot(dataKey, before.header.manifest!, stored!, before.snapshot, before.records)).not.toBeNull();
    expect(await listAfterRestart(world)).toMatchObject({ ids: IDS, decryptions: 2 });
  });
});
