import { describe, expect, it } from 'vitest';
import { SyncError } from '@/utils/sync/types';
import { createWebDavBackend } from '@/utils/sync/webdav-backend';

/**
 * What the backend sends to servers that behave unlike Apache (the contract runs against Apache in
 * webdav-backend.test.ts): no LOCK, strong ETags, no ETag in PUT answers, HTML where WebDAV was expected.
 */
type Handler = (method: string, url: URL, headers: Headers) => Response;

function fakeServer(handler: Handler) {
  const seen: { method: string; path: string; headers: Headers }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const headers = new Headers(init?.headers);
    seen.push({ method: init?.method ?? 'GET', path: url.pathname, headers });
    return handler(init?.method ?? 'GET', url, headers);
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const multistatus = (etag: string) =>
  new Response(
    `<d:multistatus xmlns:d="DAV:"><d:response><d:href>/f/x</d:href><d:propstat><d:prop><d:getetag>${etag}</d:getetag></d:prop></d:propstat></d:response></d:multistatus>`,
    { status: 207 },
  );

describe('WebDAV requests', () => {
  it('without LOCK, writes with If-Match and finds the new ETag by PROPFIND when PUT and HEAD give none', async () => {
    const server = fakeServer((method) => {
      if (method === 'MKCOL') return new Response(null, { status: 405 });
      if (method === 'LOCK') return new Response(null, { status: 405 });
      if (method === 'PUT') return new Response(null, { status: 204 });
      if (method === 'HEAD') return new Response(null, { status: 200 });
      if (method === 'PROPFIND') return multistatus('"v2"');
      return new Response(null, { status: 500 });
    });
    const backend = createWebDavBackend({ url: 'https://dav.example/f', user: 'ü', password: 'p:w', fetch: server.fetch });
    expect(await backend.write('x', new Uint8Array([1]), '"v1"')).toBe('"v2"');
    const put = server.seen.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe('/f/x');
    expect(put.headers.get('If-Match')).toBe('"v1"');
    expect(put.headers.get('If')).toBeNull();
    expect(put.headers.get('Authorization')).toBe(`Basic ${Buffer.from('ü:p:w').toString('base64')}`);
    // LOCK is not asked again once the server said it has none.
    await backend.write('x', new Uint8Array([1]), '"v2"');
    expect(server.seen.filter((r) => r.method === 'LOCK')).toHaveLength(1);
  });

  it('says so when the server gives files no ETag at all', async () => {
    const server = fakeServer((method) =>
      method === 'PROPFIND'
        ? new Response('<d:multistatus xmlns:d="DAV:"><d:response><d:href>/f/x</d:href></d:response></d:multistatus>', { status: 207 })
        : new Response(method === 'GET' ? 'data' : null, { status: method === 'LOCK' || method === 'MKCOL' ? 405 : 200 }),
    );
    const backend = createWebDavBackend({ url: 'https://dav.example/f/', user: 'u', password: 'p', fetch: server.fetch });
    const error = (await backend.read('x').catch((e: unknown) => e)) as SyncError;
    expect(error).toBeInstanceOf(SyncError);
    expect(error.failure).toBe('bad-response');
    expect(error.message).toMatch(/ETags/);
  });

  it('a web page where the WebDAV folder should be is a bad response that says to check the address', async () => {
    const server = fakeServer(() => new Response('<html><body>Welcome</body></html>', { status: 200 }));
    const backend = createWebDavBackend({ url: 'https://dav.example/f/', user: 'u', password: 'p', fetch: server.fetch });
    const error = (await backend.list().catch((e: unknown) => e)) as SyncError;
    expect(error.failure).toBe('bad-response');
    expect(error.message).toMatch(/not WebDAV/);
  });

  it('a network failure is unavailable, with the message to check the connection', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof globalThis.fetch;
    const error = (await createWebDavBackend({ url: 'https://dav.example/f/', user: 'u', password: 'p', fetch })
      .list()
      .catch((e: unknown) => e)) as SyncError;
    expect(error.failure).toBe('unavailable');
    expect(error.message).toMatch(/Could not reach/);
  });
});
