import { describe, expect, it } from 'vitest';
import { sampleAccount } from '@/tests/unit/vault-env';
import { makeDevice, memoryServer, PASS, WEBDAV, type Device } from '@/tests/unit/sync-world';
import { backoffMs, SYNC_ALARM, SYNC_PERIOD_MS } from '@/utils/background/sync-service';
import { HEADER_FILE, INDEX_FILE, isRecordFile } from '@/utils/sync/remote-vault';
import { MAX_ROUNDS } from '@/utils/sync/sync-run';
import { SyncError } from '@/utils/sync/types';

const START = 1_760_000_000_000;

/** The live accounts, by id (the merged list order interleaves the devices' lists: `sameOrder` checks it separately). */
async function labels(device: Device): Promise<string[]> {
  const { accounts } = await device.vault.list();
  return accounts
    .filter((a) => a.deletedAt === undefined)
    .map((a) => `${a.id}:${a.label}`)
    .sort((x, y) => ORDER.indexOf(x.split(':')[0]!) - ORDER.indexOf(y.split(':')[0]!));
}
const ORDER = ['one', 'two', 'three'];

async function listOrder(device: Device): Promise<string[]> {
  return (await device.vault.list()).accounts.map((a) => a.id);
}

/** A first browser with two accounts, synced; a second one joined with the passphrase; both in step. */
async function twoDevices() {
  const server = memoryServer();
  const clock = { now: START };
  const a = await makeDevice(server, clock);
  await a.vault.saveAll([sampleAccount('one', { label: 'one' }), sampleAccount('two', { label: 'two' })]);
  const first = await a.sync.setEnabled(WEBDAV, 'Laptop');
  expect(first.lastError).toBeNull();
  const b = await makeDevice(server, clock, 'another passphrase here');
  await b.vault.add(sampleAccount('three', { label: 'three' }));
  const joining = await b.sync.setEnabled(WEBDAV, 'Desktop');
  expect(joining.lastError?.problem).toBe('needs-passphrase');
  const joined = await b.sync.joinWithPassphrase(PASS);
  expect(joined.status.lastError).toBeNull();
  await a.sync.syncNow();
  return { server, clock, a, b };
}

describe('sync service', () => {
  it('publishes only ciphertext: a header, an index and one blob per record under random names', async () => {
    const server = memoryServer();
    const a = await makeDevice(server, { now: START });
    await a.vault.add(sampleAccount('one', { label: 'secret-label', notes: 'JBSWY3DPEHPK3PXP' }));
    await a.sync.setEnabled(WEBDAV, 'Laptop');
    const names = [...server.files.keys()];
    expect(names).toContain(HEADER_FILE);
    expect(names).toContain(INDEX_FILE);
    expect(names.filter(isRecordFile)).toHaveLength(1);
    const all = new TextDecoder().decode(new Uint8Array([...server.files.values()].flatMap((f) => [...f.bytes])));
    for (const secret of ['secret-label', 'JBSWY3DPEHPK3PXP', 'one', 'app-password', 'alice']) expect(all).not.toContain(secret);
  });

  it('joins a second browser by the remote passphrase, merging its own accounts in, and carries edits both ways', async () => {
    const { a, b, clock } = await twoDevices();
    expect(await labels(a)).toEqual(['one:one', 'two:two', 'three:three']);
    expect(await labels(b)).toEqual(['one:one', 'two:two', 'three:three']);
    expect(await listOrder(b)).toEqual(await listOrder(a));
    // B now opens with the synced vault's passphrase.
    await b.vault.lock();
    await b.vault.unlock(PASS);
    clock.now += 1000;
    await a.vault.update('one', (acc) => ({ ...acc, label: 'one renamed' }));
    expect(a.alarms.get(SYNC_ALARM)).toBe(clock.now + 30_000);
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(await labels(b)).toEqual(['one:one renamed', 'two:two', 'three:three']);
  });

  it('keeps both concurrent offline edits of different fields, a delete, a used backup code and the larger HOTP counter', async () => {
    const { a, b, clock } = await twoDevices();
    await a.vault.update('two', (acc) => ({
      ...acc,
      backupCodes: [
        { code: '1111', used: false },
        { code: '2222', used: false },
      ],
    }));
    await a.sync.syncNow();
    await b.sync.syncNow();
    clock.now += 1000;
    await a.vault.update('one', (acc) => ({ ...acc, label: 'label from A' }));
    await b.vault.update('one', (acc) => ({ ...acc, issuer: 'Issuer from B' }));
    await b.vault.update('two', (acc) => ({
      ...acc,
      backupCodes: acc.backupCodes!.map((c) => (c.code === '1111' ? { ...c, used: true, usedAt: clock.now } : c)),
    }));
    await a.vault.update('three', (acc) => ({ ...acc, deletedAt: clock.now }));
    await a.vault.remove('three');
    await b.sync.syncNow();
    await a.sync.syncNow();
    await b.sync.syncNow();
    for (const device of [a, b]) {
      const one = await device.vault.get('one');
      expect([one.label, one.issuer]).toEqual(['label from A', 'Issuer from B']);
      expect((await device.vault.get('two')).backupCodes).toEqual([
        { code: '1111', used: true, usedAt: clock.now },
        { code: '2222', used: false },
      ]);
      expect((await labels(device)).map((l) => l.split(':')[0])).toEqual(['one', 'two']);
    }
    // A replays an old copy of the codes (as an import or restore would): the use survives.
    await a.vault.update('two', (acc) => ({
      ...acc,
      backupCodes: [
        { code: '1111', used: false },
        { code: '2222', used: false },
      ],
    }));
    await a.sync.syncNow();
    await b.sync.syncNow();
    for (const device of [a, b]) expect((await device.vault.get('two')).backupCodes![0]!.used).toBe(true);
  });

  it('reports a server that is down, changes nothing, backs off, and completes at the next sync', async () => {
    const { server, a, b, clock } = await twoDevices();
    await a.vault.update('one', (acc) => ({ ...acc, label: 'edited offline' }));
    server.fault = () => {
      throw new SyncError('unavailable', 'down');
    };
    const down = await a.sync.syncNow();
    expect(down.lastError?.problem).toBe('unavailable');
    expect(down.lastError?.message).toMatch(/cannot be reached/);
    expect(down.failures).toBe(1);
    expect(a.alarms.get(SYNC_ALARM)).toBe(clock.now + backoffMs(1));
    const again = await a.sync.syncNow();
    expect(again.failures).toBe(2);
    expect(a.alarms.get(SYNC_ALARM)).toBe(clock.now + 2 * SYNC_PERIOD_MS);
    // An edit during the back-off does not turn it into a retry loop.
    await a.vault.update('two', (acc) => ({ ...acc, label: 'also offline' }));
    expect(a.alarms.get(SYNC_ALARM)).toBe(clock.now + 2 * SYNC_PERIOD_MS);
    server.fault = null;
    const up = await a.sync.syncNow();
    expect(up.lastError).toBeNull();
    expect(up.failures).toBe(0);
    expect(up.lastSuccessAt).toBe(clock.now);
    await b.sync.syncNow();
    expect(await labels(b)).toEqual(['one:edited offline', 'two:also offline', 'three:three']);
  });

  it.each([
    [401, 'unauthorized', /401/],
    [403, 'forbidden', /403/],
    [409, 'conflict', /409/],
    [503, 'unavailable', /503/],
  ] as const)('says what a %i means', async (status, failure, message) => {
    const { server, a } = await twoDevices();
    server.fault = (op) => {
      if (op === 'list') throw new SyncError(failure, 'refused', status);
    };
    const result = await a.sync.syncNow();
    expect(result.lastError?.message).toMatch(message);
    expect(result.lastError?.status).toBe(status);
  });

  it('says when the vault does not fit the browser sync storage, and suggests WebDAV', async () => {
    const { server, a } = await twoDevices();
    await a.vault.update('one', (acc) => ({ ...acc, notes: 'a long note' }));
    server.fault = (op) => {
      if (op === 'write') throw new SyncError('quota', 'QUOTA_BYTES exceeded');
    };
    const result = await a.sync.syncNow();
    expect(result.lastError?.problem).toBe('quota');
    expect(result.lastError?.message).toMatch(/does not fit .* Use a WebDAV server/);
    expect((await a.vault.get('one')).notes).toBe('a long note');
  });

  it('merges again after a 412, and gives up after a bounded number of rounds when every write conflicts', async () => {
    const { server, a, b } = await twoDevices();
    await a.vault.update('one', (acc) => ({ ...acc, label: 'from A' }));
    await b.vault.update('two', (acc) => ({ ...acc, label: 'from B' }));
    // B writes its index just after A read it: A's index write meets a 412 once, then A merges B's edit in.
    let raced = false;
    server.fault = (op, name) => {
      if (op === 'write' && name === INDEX_FILE && !raced) {
        raced = true;
        server.fault = null;
        throw new SyncError('conflict', 'precondition failed', 412);
      }
    };
    await b.sync.syncNow();
    await a.vault.update('three', (acc) => ({ ...acc, label: 'from A too' }));
    server.fault = (op, name) => {
      if (op === 'write' && name === INDEX_FILE && !raced) {
        raced = true;
        throw new SyncError('conflict', 'precondition failed', 412);
      }
    };
    expect((await a.sync.syncNow()).lastError).toBeNull();
    expect(raced).toBe(true);
    await b.sync.syncNow();
    expect(await labels(b)).toEqual(['one:from A', 'two:from B', 'three:from A too']);

    server.requests.length = 0;
    server.fault = (op, name) => {
      if (op === 'write' && name === INDEX_FILE) throw new SyncError('conflict', 'precondition failed', 412);
    };
    await a.vault.update('one', (acc) => ({ ...acc, label: 'never lands' }));
    const busy = await a.sync.syncNow();
    expect(busy.lastError?.problem).toBe('busy');
    expect(server.requests.filter((r) => r.op === 'write' && r.name === INDEX_FILE)).toHaveLength(MAX_ROUNDS);
    server.fault = null;
    await a.sync.syncNow();
    await b.sync.syncNow();
    expect(await labels(b)).toEqual(['one:never lands', 'two:from B', 'three:from A too']);
  });

  it('never names in the index a blob whose write was refused (Apache answers 412 to some concurrent creations)', async () => {
    const { server, a, b } = await twoDevices();
    await a.vault.update('one', (acc) => ({ ...acc, label: 'first try refused' }));
    await a.vault.update('two', (acc) => ({ ...acc, label: 'second blob' }));
    let refused = 0;
    server.fault = (op, name) => {
      if (op === 'write' && name !== undefined && isRecordFile(name) && refused++ === 1)
        throw new SyncError('conflict', 'precondition failed', 412);
    };
    expect((await a.sync.syncNow()).lastError).toBeNull();
    server.fault = null;
    expect(refused).toBeGreaterThan(1);
    expect((await b.sync.syncNow()).lastError).toBeNull();
    expect(await labels(b)).toEqual(['one:first try refused', 'two:second blob', 'three:three']);
  });

  it.each(['listed', 'read', 'blobs-written', 'index-written'] as const)('loses nothing when the browser dies at %s', async (step) => {
    const { server, a, b } = await twoDevices();
    await a.vault.update('one', (acc) => ({ ...acc, label: 'edited before the crash' }));
    await b.vault.update('two', (acc) => ({ ...acc, label: 'edited on B' }));
    await b.sync.syncNow();
    a.crashAt = step;
    const crashed = await a.sync.syncNow();
    expect(crashed.lastError?.problem).toBe('internal');
    expect((await a.vault.get('one')).label).toBe('edited before the crash');
    const next = await a.sync.syncNow();
    expect(next.lastError).toBeNull();
    await b.sync.syncNow();
    for (const device of [a, b]) expect(await labels(device)).toEqual(['one:edited before the crash', 'two:edited on B', 'three:three']);
    // Blobs left by the interrupted sync are cleaned up: one per record remains.
    expect([...server.files.keys()].filter(isRecordFile)).toHaveLength(3);
    expect(a.pending()).toEqual([]);
  });

  it('reports a remote record that does not decrypt and never lets it overwrite the good copy here', async () => {
    const { server, a, b } = await twoDevices();
    await a.vault.update('one', (acc) => ({ ...acc, label: 'changed on A' }));
    await a.sync.syncNow();
    // Flip a byte of every record blob A just wrote (the server, or someone on it, altered them).
    for (const [name, file] of server.files) if (isRecordFile(name)) file.bytes[file.bytes.length - 1]! ^= 1;
    const result = await b.sync.syncNow();
    expect(result.undecryptable).toBe(1);
    expect(result.lastError?.message).toMatch(/did not decrypt/);
    expect(await labels(b)).toEqual(['one:one', 'two:two', 'three:three']);
  });

  it('asks the other browsers once for the new passphrase after a passphrase change, and they keep working', async () => {
    const { a, b } = await twoDevices();
    const NEW = 'a brand new passphrase for all';
    await a.vault.changePassphrase(PASS, NEW);
    await a.vault.update('one', (acc) => ({ ...acc, label: 'after the change' }));
    expect((await a.sync.syncNow()).lastError).toBeNull();
    await b.vault.update('two', (acc) => ({ ...acc, label: 'B meanwhile' }));
    const asked = await b.sync.syncNow();
    expect(asked.lastError?.problem).toBe('needs-passphrase');
    await expect(b.sync.joinWithPassphrase(PASS)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    const joined = await b.sync.joinWithPassphrase(NEW);
    expect(joined.status.lastError).toBeNull();
    await a.sync.syncNow();
    for (const device of [a, b]) expect(await labels(device)).toEqual(['one:after the change', 'two:B meanwhile', 'three:three']);
    await b.vault.lock();
    await b.vault.unlock(NEW);
    expect((await b.sync.syncNow()).lastError).toBeNull();
  });

  it('waits while the vault is locked, and turning sync off stops the alarm', async () => {
    const { a } = await twoDevices();
    await a.vault.lock();
    const locked = await a.sync.syncNow();
    expect(locked.lastError?.problem).toBe('locked');
    await a.vault.unlock(PASS);
    const off = await a.sync.setEnabled(null);
    expect(off.enabled).toBe(false);
    expect(a.alarms.has(SYNC_ALARM)).toBe(false);
    expect((await a.vault.readSyncState())?.backend).toBeNull();
  });
});
