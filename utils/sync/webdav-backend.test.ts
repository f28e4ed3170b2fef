import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebDavServer, type WebDavServer } from '@/tests/harness/webdav-server';
import { describeBackendContract } from '@/utils/sync/backend-contract';
import { SyncError } from '@/utils/sync/types';
import { createWebDavBackend } from '@/utils/sync/webdav-backend';

/**
 * Against a real Apache httpd with mod_dav and basic auth, started here (tests/harness/webdav-server.ts). Without
 * Apache this fails, saying what to install: it is never skipped.
 */
let server: WebDavServer;
let folders = 0;

beforeAll(async () => {
  server = await startWebDavServer();
  console.warn(`Apache WebDAV server started in ${Math.round(server.startMs)} ms`);
}, 30_000);
afterAll(async () => {
  await server?.close();
});

/** A fresh folder two levels below /dav/ per backend, so each test starts empty and creating parents is exercised. */
const freshBackend = (options: { timeoutMs?: number; password?: string; url?: string } = {}) =>
  createWebDavBackend({
    url: options.url ?? `${server.url}run-${++folders}/tessera vault/`,
    user: server.user,
    password: options.password ?? server.password,
    timeoutMs: options.timeoutMs,
  });

describeBackendContract('WebDAV (Apache mod_dav)', () => freshBackend());

const failureOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SyncError);
  return error as SyncError;
};

describe('WebDAV failures', () => {
  it('a wrong password is unauthorized, with a message to check Settings', async () => {
    const error = await failureOf(freshBackend({ password: 'wrong' }).list());
    expect(error.failure).toBe('unauthorized');
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/app password/);
  });

  it('a folder the server refuses is forbidden', async () => {
    const error = await failureOf(freshBackend({ url: server.forbiddenUrl }).list());
    expect(error.failure).toBe('forbidden');
    expect(error.status).toBe(403);
  });

  it('5xx and 423 answers are unavailable, 507 is quota, and nothing changes; after recovery it works', async () => {
    const backend = freshBackend();
    const version = await backend.write('a', new Uint8Array([1]), null);
    try {
      server.failWith(503);
      expect((await failureOf(backend.write('a', new Uint8Array([2]), version))).failure).toBe('unavailable');
      expect((await failureOf(backend.list())).message).toMatch(/HTTP 503/);
      server.failWith(423);
      expect((await failureOf(backend.read('a'))).failure).toBe('unavailable');
      server.failWith(507);
      expect((await failureOf(backend.write('a', new Uint8Array([2]), version))).failure).toBe('quota');
    } finally {
      server.recover();
    }
    expect([...(await backend.read('a'))!.bytes]).toEqual([1]);
    await backend.write('a', new Uint8Array([3]), version);
  });

  it('a server that does not answer is unavailable after the timeout', async () => {
    const backend = freshBackend({ timeoutMs: 500 });
    await backend.list();
    await server.hang();
    try {
      const error = await failureOf(backend.list());
      expect(error.failure).toBe('unavailable');
      expect(error.message).toMatch(/did not answer within 1 s/);
    } finally {
      server.resume();
    }
    expect(await backend.list()).toEqual([]);
  });

  it('a stopped server is unavailable; the files are there again when it is back', async () => {
    const backend = freshBackend();
    const version = await backend.write('kept', new Uint8Array([7]), null);
    await server.stop();
    try {
      const error = await failureOf(backend.read('kept'));
      expect(error.failure).toBe('unavailable');
      expect(error.message).toMatch(/Could not reach/);
    } finally {
      await server.start();
    }
    expect(await backend.list()).toEqual([{ name: 'kept', version, size: 1 }]);
  });

  it('a folder removed behind its back is made again on the next write', async () => {
    const url = `${server.url}run-${++folders}/`;
    const backend = freshBackend({ url });
    await backend.list();
    const auth = `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`;
    expect((await fetch(url, { method: 'DELETE', headers: { Authorization: auth } })).status).toBe(204);
    await backend.write('a', new Uint8Array([1]), null);
    expect((await backend.list()).map((entry) => entry.name)).toEqual(['a']);
  });

  it('a URL that is not an http(s) folder, or carries credentials, is refused', () => {
    for (const url of ['ftp://example.com/dav/', 'https://user:pw@example.com/dav/', 'not a url']) {
      expect(() => createWebDavBackend({ url, user: 'u', password: 'p' }), url).toThrow(SyncError);
    }
  });
});
