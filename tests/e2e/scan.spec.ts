import { expect, test, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { qrPage, type QrVariant } from './fixtures/qr-pages';
import { openPopupFor, sendFromPage } from './pages/extension';
import { PopupPage } from './pages/popup';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'violet tractor museum lantern';
const URI = 'otpauth://totp/Acme%20Cloud:dana%40example.com?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF&issuer=Acme%20Cloud';
const SECOND = 'otpauth://totp/Acme%20Cloud%20(backup):dana?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Acme%20Backup';

let browser: ChromiumWithExtension;

test.beforeAll(async () => {
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  const page = await browser.openExtensionPage('popup.html');
  await new PopupPage(page).createVault(PASSPHRASE);
  await page.close();
});

test.afterAll(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
});

async function setupPage(variant: QrVariant): Promise<Page> {
  const host = `https://${variant}.setup-example.com`;
  const page = await browser.context.newPage();
  await page.route(`${host}/**`, async (route) => route.fulfill({ contentType: 'text/html', body: await qrPage(variant, URI, SECOND) }));
  await page.goto(`${host}/settings/2fa`);
  return page;
}

async function removeAllAccounts(popup: Page) {
  const list = await sendFromPage<{ value: { accounts: { id: string }[] } }>(popup, 'accounts.list', {});
  for (const { id } of list.value.accounts) await sendFromPage(popup, 'accounts.remove', { id });
}

test.describe('Scan QR code from the current tab', () => {
  // The stage that must find each variant: elements are read from their own pixels (before the capture is
  // ready) or from tight crops of the capture, and only a QR that is nothing but pixels costs a whole-frame pass.
  const cases: [QrVariant, string][] = [
    ['img', 'element pixels: 1'],
    ['svg', 'element pixels: 1'],
    ['canvas', 'element pixels: 1'],
    ['dark', 'element pixels: 1'],
    ['background', 'element pixels: 1'],
    ['below', 'element pixels: 1'],
    ['pixels', 'whole frame: 1'],
  ];
  for (const [variant, stage] of cases) {
    test(`adds the account from a ${variant} QR, bound to the site`, async () => {
      const page = await setupPage(variant);
      const popup = await openPopupFor(browser, page);
      await removeAllAccounts(popup);
      await popup.reload();
      await popup.getByRole('button', { name: 'Scan QR code' }).click();
      await expect(popup.getByRole('status')).toContainText('Added Acme Cloud · dana@example.com');
      await expect(popup.getByRole('status')).toContainText('fills on setup-example.com');
      await expect(popup.locator('section[data-stages]')).toHaveAttribute('data-stages', new RegExp(stage));
      await popup.getByRole('button', { name: 'Done' }).click();
      await expect(new PopupPage(popup).account('Acme Cloud')).toContainText('setup-example.com');

      // Scanning the same code again does not store the secret twice.
      await popup.getByRole('button', { name: 'Scan QR code' }).click();
      await expect(popup.getByRole('status')).toContainText('already stored');
      await popup.close();
      await page.close();
    });
  }

  test('offers both codes when a page shows two', async () => {
    const page = await setupPage('two');
    const popup = await openPopupFor(browser, page);
    await removeAllAccounts(popup);
    await popup.getByRole('button', { name: 'Scan QR code' }).click();
    await expect(popup.getByText('This page shows 2 codes')).toBeVisible();
    await popup.getByRole('listitem').filter({ hasText: 'Acme Backup' }).getByRole('button', { name: 'Add' }).click();
    await expect(popup.getByRole('status')).toContainText('Added Acme Backup');
    await popup.close();
    await page.close();
  });

  test('says so when the QR code is not a two-factor code, then reads one from an image file', async () => {
    const page = await setupPage('nonotp');
    const popup = await openPopupFor(browser, page);
    await removeAllAccounts(popup);
    await popup.getByRole('button', { name: 'Scan QR code' }).click();
    await expect(popup.getByRole('alert')).toContainText('web link (https://example.com/get-the-app)');

    await popup
      .getByLabel('Read from image…')
      .setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: await QRCode.toBuffer(SECOND, { scale: 3 }) });
    await expect(popup.getByRole('status')).toContainText('Added Acme Backup');

    await popup
      .getByLabel('Read from image…')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
    await expect(popup.getByRole('alert')).toContainText('not an image Tessera can open');
    await popup.close();
    await page.close();
  });
});
