import { expect, test, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startDemoSite, type DemoSite as RunningSite } from '../demo-site/server';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { DemoSite, type QrVariant } from './pages/demo-site';
import { openPopupFor } from './pages/extension';
import { PopupPage } from './pages/popup';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'violet tractor museum lantern';
const SITE_PASSWORD = 'correct horse battery';

let server: RunningSite;
let browser: ChromiumWithExtension;
let users = 0;

test.beforeAll(async () => {
  server = await startDemoSite();
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  const page = await browser.openExtensionPage('popup.html');
  await new PopupPage(page).createVault(PASSPHRASE);
  await page.close();
});

test.afterAll(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
  await server.close();
});

async function siteOnSetupPage(variant: QrVariant): Promise<{ site: DemoSite; user: string }> {
  const user = `scan-${variant}-${++users}`;
  const site = new DemoSite(await browser.context.newPage(), server.url);
  await site.signUp(user, SITE_PASSWORD);
  await site.startEnable2fa(SITE_PASSWORD, variant);
  return { site, user };
}

/** The code Tessera shows for the account is accepted by the site, which then shows its backup codes. */
async function confirmWithTesseraCode(popup: PopupPage, site: DemoSite, user: string) {
  const row = popup.page.getByRole('listitem').filter({ hasText: user });
  await expect(row).toContainText('localhost');
  const code = await row.locator('button.code').getAttribute('data-code');
  expect(code).toMatch(/^\d{6}$/);
  await site.confirmCode(code ?? '');
  await expect(site.heading('Backup codes')).toBeVisible();
}

async function scan(popupPage: Page) {
  await popupPage.getByRole('button', { name: 'Scan QR code' }).click();
}

for (const variant of ['img', 'canvas', 'svg', 'dark', 'small', 'below'] as const) {
  test(`demo site, ${variant} QR: scanned, bound to localhost, code accepted`, async () => {
    const { site, user } = await siteOnSetupPage(variant);
    const popup = new PopupPage(await openPopupFor(browser, site.page));
    await scan(popup.page);
    await expect(popup.page.getByRole('status')).toContainText(`Added Tessera Demo · ${user} (fills on localhost)`);
    await popup.page.getByRole('button', { name: 'Done' }).click();
    await confirmWithTesseraCode(popup, site, user);
    await popup.page.close();
    await site.page.close();
  });
}

test('demo site, two QR codes: both offered, the chosen one added and accepted', async () => {
  const { site, user } = await siteOnSetupPage('two');
  const popup = new PopupPage(await openPopupFor(browser, site.page));
  await scan(popup.page);
  const choices = popup.page.getByRole('list').filter({ hasText: 'Add' }).getByRole('listitem');
  await expect(choices).toHaveCount(2);
  await choices
    .filter({ hasText: `Tessera Demo · ${user}` })
    .getByRole('button', { name: 'Add' })
    .click();
  await expect(popup.page.getByRole('status')).toContainText(`Added Tessera Demo · ${user}`);
  await popup.page.getByRole('button', { name: 'Done' }).click();
  await confirmWithTesseraCode(popup, site, user);
  await popup.page.close();
  await site.page.close();
});

test('demo site, a QR that is not a 2FA code: clear message, nothing added, the setup key still works', async () => {
  const { site, user } = await siteOnSetupPage('nonotp');
  const popup = new PopupPage(await openPopupFor(browser, site.page));
  await scan(popup.page);
  await expect(popup.page.getByRole('alert')).toContainText('web link (https://example.com/app)');
  await popup.page.getByRole('button', { name: 'Done' }).click();
  await expect(popup.page.getByRole('listitem').filter({ hasText: user })).toHaveCount(0);

  await popup.addAccount({ issuer: 'Tessera Demo', label: user, secret: (await site.setupKeyText()).toLowerCase(), sites: 'localhost' });
  await confirmWithTesseraCode(popup, site, user);
  await popup.page.close();
  await site.page.close();
});
