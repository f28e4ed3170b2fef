import { expect, test, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { PNG } from 'pngjs';
import { launchChromiumWithExtension } from './harness/chromium';
import { PopupPage } from './pages/popup';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'violet tractor museum lantern';
const SITE = 'icon-site.example';

/** A 32×32 favicon of one colour no default icon has, so the popup's icon can only be this one. */
function solidPng(rgb: [number, number, number]): Buffer {
  const png = new PNG({ width: 32, height: 32 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([...rgb, 255], i);
  return PNG.sync.write(png);
}

async function send(page: Page, type: string, payload: object): Promise<unknown> {
  return page.evaluate(
    async ([type, payload]) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
      return runtime.sendMessage({ type, payload });
    },
    [type, payload] as const,
  );
}

/** The colour at the middle of the account's site icon, or null while it is initials or not yet loaded. */
async function iconColour(popup: Page): Promise<number[] | null> {
  return popup.evaluate(() => {
    const img = document.querySelector('img.site-icon');
    if (!(img instanceof HTMLImageElement) || !img.complete || img.naturalWidth === 0) return null;
    const canvas = new OffscreenCanvas(img.naturalWidth, img.naturalHeight);
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0);
    return [...context.getImageData(img.naturalWidth >> 1, img.naturalHeight >> 1, 1, 1).data.subarray(0, 3)];
  });
}

test("a bound site's icon comes from the browser's favicon cache, not initials", async () => {
  const browser = await launchChromiumWithExtension(EXTENSION_DIR);
  try {
    await browser.context.route(`https://${SITE}/**`, (route) =>
      route.request().url().endsWith('/favicon.png')
        ? route.fulfill({ contentType: 'image/png', body: solidPng([200, 30, 40]) })
        : route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Icon site</title><link rel="icon" href="/favicon.png">' }),
    );
    const site = await browser.context.newPage();
    await site.goto(`https://${SITE}/`);

    const popup = new PopupPage(await browser.openExtensionPage('popup.html'));
    await popup.createVault(PASSPHRASE);
    await send(popup.page, 'accounts.add', {
      draft: {
        issuer: 'Icon Site',
        label: 'me',
        secret: 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF',
        kind: 'totp',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
        domains: [SITE],
      },
    });
    // The component asks the extension's own _favicon service for the bound site.
    await popup.page.reload();
    const src = await popup.account('Icon Site').locator('img.site-icon').getAttribute('src');
    expect(src).toBe(`chrome-extension://${browser.extensionId}/_favicon/?pageUrl=${encodeURIComponent(`https://${SITE}`)}&size=32`);

    // The browser stores the icon a moment after the visit: look again until it is there.
    await expect
      .poll(
        async () => {
          await popup.page.reload();
          await popup.account('Icon Site').waitFor();
          return iconColour(popup.page);
        },
        { timeout: 20_000, intervals: [250, 500, 1000] },
      )
      .toEqual([200, 30, 40]);
    await expect(popup.account('Icon Site').locator('.site-icon.letter')).toHaveCount(0);
  } finally {
    await browser.close();
    await rm(browser.userDataDir, { recursive: true, force: true });
  }
});
