import { expect, test, type Page } from '@playwright/test';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { sendFromPage } from './pages/extension';
import { clickAt } from './pages/mouse';
import { startWebDavServer, type WebDavServer } from '../harness/webdav-server';
import { passRecheck } from './pages/recheck';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASS_A = 'violet tractor museum lantern';
const PASS_B = 'another browser another passphrase';
const SYNC_ALARM = 'tessera.sync';

interface Summary {
  id: string;
  issuer: string;
  label: string;
}

/** A protocol request from an extension page, unwrapped: the test fails with the background's message on a refusal. */
async function ask<T>(page: Page, type: string, payload: object = {}): Promise<T> {
  const reply = await sendFromPage<{ ok: boolean; value?: T; error?: { message: string } }>(page, type, payload);
  if (!reply.ok) throw new Error(`${type}: ${reply.error?.message}`);
  return reply.value as T;
}

const labels = async (page: Page) =>
  (await ask<{ accounts: Summary[] }>(page, 'accounts.list')).accounts.map((a) => `${a.issuer}:${a.label}`).sort();

async function addAccount(page: Page, issuer: string, label: string, secret: string): Promise<void> {
  await ask(page, 'accounts.addFromUri', { uri: `otpauth://totp/${issuer}:${label}?secret=${secret}&issuer=${issuer}`, domains: [] });
}

const idOf = async (page: Page, label: string) =>
  (await ask<{ accounts: Summary[] }>(page, 'accounts.list')).accounts.find((a) => a.label === label)!.id;

/** The options page scrolled to Settings → Sync. */
async function syncSettings(browser: ChromiumWithExtension): Promise<Page> {
  const page = await browser.openExtensionPage('options.html#sync');
  await expect(page.locator('#sync').getByRole('heading', { name: 'Sync' })).toBeVisible();
  return page;
}

/** Fills the WebDAV form with the mouse and keyboard and turns sync on. */
async function turnOnWebDav(page: Page, server: WebDavServer, deviceName: string, passphrase: string): Promise<void> {
  const section = page.locator('#sync');
  await clickAt(section.getByLabel('WebDAV server'));
  await clickAt(section.getByLabel('Folder address (WebDAV)'));
  await page.keyboard.type(`${server.url}tessera/`);
  await clickAt(section.getByLabel('User name'));
  await page.keyboard.type(server.user);
  await clickAt(section.getByLabel('App password'));
  await page.keyboard.type(server.password);
  await clickAt(section.getByLabel('Name of this browser'));
  await page.keyboard.type(deviceName);
  await clickAt(section.getByRole('button', { name: 'Test connection' }));
  await expect(section.getByText('The server answered: the connection works.')).toBeVisible();
  await clickAt(section.getByRole('button', { name: 'Turn on sync' }));
  // Sending the vault somewhere is gated like revealing a secret: the passphrase is asked again first.
  await passRecheck(page, passphrase);
}

async function syncNow(page: Page): Promise<void> {
  const section = page.locator('#sync');
  await clickAt(section.getByRole('button', { name: 'Sync now' }));
  await expect(section.getByRole('button', { name: 'Sync now' })).toBeEnabled();
}

async function expectSynced(page: Page): Promise<void> {
  const section = page.locator('#sync');
  await expect(section.getByTestId('sync-last-success')).toContainText('Last successful sync:');
  await expect(section.getByTestId('sync-last-success')).not.toContainText('Not synced yet');
  await expect(section.getByTestId('sync-error')).toHaveCount(0);
}

let server: WebDavServer;
const browsers: ChromiumWithExtension[] = [];

test.beforeEach(async () => {
  server = await startWebDavServer();
});

test.afterEach(async () => {
  for (const browser of browsers.splice(0)) {
    await browser.close().catch(() => undefined);
    await rm(browser.userDataDir, { recursive: true, force: true });
  }
  await server.close();
});

async function launch(userDataDir?: string): Promise<ChromiumWithExtension> {
  const browser = await launchChromiumWithExtension(EXTENSION_DIR, userDataDir ? { userDataDir } : {});
  browsers.push(browser);
  return browser;
}

/** Two Chromium profiles on one server: A made the synced vault, B joined it with A's passphrase. */
async function twoProfiles() {
  const a = await launch();
  const b = await launch();
  const pageA = await syncSettings(a);
  await ask(pageA, 'vault.create', { passphrase: PASS_A });
  await addAccount(pageA, 'GitHub', 'octo', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
  await addAccount(pageA, 'Mail', 'alice', 'JBSWY3DPEHPK3PXP');
  await pageA.reload();
  await turnOnWebDav(pageA, server, 'Laptop', PASS_A);
  await expectSynced(pageA);
  await expect(pageA.locator('#sync').getByTestId('sync-device')).toHaveText('This browser: Laptop');

  const pageB = await syncSettings(b);
  await ask(pageB, 'vault.create', { passphrase: PASS_B });
  await addAccount(pageB, 'Bank', 'bob', 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF');
  await pageB.reload();
  await turnOnWebDav(pageB, server, 'Desktop', PASS_B);
  const sectionB = pageB.locator('#sync');
  await expect(sectionB.getByTestId('sync-error')).toContainText("Enter the synced vault's passphrase");
  await clickAt(sectionB.getByLabel('Passphrase of the synced vault'));
  await pageB.keyboard.type(PASS_A);
  await clickAt(sectionB.getByRole('button', { name: 'Join' }));
  await expect(sectionB.getByText('Joined: your accounts are merged.')).toBeVisible();
  await expectSynced(pageB);
  await syncNow(pageA);
  const all = ['Bank:bob', 'GitHub:octo', 'Mail:alice'];
  expect(await labels(pageA)).toEqual(all);
  expect(await labels(pageB)).toEqual(all);
  return { a, b, pageA, pageB };
}

test('two Chromium profiles on a real WebDAV server: join, Sync now, the alarm, offline edits, a delete and a used backup code', async () => {
  test.setTimeout(240_000);
  const { a, b, pageA, pageB } = await twoProfiles();

  // Only ciphertext on the server: no label, issuer or secret in any file.
  const files = (await readdir(path.join(server.davDirectory, 'tessera'), { withFileTypes: true }))
    .filter((f) => f.isFile())
    .map((f) => f.name);
  expect(files).toContain('tessera.header');
  const contents = (await Promise.all(files.map((f) => readFile(path.join(server.davDirectory, 'tessera', f), 'latin1')))).join('');
  for (const clear of ['octo', 'GitHub', 'GEZDGNBVGY3TQOJQ', 'alice', server.password]) expect(contents).not.toContain(clear);

  // The app password typed into Settings lives only inside the sealed vault: no file of either profile holds it.
  const needles = [Buffer.from(server.password, 'utf8'), Buffer.from(server.password, 'utf16le')];
  for (const profile of [a.userDataDir, b.userDataDir]) {
    const entries = await readdir(profile, { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile())) {
      const file = path.join(entry.parentPath, entry.name);
      const bytes = await readFile(file).catch(() => Buffer.alloc(0));
      expect(
        needles.some((needle) => bytes.includes(needle)),
        `${path.relative(profile, file)} holds the app password`,
      ).toBe(false);
    }
  }

  await test.step('an edit on A appears on B after "Sync now"', async () => {
    await ask(pageA, 'accounts.update', { id: await idOf(pageA, 'octo'), edit: { label: 'octo-renamed' } });
    await syncNow(pageA);
    await syncNow(pageB);
    expect(await labels(pageB)).toContain('GitHub:octo-renamed');
  });

  await test.step('an edit on A appears on B through the alarm (the test moves the alarm to now)', async () => {
    await ask(pageA, 'accounts.update', { id: await idOf(pageA, 'alice'), edit: { label: 'alice-by-alarm' } });
    // The edit set the alarm 30 s ahead; the test brings the same alarm forward in each worker, and the worker's own listener syncs.
    for (const browser of [a, b]) {
      const worker = await browser.serviceWorker();
      const before = await worker.evaluate(
        async (name) => (await (globalThis as unknown as ChromeAlarms).chrome.alarms.get(name))?.scheduledTime ?? null,
        SYNC_ALARM,
      );
      expect(before).not.toBeNull();
      const page = browser === a ? pageA : pageB;
      const lastSuccess = async () => (await ask<{ lastSuccessAt: number }>(page, 'sync.status')).lastSuccessAt;
      const previous = await lastSuccess();
      await worker.evaluate(
        (name) => (globalThis as unknown as ChromeAlarms).chrome.alarms.create(name, { when: Date.now() + 200 }),
        SYNC_ALARM,
      );
      await expect.poll(lastSuccess, { timeout: 20_000 }).toBeGreaterThan(previous);
    }
    await expect.poll(() => labels(pageB), { timeout: 20_000 }).toContain('Mail:alice-by-alarm');
  });

  await test.step('concurrent offline edits of one account converge, with the server down meanwhile', async () => {
    await server.stop();
    const id = await idOf(pageA, 'bob');
    await ask(pageA, 'accounts.update', { id, edit: { label: 'bob-from-A' } });
    await ask(pageB, 'accounts.update', { id, edit: { issuer: 'Bank-from-B' } });
    await syncNow(pageA);
    await expect(pageA.locator('#sync').getByTestId('sync-error')).toContainText('cannot be reached');
    await server.start();
    await syncNow(pageB);
    await syncNow(pageA);
    await syncNow(pageB);
    expect(await labels(pageA)).toContain('Bank-from-B:bob-from-A');
    expect(await labels(pageB)).toEqual(await labels(pageA));
  });

  await test.step('a delete propagates', async () => {
    await ask(pageB, 'accounts.remove', { id: await idOf(pageB, 'octo-renamed') });
    await syncNow(pageB);
    await syncNow(pageA);
    expect(await labels(pageA)).not.toContain('GitHub:octo-renamed');
    expect(await labels(pageA)).toEqual(await labels(pageB));
  });

  await test.step('a used backup code stays used everywhere', async () => {
    const id = await idOf(pageA, 'alice-by-alarm');
    await ask(pageA, 'backup.replace', { id, codes: ['1111-2222', '3333-4444'] });
    await syncNow(pageA);
    await syncNow(pageB);
    await ask(pageB, 'backup.mark', { id, code: '1111-2222', used: true });
    // Meanwhile A, not yet synced, marks it unused again: the use still wins.
    await ask(pageA, 'backup.mark', { id, code: '1111-2222', used: false });
    await syncNow(pageB);
    await syncNow(pageA);
    await syncNow(pageB);
    for (const page of [pageA, pageB]) {
      const codes = await ask<{ code: string; used: boolean }[]>(page, 'backup.reveal', { id });
      expect(codes.find((c) => c.code === '1111-2222')?.used).toBe(true);
      expect(codes.find((c) => c.code === '3333-4444')?.used).toBe(false);
    }
  });
});

test('the server stopped mid-sync and the browser killed mid-sync lose nothing', async () => {
  test.setTimeout(240_000);
  const { a, pageA, pageB } = await twoProfiles();

  await test.step('server stopped while a sync waits for it', async () => {
    await ask(pageA, 'accounts.update', { id: await idOf(pageA, 'octo'), edit: { label: 'octo-while-stopped' } });
    await server.hang();
    const section = pageA.locator('#sync');
    await clickAt(section.getByRole('button', { name: 'Sync now' }));
    await expect(section.getByRole('button', { name: 'Sync now' })).toBeDisabled();
    await server.stop();
    await expect(section.getByTestId('sync-error')).toBeVisible({ timeout: 30_000 });
    expect(await labels(pageA)).toContain('GitHub:octo-while-stopped');
    await server.start();
    await syncNow(pageA);
    await expectSynced(pageA);
    await syncNow(pageB);
    expect(await labels(pageB)).toContain('GitHub:octo-while-stopped');
  });

  await test.step('browser killed while a sync waits for the server', async () => {
    await ask(pageA, 'accounts.update', { id: await idOf(pageA, 'alice'), edit: { label: 'alice-before-kill' } });
    await server.hang();
    await clickAt(pageA.locator('#sync').getByRole('button', { name: 'Sync now' }));
    await expect(pageA.locator('#sync').getByRole('button', { name: 'Sync now' })).toBeDisabled();
    const profile = a.userDataDir;
    await killChromium(profile);
    browsers.splice(browsers.indexOf(a), 1);
    server.resume();
    const again = await launch(profile);
    const page = await syncSettings(again);
    await ask(page, 'vault.unlock', { passphrase: PASS_A });
    await page.reload();
    expect(await labels(page)).toContain('Mail:alice-before-kill');
    await syncNow(page);
    await expectSynced(page);
    await syncNow(pageB);
    expect(await labels(pageB)).toContain('Mail:alice-before-kill');
  });
});

type Alarms = {
  get(name: string): Promise<{ scheduledTime: number } | undefined>;
  create(name: string, info: { when: number }): Promise<void>;
};
/** chrome.alarms, as the service worker sees it (evaluated functions run there and cannot close over this module). */
type ChromeAlarms = { chrome: { alarms: Alarms } };

/** SIGKILL for the Chromium this test started on `profile` (found by its --user-data-dir), as a crash would. */
async function killChromium(profile: string): Promise<void> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.includes(`--user-data-dir=${profile}`) && !cmdline.includes('--type=')) pids.push(Number(entry));
  }
  expect(pids.length).toBeGreaterThan(0);
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
