import type { Page } from '@playwright/test';
import type { ChromiumWithExtension } from '../harness/chromium';

type Chrome = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  windows: { create(o: object): Promise<unknown> };
  runtime: { getURL(p: string): string; sendMessage(m: object): Promise<unknown> };
};

/**
 * Opens the popup as its own window acting on the tab whose URL starts with `urlPrefix` (the pop-out form,
 * `popup.html?tab=<id>`), so that tab stays the visible one in its window and can be captured.
 */
export async function openPopupFor(browser: ChromiumWithExtension, target: Page): Promise<Page> {
  await target.bringToFront();
  const helper = await browser.openExtensionPage('popup.html');
  const url = target.url();
  const popupPromise = browser.context.waitForEvent('page', (p) => p.url().includes('popup.html?tab='));
  await helper.evaluate(async (targetUrl) => {
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await chrome.tabs.query({ url: targetUrl });
    if (tab?.id === undefined) throw new Error(`No tab at ${targetUrl}`);
    await chrome.windows.create({ url: chrome.runtime.getURL(`popup.html?tab=${tab.id}`), type: 'popup', width: 420, height: 640 });
  }, url);
  const popup = await popupPromise;
  await helper.close();
  await target.bringToFront();
  await popup.waitForLoadState();
  return popup;
}

/** Sends a protocol request from an extension page, for test set-up and checks. */
export function sendFromPage<T>(page: Page, type: string, payload: object): Promise<T> {
  return page.evaluate(
    async ([t, p]) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      return chrome.runtime.sendMessage({ type: t, payload: p });
    },
    [type, payload] as const,
  ) as Promise<T>;
}
