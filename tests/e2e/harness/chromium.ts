/**
 * Test harness: launch the system Chromium (Debian, v156) with one unpacked
 * MV3 extension in a persistent profile, and expose the few low-level hooks
 * the Tessera E2E tests need (worker restarts, raw IndexedDB files on disk).
 *
 * Findings this file relies on (verified against Chromium 156.0.8078.108):
 * - `--load-extension` works headless with the Chromium binary (only branded
 *   Chrome/Edge dropped it). Playwright adds `--disable-extensions` by default,
 *   but `--disable-extensions-except` overrides it. /usr/bin/chromium is a shell
 *   wrapper that injects its own (empty) `--load-extension=`; ours comes later
 *   on the command line and wins.
 * - After `ServiceWorker.stopAllWorkers` Playwright keeps the same `Worker`
 *   handle in `context.serviceWorkers()` and fires no 'close' event (the
 *   DevTools target lives as long as the worker *version*). So "stopped" is
 *   detected from CDP `ServiceWorker.workerVersionUpdated` runningStatus.
 *   The handle becomes usable again once the worker restarts; `evaluate()`
 *   on it while stopped just hangs, it does not wake the worker.
 * - IndexedDB of the extension (default storage bucket) lives in
 *   `<profile>/Default/IndexedDB/chrome-extension_<id>_0.indexeddb.leveldb/`
 *   (+ `...indexeddb.blob/` for values > ~64 KiB). With the experimental SQLite
 *   backend (feature IdbSqliteBackingStore, off by default) it is
 *   `<profile>/Default/IndexedDB/chrome-extension_<id>_0/<hash>` (+ `-wal`).
 */
import { chromium } from '@playwright/test';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface LaunchOptions {
  /** Reuse a profile (e.g. to simulate a browser restart). Default: fresh temp dir. */
  userDataDir?: string;
  /** Default true. */
  headless?: boolean;
  /** The browser window in CSS pixels (default 1280×900), and its device pixel ratio (default the screen's). */
  windowSize?: { width: number; height: number };
  deviceScaleFactor?: number;
}

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker handle (waits for it if not yet seen). */
  serviceWorker(): Promise<Worker>;
  /** Opens chrome-extension://<id>/<path> in a new tab, waits for 'load'. */
  openExtensionPage(path: string): Promise<Page>;
  /** Force-stops the extension service worker(s) and waits until really stopped. */
  stopServiceWorkers(): Promise<void>;
  /** Absolute paths of all on-disk files of the extension's IndexedDB. Call after close() for a flushed snapshot. */
  indexedDbFiles(): Promise<string[]>;
  /** Closes the browser (flushes storage). The profile dir is kept; the caller removes it. */
  close(): Promise<void>;
}

const SW_TIMEOUT_MS = 15_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * Chromium's id for an unpacked extension: first 128 bits of SHA-256 over the
 * manifest "key" (DER public key) if present, else over the absolute path;
 * hex digits 0-f are then mapped to letters a-p. Used to pick *our* worker
 * out of the context, and as a cross-check of the URL-derived id.
 */
export function expectedExtensionId(absExtensionDir: string, manifestKey?: string): string {
  const input = manifestKey ? Buffer.from(manifestKey, 'base64') : Buffer.from(absExtensionDir, 'utf8');
  const hex = createHash('sha256').update(input).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/**
 * Paths (absolute) of files that contain `needle`, searched as UTF-8/Latin-1
 * and as UTF-16LE (V8 serializes non-Latin-1 strings as two-byte). Note: a
 * miss is not proof of absence for large values, which Chromium may snappy-
 * compress (back-references can split a string).
 */
export async function filesContaining(files: readonly string[], needle: string): Promise<string[]> {
  const patterns = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const hits: string[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    if (patterns.some((p) => bytes.includes(p))) hits.push(file);
  }
  return hits;
}

async function listFilesRecursive(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function readManifestKey(extensionDir: string): Promise<string | undefined> {
  const manifest: unknown = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'));
  if (typeof manifest === 'object' && manifest !== null && 'key' in manifest && typeof manifest.key === 'string') {
    return manifest.key;
  }
  return undefined;
}

export async function launchChromiumWithExtension(extensionDir: string, opts: LaunchOptions = {}): Promise<ChromiumWithExtension> {
  // Chromium hashes the resolved path, so resolve symlinks too.
  const dir = await realpath(path.resolve(extensionDir));
  const userDataDir = opts.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'tessera-e2e-profile-')));
  const predictedId = expectedExtensionId(dir, await readManifestKey(dir));

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless !== false,
    // No viewport emulation: captureVisibleTab grabs the real window, so the page must measure the same
    // viewport the capture shows (an emulated 1280×720 page in a shorter window cuts QR codes in half).
    viewport: null,
    args: [
      `--window-size=${opts.windowSize?.width ?? 1280},${opts.windowSize?.height ?? 900}`,
      ...(opts.deviceScaleFactor ? [`--force-device-scale-factor=${opts.deviceScaleFactor}`] : []),
      '--no-sandbox', // we run as root in a container
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });

  // Select our worker by the predicted id; if the prediction were ever off (e.g. a
  // hashing change), fall back to the only extension loaded (--disable-extensions-except).
  let workerPrefix = `chrome-extension://${predictedId}/`;
  const isOurs = (w: Worker): boolean => w.url().startsWith(workerPrefix);

  // Subscribe before looking at the list so a worker starting in between is not missed.
  async function serviceWorker(): Promise<Worker> {
    const waiter = context.waitForEvent('serviceworker', { predicate: isOurs, timeout: SW_TIMEOUT_MS });
    const existing = context.serviceWorkers().find(isOurs);
    if (existing) {
      waiter.catch(() => undefined); // abandoned; swallow its eventual timeout
      return existing;
    }
    return waiter;
  }

  let worker: Worker;
  try {
    worker = await serviceWorker();
  } catch (err) {
    const fallback = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!fallback) {
      const seen = context.serviceWorkers().map((w) => w.url());
      await context.close();
      throw new Error(
        `Extension service worker (${predictedId}) did not start; is ${dir} a valid MV3 build? Workers seen: ${JSON.stringify(seen)}`,
        { cause: err },
      );
    }
    worker = fallback;
  }
  // The id we hand out is the one in the live worker URL; the prediction only selects it.
  const extensionId = new URL(worker.url()).host;
  workerPrefix = `chrome-extension://${extensionId}/`;
  const origin = `chrome-extension://${extensionId}`;

  async function openExtensionPage(pagePath: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${origin}/${pagePath.replace(/^\//, '')}`);
    return page;
  }

  async function stopServiceWorkers(): Promise<void> {
    // ServiceWorker.* lives on page targets, so borrow a tab (make a blank one if none).
    const borrowed = context.pages()[0];
    const page = borrowed ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    // versionId -> runningStatus, for our extension's versions only.
    const status = new Map<string, string>();
    // An open popup asks for codes every second and so starts the worker again at once: a version that was seen
    // stopped once has stopped, whatever it reports after.
    const stopped = new Set<string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) {
        if (!v.scriptURL.startsWith(`${origin}/`)) continue;
        status.set(v.versionId, v.runningStatus);
        if (v.runningStatus === 'stopped') stopped.add(v.versionId);
      }
    });
    try {
      await cdp.send('ServiceWorker.enable'); // emits a snapshot of all versions
      await cdp.send('ServiceWorker.stopAllWorkers'); // returns before the stop completes
      const deadline = Date.now() + STOP_TIMEOUT_MS;
      const allStopped = (): boolean => status.size > 0 && [...status.keys()].every((version) => stopped.has(version));
      while (!allStopped()) {
        if (Date.now() > deadline) {
          throw new Error(`Service worker did not stop within ${STOP_TIMEOUT_MS} ms: ${JSON.stringify([...status])}`);
        }
        await new Promise((r) => setTimeout(r, 25));
      }
    } finally {
      await cdp.send('ServiceWorker.disable').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
      if (!borrowed) await page.close();
    }
  }

  async function indexedDbFiles(): Promise<string[]> {
    // Match by origin directory name anywhere under an "IndexedDB" folder, so the
    // LevelDB (.indexeddb.leveldb + .indexeddb.blob) and SQLite (chrome-extension_<id>_0/)
    // layouts are both covered, in any profile sub-dir. Works after close().
    const prefix = `chrome-extension_${extensionId}_`;
    const all = await listFilesRecursive(userDataDir);
    return all
      .filter((f) => {
        const parts = path.relative(userDataDir, f).split(path.sep);
        const i = parts.indexOf('IndexedDB');
        return i >= 0 && (parts[i + 1] ?? '').startsWith(prefix);
      })
      .sort();
  }

  return {
    context,
    extensionId,
    userDataDir,
    serviceWorker,
    openExtensionPage,
    stopServiceWorkers,
    indexedDbFiles,
    close: () => context.close(),
  };
}
