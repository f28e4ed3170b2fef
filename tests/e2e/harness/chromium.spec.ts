/**
 * Self-test of the Chromium harness against a throwaway MV3 extension written
 * to a temp dir (so it does not depend on the Tessera build).
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectedExtensionId, filesContaining, launchChromiumWithExtension } from './chromium';

// The marker travels in the message, never in the extension's source: the
// source itself is cached in the profile (Service Worker/ScriptCache).
const BACKGROUND_JS = `
const bootId = crypto.randomUUID(); // new value each time the worker (re)starts
function openDb() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('harness-probe', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('kv');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}
async function run(mode, fn) {
  const db = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction('kv', mode);
      const req = fn(tx.objectStore('kv'));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
    });
  } finally { db.close(); }
}
chrome.runtime.onMessage.addListener((msg, _sender, reply) => {
  if (msg?.type === 'ping') { reply({ bootId }); return false; }
  if (msg?.type === 'put') {
    run('readwrite', (s) => s.put({ marker: msg.marker }, 'k')).then(() => reply({ bootId, ok: true }));
    return true;
  }
  if (msg?.type === 'get') {
    run('readonly', (s) => s.get('k')).then((v) => reply({ bootId, marker: v?.marker ?? null }));
    return true;
  }
  return false;
});
`;

const PAGE_HTML = `<!doctype html><meta charset="utf-8"><title>probe</title><script src="page.js"></script>`;
// MV3 CSP forbids inline scripts, hence a separate file.
const PAGE_JS = `window.probeSend = (m) => chrome.runtime.sendMessage(m);`;

interface ProbeReply {
  bootId: string;
  ok?: boolean;
  marker?: string | null;
}
type ProbeMessage = { type: 'ping' } | { type: 'get' } | { type: 'put'; marker: string };
interface ProbeWindow {
  probeSend(m: ProbeMessage): Promise<ProbeReply>;
}

function send(page: Page, m: ProbeMessage): Promise<ProbeReply> {
  return page.evaluate((msg) => (window as unknown as ProbeWindow).probeSend(msg), m);
}

let extDir = '';
const profiles: string[] = [];

test.beforeAll(async () => {
  extDir = await mkdtemp(path.join(tmpdir(), 'tessera-harness-ext-'));
  const manifest = {
    manifest_version: 3,
    name: 'harness-probe',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
  };
  await writeFile(path.join(extDir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(extDir, 'background.js'), BACKGROUND_JS);
  await writeFile(path.join(extDir, 'page.html'), PAGE_HTML);
  await writeFile(path.join(extDir, 'page.js'), PAGE_JS);
});

test.afterAll(async () => {
  for (const dir of [extDir, ...profiles]) if (dir) await rm(dir, { recursive: true, force: true });
});

test('loads headless, round-trips, restarts the worker, and exposes IndexedDB bytes', async () => {
  const marker = `TESSERA-HARNESS-MARKER-${randomUUID()}`;
  const h = await launchChromiumWithExtension(extDir);
  profiles.push(h.userDataDir);
  try {
    await test.step('extension id comes from the worker URL', async () => {
      expect(h.extensionId).toMatch(/^[a-p]{32}$/);
      expect(h.extensionId).toBe(expectedExtensionId(extDir));
      expect((await h.serviceWorker()).url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
    });

    const page = await h.openExtensionPage('page.html');
    const first = await test.step('page message round-trips', async () => {
      expect(page.url()).toBe(`chrome-extension://${h.extensionId}/page.html`);
      const reply = await send(page, { type: 'ping' });
      expect(reply.bootId).toMatch(/^[0-9a-f-]{36}$/);
      return reply.bootId;
    });

    await test.step('stopServiceWorkers stops it, next message restarts it', async () => {
      await h.stopServiceWorkers();
      const reply = await send(page, { type: 'ping' });
      expect(reply.bootId).not.toBe(first); // fresh global scope => it really was stopped
      // Stopping twice in a row (already-stopped case) must also resolve.
      await h.stopServiceWorkers();
      await h.stopServiceWorkers();
      expect((await send(page, { type: 'put', marker })).ok).toBe(true);
    });
  } finally {
    await h.close();
  }

  await test.step('after close, the marker is readable in the IndexedDB files', async () => {
    const files = await h.indexedDbFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(path.isAbsolute(f) && f.startsWith(h.userDataDir)).toBe(true);
    const hits = await filesContaining(files, marker);
    expect(hits.length).toBeGreaterThan(0);
    test.info().annotations.push({ type: 'marker found in', description: hits.join(', ') });
  });

  await test.step('relaunching the same profile keeps id and data (browser restart)', async () => {
    const again = await launchChromiumWithExtension(extDir, { userDataDir: h.userDataDir });
    try {
      expect(again.extensionId).toBe(h.extensionId);
      const page = await again.openExtensionPage('page.html');
      expect((await send(page, { type: 'get' })).marker).toBe(marker);
    } finally {
      await again.close();
    }
  });
});
