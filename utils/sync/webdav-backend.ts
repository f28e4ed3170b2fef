import { bytesToBase64, utf8 } from '@/utils/bytes';
import { t } from '@/utils/i18n/t';
import { parseMultistatus } from '@/utils/sync/dav-xml';
import { assertValidName } from '@/utils/sync/names';
import { SyncError, type RemoteEntry, type SyncBackend } from '@/utils/sync/types';

export interface WebDavOptions {
  /** The folder's address; created (with its parents) when missing. */
  url: string;
  user: string;
  password: string;
  fetch?: typeof fetch;
  /** Each request's limit; a server that takes longer counts as unavailable. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;
/** A write's lock outlives a browser that dies mid-write by at most this long. */
const LOCK_SECONDS = 60;
/** Another device's lock is waited for this many times, with a growing pause (50 ms, doubling: 1.55 s in all). */
const LOCK_RETRIES = 5;

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getetag/><d:getcontentlength/></d:prop></d:propfind>';
const LOCK_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:lockinfo xmlns:d="DAV:"><d:lockscope><d:exclusive/></d:lockscope><d:locktype><d:write/></d:locktype><d:owner>Tessera</d:owner></d:lockinfo>';

/** The folder URL, ending in "/"; refuses what fetch would refuse or what is not a web address. */
export function webDavFolderUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new SyncError('not-found', t('sync_bad_url'));
  }
  if ((parsed.protocol !== 'https:' && parsed.protocol !== 'http:') || parsed.username || parsed.password) {
    throw new SyncError('not-found', t('sync_bad_url'));
  }
  parsed.search = '';
  parsed.hash = '';
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/';
  return parsed;
}

/**
 * The failure for an HTTP status that the operation did not expect. 507 (the server is out of space) is 'quota',
 * which types.ts describes for browser sync storage: it is the same situation for the person (the vault does not
 * fit where it is stored), with the server's own message.
 */
function failureFor(status: number): SyncError {
  if (status === 401) return new SyncError('unauthorized', t('sync_unauthorized'), status);
  if (status === 403) return new SyncError('forbidden', t('sync_forbidden'), status);
  if (status === 404 || status === 409 || status === 410) return new SyncError('not-found', t('sync_not_found'), status);
  if (status === 412) return new SyncError('conflict', t('sync_conflict'), status);
  if (status === 423) return new SyncError('unavailable', t('sync_locked'), status);
  if (status === 507 || status === 413) return new SyncError('quota', t('sync_server_full', status), status);
  if (status >= 500 || status === 408 || status === 429) return new SyncError('unavailable', t('sync_server_error', status), status);
  return new SyncError('bad-response', t('sync_not_webdav', status), status);
}

/** A weak ETag (W/"…") cannot be used in If-Match (RFC 9110 compares strongly); the WebDAV If header compares weakly. */
const isWeak = (etag: string) => /^W\//i.test(etag);

/**
 * Apache marks every ETag weak for a second after a change, and fails If-Match against it; so preconditions
 * go in the WebDAV If header (RFC 4918 §10.4), tagged with the resource's URL so that they do not apply to its
 * parent, which mod_dav also checks. mod_dav compares the If header's ETags weakly, so the strong form matches.
 */
function ifHeader(url: URL, lockToken: string | null, etag: string | null): string {
  const conditions = [lockToken, etag ? `[${etag}]` : null].filter(Boolean).join(' ');
  return `<${url.href}> (${conditions})`;
}

export function createWebDavBackend(options: WebDavOptions): SyncBackend {
  const folder = webDavFolderUrl(options.url);
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const authorization = `Basic ${bytesToBase64(utf8.encode(`${options.user}:${options.password}`))}`;
  /** Set when the server answers LOCK with 405/501: writes then rely on conditional PUT alone (see write). */
  let locksUnsupported = false;
  let folderKnown = false;
  /**
   * Versions are ETags without the weak marker: Apache's ETag for one file state is W/"x" for a second after the
   * change and "x" after, and a caller comparing versions must see the same state as the same version. Once
   * the server has shown a weak ETag, preconditions go in the If header, which compares weakly.
   */
  let weakSeen = false;
  const versionOf = (etag: string) => {
    if (isWeak(etag)) weakSeen = true;
    return etag.replace(/^W\//i, '');
  };

  const fileUrl = (name: string) => {
    assertValidName(name);
    // encodeURIComponent leaves !'()* alone; they are encoded too, so the server sees only unreserved characters.
    const encoded = encodeURIComponent(name).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    return new URL(encoded, folder);
  };

  async function request(method: string, url: URL, headers: Record<string, string> = {}, body?: BodyInit): Promise<Response> {
    try {
      return await doFetch(url, {
        method,
        headers: { Authorization: authorization, ...headers },
        body,
        cache: 'no-store',
        credentials: 'omit',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = (error as Error | null)?.name;
      if (name === 'TimeoutError' || name === 'AbortError') {
        throw new SyncError('unavailable', t('sync_timeout', Math.round(timeoutMs / 1000)));
      }
      throw new SyncError('unavailable', t('sync_offline'));
    }
  }

  /** Drains a body we do not need, so the connection can be reused; errors here do not matter. */
  const discard = async (response: Response) => {
    await response.arrayBuffer().catch(() => undefined);
  };

  /** Whether the URL is a collection already (another device may have just made it). */
  async function isFolder(url: URL): Promise<boolean> {
    const response = await propfind(url, '0');
    if (response.status !== 207) {
      await discard(response);
      return false;
    }
    return parseMultistatus(await response.text())?.[0]?.isCollection ?? false;
  }

  /** MKCOL for the folder, and from the top down for each missing level when its parent is missing too. */
  async function createFolder(): Promise<void> {
    const levels: URL[] = [];
    for (let url = folder; url.pathname !== '/'; url = new URL('..', url)) levels.unshift(url);
    // Try the folder itself first: usually only the last level is missing.
    const first = await request('MKCOL', folder);
    await discard(first);
    if (first.status === 201 || first.status === 405) return;
    if (first.status !== 409 && !(await isFolder(folder))) throw failureFor(first.status);
    for (const level of levels) {
      const response = await request('MKCOL', level);
      await discard(response);
      // 405: it exists. Anything else may be a level above the person's own space, or another device's MKCOL
      // that came first: the level is fine when it is a folder now.
      if (response.status === 201 || response.status === 405 || (await isFolder(level))) continue;
      throw failureFor(response.status === 409 ? 404 : response.status);
    }
  }

  /** One creation at a time: concurrent writes of a new backend share it. */
  let creatingFolder: Promise<void> | null = null;
  async function ensureFolder(): Promise<void> {
    if (folderKnown) return;
    creatingFolder ??= createFolder().finally(() => (creatingFolder = null));
    await creatingFolder;
    folderKnown = true;
  }

  async function propfind(url: URL, depth: '0' | '1'): Promise<Response> {
    return request('PROPFIND', url, { Depth: depth, 'Content-Type': 'application/xml; charset=utf-8' }, PROPFIND_BODY);
  }

  async function currentEtag(url: URL): Promise<string | null> {
    const head = await request('HEAD', url);
    await discard(head);
    if (head.status === 404) return null;
    if (!head.ok) throw failureFor(head.status);
    const etag = head.headers.get('ETag');
    if (etag) return etag;
    const response = await propfind(url, '0');
    if (response.status !== 207) throw failureFor(response.status);
    const found = parseMultistatus(await response.text())?.[0]?.etag;
    if (!found) throw new SyncError('bad-response', t('sync_no_etag'));
    return found;
  }

  /** An exclusive write lock on the file (created as a lock-null resource when missing); null when the server has none. */
  async function lock(url: URL): Promise<string | null> {
    if (locksUnsupported) return null;
    for (let attempt = 0; ; attempt++) {
      const response = await request(
        'LOCK',
        url,
        { Depth: '0', Timeout: `Second-${LOCK_SECONDS}`, 'Content-Type': 'application/xml; charset=utf-8' },
        LOCK_BODY,
      );
      await discard(response);
      if (response.ok) {
        const token = response.headers.get('Lock-Token')?.trim();
        if (token) return token.startsWith('<') ? token : `<${token}>`;
        locksUnsupported = true;
        return null;
      }
      if (response.status === 405 || response.status === 501 || response.status === 400) {
        locksUnsupported = true;
        return null;
      }
      if (response.status === 423 && attempt < LOCK_RETRIES) {
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        continue;
      }
      // Another device's write holds a lock for a few requests; one still held after the retries (1.5 s) belongs
      // to something else (a desktop client, a stale lock until it times out): try again at the next sync.
      throw failureFor(response.status);
    }
  }

  async function unlock(url: URL, token: string | null): Promise<void> {
    if (!token) return;
    try {
      await discard(await request('UNLOCK', url, { 'Lock-Token': token }));
    } catch {
      // The lock expires by itself after LOCK_SECONDS.
    }
  }

  return {
    kind: 'webdav',

    async list(): Promise<RemoteEntry[]> {
      let response = await propfind(folder, '1');
      if (response.status === 404) {
        await discard(response);
        await createFolder();
        folderKnown = true;
        response = await propfind(folder, '1');
      }
      if (response.status !== 207) {
        await discard(response);
        throw failureFor(response.status === 200 ? 0 : response.status);
      }
      const responses = parseMultistatus(await response.text());
      if (!responses) throw new SyncError('bad-response', t('sync_not_webdav', response.status), response.status);
      folderKnown = true;
      const entries: RemoteEntry[] = [];
      for (const item of responses) {
        let url: URL;
        try {
          url = new URL(item.href, folder);
        } catch {
          continue;
        }
        // Only the folder's direct, non-folder members; hrefs may be paths or full URLs, encoded either way.
        const path = decodePath(url.pathname);
        const parent = decodePath(folder.pathname);
        if (item.isCollection || !path.startsWith(parent)) continue;
        const name = path.slice(parent.length);
        if (!name || name.includes('/')) continue;
        // No ETag: a lock-null resource (another device's write in progress) or a server without ETags (read says so).
        if (!item.etag) continue;
        entries.push({ name, version: versionOf(item.etag), size: item.size ?? 0 });
      }
      return entries;
    },

    async read(name) {
      const url = fileUrl(name);
      const response = await request('GET', url);
      if (response.status === 404) {
        await discard(response);
        return null;
      }
      if (!response.ok) {
        await discard(response);
        throw failureFor(response.status);
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      const etag = response.headers.get('ETag') ?? (await currentEtag(url));
      if (!etag) return null;
      return { bytes, version: versionOf(etag) };
    },

    /**
     * LOCK, then PUT under the lock with the precondition, then HEAD for the new ETag, then UNLOCK. The lock is
     * what makes the precondition atomic: Apache's mod_dav checks If-Match before it reads the body, so two
     * conditional PUTs with the same ETag both succeed without it (measured). Under the lock the ETag read after
     * the PUT is ours; Apache's PUT answers carry no ETag. A server without locks gets the conditional PUT alone.
     */
    async write(name, bytes, expected) {
      const url = fileUrl(name);
      await ensureFolder();
      let token = await lock(url).catch(async (error: unknown) => {
        // A missing folder (deleted since) shows as 409 on LOCK: make it again, once.
        if (error instanceof SyncError && error.failure === 'not-found') {
          folderKnown = false;
          await ensureFolder();
          return lock(url);
        }
        throw error;
      });
      try {
        const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
        if (expected === null) headers['If-None-Match'] = '*';
        if (token || (expected !== null && weakSeen)) headers.If = ifHeader(url, token, expected);
        else if (expected !== null) headers['If-Match'] = expected;
        const response = await request('PUT', url, headers, bytes as Uint8Array<ArrayBuffer>);
        await discard(response);
        if (response.status === 412) throw new SyncError('conflict', t('sync_conflict'), 412);
        if (!response.ok) throw failureFor(response.status);
        const etag = response.headers.get('ETag') ?? (await currentEtag(url));
        if (!etag) throw new SyncError('bad-response', t('sync_no_etag'));
        return versionOf(etag);
      } finally {
        await unlock(url, token);
        token = null;
      }
    },

    async delete(name, expected) {
      const url = fileUrl(name);
      const token = await lock(url).catch((error: unknown) => {
        if (error instanceof SyncError && error.failure === 'not-found') return 'gone' as const;
        throw error;
      });
      if (token === 'gone') return;
      let unlocked = false;
      try {
        const headers: Record<string, string> = {};
        if (token || weakSeen) headers.If = ifHeader(url, token, expected);
        else headers['If-Match'] = expected;
        const response = await request('DELETE', url, headers);
        await discard(response);
        if (response.ok || response.status === 404) {
          unlocked = true; // A DELETE removes the lock with the file.
          return;
        }
        if (response.status === 412) {
          // A lock-null resource (the file was gone before our LOCK) fails the ETag too: that is "already gone".
          if (token && (await currentEtag(url).catch(() => 'unknown')) === null) return;
          throw new SyncError('conflict', t('sync_conflict'), 412);
        }
        throw failureFor(response.status);
      } finally {
        if (!unlocked) await unlock(url, token);
      }
    },
  };
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
