import { describe, expect, it } from 'vitest';
import { SyncError, type SyncBackend, type SyncFailure } from '@/utils/sync/types';

/**
 * The behaviour every SyncBackend must have, as one vitest suite run against each implementation (memory,
 * browser sync storage, WebDAV against a real Apache). `makeBackend` gives a fresh, empty store per test.
 */
export function describeBackendContract(name: string, makeBackend: () => SyncBackend | Promise<SyncBackend>): void {
  const bytesOf = (text: string) => new TextEncoder().encode(text);
  const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  async function failureOf(promise: Promise<unknown>): Promise<SyncFailure> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, 'expected a SyncError').toBeInstanceOf(SyncError);
    return (error as SyncError).failure;
  }

  describe(`SyncBackend contract: ${name}`, () => {
    it('lists nothing in a new store, and reads a missing file as null', async () => {
      const backend = await makeBackend();
      expect(await backend.list()).toEqual([]);
      expect(await backend.read('missing')).toBeNull();
    });

    it('creates a file, lists it with its version and size, reads it back', async () => {
      const backend = await makeBackend();
      const version = await backend.write('header', bytesOf('hello'), null);
      expect(version).toEqual(expect.any(String));
      expect(await backend.list()).toEqual([{ name: 'header', version, size: 5 }]);
      const read = await backend.read('header');
      expect(textOf(read!.bytes)).toBe('hello');
      expect(read!.version).toBe(version);
    });

    it('create-only refuses a file that exists, and keeps it', async () => {
      const backend = await makeBackend();
      const version = await backend.write('a', bytesOf('first'), null);
      expect(await failureOf(backend.write('a', bytesOf('second'), null))).toBe('conflict');
      expect(textOf((await backend.read('a'))!.bytes)).toBe('first');
      expect((await backend.read('a'))!.version).toBe(version);
    });

    it('writes with the current version, gets a new version, and refuses the stale one', async () => {
      const backend = await makeBackend();
      const v1 = await backend.write('a', bytesOf('one'), null);
      const v2 = await backend.write('a', bytesOf('two'), v1);
      expect(v2).not.toBe(v1);
      // Immediately again, with the version just returned (Apache's ETags are weak for a second after a change).
      const v3 = await backend.write('a', bytesOf('three'), v2);
      expect(await failureOf(backend.write('a', bytesOf('stale'), v1))).toBe('conflict');
      expect(await failureOf(backend.write('a', bytesOf('stale'), v2))).toBe('conflict');
      const read = await backend.read('a');
      expect(textOf(read!.bytes)).toBe('three');
      expect(read!.version).toBe(v3);
      expect(await backend.list()).toEqual([{ name: 'a', version: v3, size: 5 }]);
    });

    it('a write expecting a version of a file that is not there is a conflict', async () => {
      const backend = await makeBackend();
      const version = await backend.write('a', bytesOf('x'), null);
      await backend.delete('a', version);
      expect(await failureOf(backend.write('a', bytesOf('y'), version))).toBe('conflict');
      expect(await backend.read('a')).toBeNull();
    });

    it('deletes with the current version; refuses a stale one; a file already gone is not an error', async () => {
      const backend = await makeBackend();
      const v1 = await backend.write('a', bytesOf('one'), null);
      const v2 = await backend.write('a', bytesOf('two'), v1);
      expect(await failureOf(backend.delete('a', v1))).toBe('conflict');
      expect(textOf((await backend.read('a'))!.bytes)).toBe('two');
      await backend.delete('a', v2);
      expect(await backend.read('a')).toBeNull();
      expect(await backend.list()).toEqual([]);
      await backend.delete('a', v2);
      await backend.delete('never-written', v2);
      expect(await backend.list()).toEqual([]);
    });

    it('a file written again after a delete can be created, and the old version does not match it', async () => {
      const backend = await makeBackend();
      const v1 = await backend.write('a', bytesOf('same'), null);
      await backend.delete('a', v1);
      const v2 = await backend.write('a', bytesOf('same'), null);
      const v3 = await backend.write('a', bytesOf('next'), v2);
      expect(await failureOf(backend.delete('a', v1))).toBe('conflict');
      expect(textOf((await backend.read('a'))!.bytes)).toBe('next');
      expect((await backend.read('a'))!.version).toBe(v3);
    });

    it('round-trips arbitrary bytes, including empty and every byte value', async () => {
      const backend = await makeBackend();
      const everyByte = Uint8Array.from({ length: 256 }, (_, i) => i);
      const random = crypto.getRandomValues(new Uint8Array(3000));
      const files = { every: everyByte, random, empty: new Uint8Array(0), nul: new Uint8Array([0, 0, 0]) };
      for (const [file, bytes] of Object.entries(files)) await backend.write(file, bytes, null);
      for (const [file, bytes] of Object.entries(files)) expect((await backend.read(file))!.bytes, file).toEqual(bytes);
      const sizes = Object.fromEntries((await backend.list()).map((entry) => [entry.name, entry.size]));
      expect(sizes).toEqual({ every: 256, random: 3000, empty: 0, nul: 3 });
    });

    it('keeps names with odd characters apart and lists them as written', async () => {
      const backend = await makeBackend();
      const names = ['a b', 'a+b', 'a%20b', 'ü-é-日本', 'q?x=1&y#z', "it's(1)*!", 'x.y', '~tilde', 'a%2Fb', '...', '-_.'];
      const versions = new Map<string, string>();
      for (const file of names) versions.set(file, await backend.write(file, bytesOf(`content of ${file}`), null));
      const listed = await backend.list();
      expect(listed.map((entry) => entry.name).sort()).toEqual([...names].sort());
      for (const entry of listed) expect(entry.version, entry.name).toBe(versions.get(entry.name));
      for (const file of names) expect(textOf((await backend.read(file))!.bytes), file).toBe(`content of ${file}`);
    });

    it('refuses names that are not file names', async () => {
      const backend = await makeBackend();
      for (const bad of ['', '.', '..', 'a/b', 'a\\b', 'line\nbreak', 'x'.repeat(201)]) {
        await expect(backend.write(bad, bytesOf('x'), null), JSON.stringify(bad)).rejects.toThrow('Not a sync file name');
      }
      expect(await backend.list()).toEqual([]);
    });

    it('of two writes expecting the same version, exactly one wins', async () => {
      const backend = await makeBackend();
      const base = await backend.write('a', bytesOf('base'), null);
      const results = await Promise.allSettled([backend.write('a', bytesOf('left'), base), backend.write('a', bytesOf('right'), base)]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(SyncError);
      expect((lost[0]!.reason as SyncError).failure).toBe('conflict');
      const read = await backend.read('a');
      expect(read!.version).toBe((won[0] as PromiseFulfilledResult<string>).value);
      expect(textOf(read!.bytes)).toBe(results[0]!.status === 'fulfilled' ? 'left' : 'right');
    });

    it('of two creates of the same name, exactly one wins', async () => {
      const backend = await makeBackend();
      const results = await Promise.allSettled([backend.write('n', bytesOf('left'), null), backend.write('n', bytesOf('right'), null)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const lost = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
      expect((lost.reason as SyncError).failure).toBe('conflict');
      expect(textOf((await backend.read('n'))!.bytes)).toBe(results[0]!.status === 'fulfilled' ? 'left' : 'right');
    });
  });
}
