import { expect, test } from '@playwright/test';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startDemoSite, type DemoSite as RunningSite } from '../demo-site/server';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { DemoSite } from './pages/demo-site';
import { openPopupFor, sendFromPage } from './pages/extension';
import { PopupPage } from './pages/popup';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'violet tractor museum lantern';
const USER = 'autofill-user';
const SITE_PASSWORD = 'correct horse battery';

let server: RunningSite;
let browser: ChromiumWithExtension;
let site: DemoSite;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startDemoSite();
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  const page = await browser.openExtensionPage('popup.html');
  await new PopupPage(page).createVault(PASSPHRASE);
  await page.close();
  site = new DemoSite(await browser.context.newPage(), server.url);
});

test.afterAll(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
  await server.close();
});

test('after a QR enrolment, the setup page is confirmed with the code Tessera fills in', async () => {
  await site.signUp(USER, SITE_PASSWORD);
  await site.startEnable2fa(SITE_PASSWORD);
  const popup = new PopupPage(await openPopupFor(browser, site.page));
  await popup.page.getByRole('button', { name: 'Scan QR code' }).click();
  await expect(popup.page.getByRole('status')).toContainText('Added Tessera Demo');
  const field = site.page.getByLabel('Enter the 6-digit code from your app');
  await expect(field).toHaveValue(/^\d{6}$/);
  await popup.page.getByRole('button', { name: 'Done' }).click();
  const { code } = await popup.readCode('Tessera Demo');
  await expect(field).toHaveValue(code);
  await popup.page.close();
  await site.page.getByRole('button', { name: 'Verify' }).click();
  await expect(site.heading('Backup codes')).toBeVisible();
});

for (const style of ['single', 'split'] as const) {
  test(`sign-in with the authenticator code is filled automatically (${style} field)`, async () => {
    await site.goto('/');
    await site.signOut();
    await site.signIn(USER, SITE_PASSWORD, style);
    await expect(site.heading('Two-factor authentication')).toBeVisible();
    const boxes = site.page.getByRole('textbox', { name: /^Digit \d of 6$/ });
    if (style === 'split') {
      await expect(boxes).toHaveCount(6);
      for (let i = 0; i < 6; i++) await expect(boxes.nth(i)).toHaveValue(/^\d$/);
    } else {
      await expect(site.page.getByLabel('Authentication code')).toHaveValue(/^\d{6}$/);
    }
    // Filled, not submitted: auto-submit is off unless the person turns it on.
    await expect(site.heading('Two-factor authentication')).toBeVisible();
    await site.page.getByRole('button', { name: 'Verify' }).click();
    await site.expectSignedIn(USER);
  });
}

test('with auto-submit on, the sign-in completes by itself', async () => {
  const settingsPage = await browser.openExtensionPage('options.html');
  await sendFromPage(settingsPage, 'settings.set', { settings: { autoSubmit: true } });
  await settingsPage.close();
  await site.signOut();
  await site.signIn(USER, SITE_PASSWORD);
  await site.expectSignedIn(USER);
});
