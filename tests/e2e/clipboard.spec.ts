import { expect, test, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { sendFromPage } from './pages/extension';

// Chromium only: the clear goes through the offscreen document (entrypoints/offscreen). Firefox's event-page
// path is not covered here (no Firefox in this environment).
const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'violet tractor museum lantern';

type Reply = { ok: boolean; value?: unknown; error?: { code: string } };

async function setUp(): Promise<{ browser: ChromiumWithExtension; page: Page }> {
  const browser = await launchChromiumWithExtension(EXTENSION_DIR);
  // No context.grantPermissions: CDP refuses chrome-extension:// origins ("opaque origins"), and none is
  // needed: the manifest's clipboardRead/clipboardWrite give Tessera's own pages navigator.clipboard.
  const page = await browser.openExtensionPage('popup.html');
  expect(await sendFromPage<Reply>(page, 'vault.create', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  expect(await sendFromPage<Reply>(page, 'settings.set', { settings: { clipboardClearSeconds: 1 } })).toMatchObject({ ok: true });
  return { browser, page };
}

/** What the popup does on a click: write the code, then ask the background to wipe it later. */
async function copyAsPopupDoes(page: Page, text: string): Promise<Reply> {
  await writeClipboard(page, text);
  return sendFromPage<Reply>(page, 'clipboard.clearLater', { text });
}

async function writeClipboard(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
}

async function readClipboard(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function offscreenDocuments(browser: ChromiumWithExtension): Promise<number> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).chrome.runtime;
    return (await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length;
  });
}

test('clipboard: the copied code is wiped after the delay, then the offscreen document closes', async () => {
  const { browser, page } = await setUp();
  try {
    expect(await copyAsPopupDoes(page, '482913')).toEqual({ ok: true, value: null });
    expect(await readClipboard(page)).toBe('482913');
    expect(await offscreenDocuments(browser)).toBe(1);
    await expect.poll(() => readClipboard(page), { timeout: 5_000 }).toBe('');
    await expect.poll(() => offscreenDocuments(browser), { timeout: 5_000 }).toBe(0);

    // Next copy: the document is opened again.
    expect(await copyAsPopupDoes(page, '105337')).toEqual({ ok: true, value: null });
    await expect.poll(() => readClipboard(page), { timeout: 5_000 }).toBe('');
  } finally {
    await browser.close().catch(() => undefined);
    await rm(browser.userDataDir, { recursive: true, force: true });
  }
});

test('clipboard: something copied afterwards is left alone; only the latest code is wiped', async () => {
  const { browser, page } = await setUp();
  try {
    await copyAsPopupDoes(page, '771204');
    await writeClipboard(page, 'my own note');
    await page.waitForTimeout(2_000);
    expect(await readClipboard(page)).toBe('my own note');
    await expect.poll(() => offscreenDocuments(browser), { timeout: 5_000 }).toBe(0);

    // Two copies in a row: the first one's clear is replaced, the second code is wiped after its own delay.
    await copyAsPopupDoes(page, '111111');
    await page.waitForTimeout(600);
    await copyAsPopupDoes(page, '222222');
    await page.waitForTimeout(600); // 1.2 s after the first copy: its clear would have run by now
    expect(await readClipboard(page)).toBe('222222');
    await expect.poll(() => readClipboard(page), { timeout: 5_000 }).toBe('');
  } finally {
    await browser.close().catch(() => undefined);
    await rm(browser.userDataDir, { recursive: true, force: true });
  }
});

test('clipboard: a delay of 0 turns the wipe off', async () => {
  const { browser, page } = await setUp();
  try {
    expect(await sendFromPage<Reply>(page, 'settings.set', { settings: { clipboardClearSeconds: 0 } })).toMatchObject({ ok: true });
    await copyAsPopupDoes(page, '654321');
    await page.waitForTimeout(1_500);
    expect(await readClipboard(page)).toBe('654321');
    expect(await offscreenDocuments(browser)).toBe(0);
  } finally {
    await browser.close().catch(() => undefined);
    await rm(browser.userDataDir, { recursive: true, force: true });
  }
});
