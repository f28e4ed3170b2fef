/**
 * Test harness: launch Firefox ESR headless over WebDriver BiDi (puppeteer-core) with the built Tessera
 * add-on, and expose the few hooks the Firefox e2e tests need.
 *
 * Findings this file relies on (verified against Firefox ESR 153.7 and puppeteer-core 24.43):
 * - `browser.installExtension(absoluteDir)` (BiDi `webExtension.install`) installs the unpacked build as a
 *   *temporary* add-on. Temporary add-ons get their optional-by-default MV3 host permissions granted, so
 *   `permissions.getAll()` reports `<all_urls>` and the content script runs on http://localhost pages
 *   without any extra preference. (A signed .xpi installed permanently would need the user to grant them;
 *   `extensions.originControls.grantByDefault` only matters for that case.)
 * - The moz-extension:// host is random per profile unless the preference `extensions.webextensions.uuids`
 *   maps the add-on id to a UUID before the add-on is installed: we pick one per launch.
 * - `page.goto('moz-extension://…')` never resolves (puppeteer waits for a navigation event Firefox does not
 *   report for extension pages), but BiDi `browsingContext.navigate` does; it needs `--remote-allow-system-access`.
 *   puppeteer-core does not type the frame's BiDi browsing context, so it is reached through a checked cast.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Reply, RequestOf, RequestType, ResponseOf } from '../../../utils/messaging/protocol';

export const ADDON_ID = 'tessera@tessera-authenticator.org';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The fixed host of moz-extension:// addresses for this launch. */
  uuid: string;
  profileDir: string;
  extensionUrl(pagePath: string): string;
  /** Opens moz-extension://<uuid>/<pagePath> in a new tab (or window) and waits until its document is complete. */
  openExtensionPage(pagePath: string, opts?: { window?: boolean }): Promise<Page>;
  /** Closes the browser and removes the profile. */
  close(): Promise<void>;
}

interface BidiNavigable {
  browsingContext: { navigate(url: string, wait?: 'none' | 'interactive' | 'complete'): Promise<void> };
}

function isBidiNavigable(frame: unknown): frame is BidiNavigable {
  if (typeof frame !== 'object' || frame === null || !('browsingContext' in frame)) return false;
  const context: unknown = frame.browsingContext;
  return typeof context === 'object' && context !== null && 'navigate' in context && typeof context.navigate === 'function';
}

/** Navigates with BiDi `browsingContext.navigate` (works for moz-extension:// where page.goto hangs). */
export async function navigate(page: Page, url: string): Promise<void> {
  const frame: unknown = page.mainFrame();
  if (!isBidiNavigable(frame)) throw new Error('Not a WebDriver BiDi page: launch Firefox with protocol webDriverBiDi');
  await frame.browsingContext.navigate(url, 'complete');
}

export async function launchFirefoxWithExtension(extensionDir: string): Promise<FirefoxWithExtension> {
  if (!path.isAbsolute(extensionDir)) throw new Error(`installExtension needs an absolute path: ${extensionDir}`);
  const uuid = randomUUID();
  const profileDir = await mkdtemp(path.join(tmpdir(), 'tessera-ff-profile-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profileDir,
    // Extension pages can only be opened with system access; the window size is what captureVisibleTab sees.
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    defaultViewport: null,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
    },
  });
  try {
    const id = await browser.installExtension(extensionDir);
    if (id !== ADDON_ID) throw new Error(`Installed ${id}, expected ${ADDON_ID}`);
  } catch (error) {
    await browser.close();
    await rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  const extensionUrl = (pagePath: string) => `moz-extension://${uuid}/${pagePath}`;
  return {
    browser,
    uuid,
    profileDir,
    extensionUrl,
    async openExtensionPage(pagePath, opts = {}) {
      const page = await browser.newPage(opts.window ? { type: 'window' } : undefined);
      await navigate(page, extensionUrl(pagePath));
      return page;
    },
    async close() {
      await browser.close();
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** The WebExtension API as far as the tests use it from an extension page (Firefox: the `browser` global). */
export interface TestWebExtensionApi {
  runtime: { sendMessage(message: object): Promise<unknown> };
  tabs: { query(query: object): Promise<{ id?: number; url?: string; windowId?: number; active?: boolean }[]> };
  permissions: { getAll(): Promise<{ origins?: string[]; permissions?: string[] }> };
}

/** Sends a protocol request from an extension page and returns the background's value (throws on `ok: false`). */
export async function send<K extends RequestType>(extensionPage: Page, type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = (await extensionPage.evaluate(
    async (t: string, p: unknown) => {
      const api = (globalThis as unknown as { browser: TestWebExtensionApi }).browser;
      return api.runtime.sendMessage({ type: t, payload: p });
    },
    type,
    payload,
  )) as Reply<ResponseOf<K>>;
  if (!reply.ok) throw new Error(`${type} failed: ${JSON.stringify(reply.error)}`);
  return reply.value;
}

/** The tab id of the first tab whose URL starts with `urlPrefix`, as the extension sees it. */
export async function tabIdOf(extensionPage: Page, urlPrefix: string): Promise<number> {
  const id = await extensionPage.evaluate(async (prefix: string) => {
    const api = (globalThis as unknown as { browser: TestWebExtensionApi }).browser;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url?.startsWith(prefix))?.id ?? null;
  }, urlPrefix);
  if (id === null) throw new Error(`No tab at ${urlPrefix}`);
  return id;
}
