import { expect, test, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { SIGN_IN_PAGE, SIGN_IN_URL } from './fixtures/popup-accounts';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { openPopupFor, sendFromPage } from './pages/extension';
import { clickAt } from './pages/mouse';
import { passRecheck, recheckDialog } from './pages/recheck';

/**
 * Re-check before revealing: an account's QR code, its backup codes and the unencrypted export are refused by the
 * background until the passphrase (or a key) was proven again; the dialog asks, the background decides. In the
 * popup at its real size, in the pop-out and on the options page, with real mouse clicks. The managed policy that
 * forces the window to 0 cannot be set in this browser without an enterprise policy file: it is unit-tested
 * (utils/background/recheck.test.ts), as is the expiry by the background's clock.
 */
const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'violet tractor museum lantern';
const GITHUB_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const CODES = ['1111-2222', '3333-4444'];

let browser: ChromiumWithExtension;
let site: Page;
let options: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  options = await browser.openExtensionPage('options.html');
  await sendFromPage(options, 'vault.create', { passphrase: PASSPHRASE });
  await sendFromPage(options, 'settings.set', { settings: { autoFill: false } });
  await sendFromPage(options, 'accounts.addFromUri', {
    uri: `otpauth://totp/GitHub:octo?secret=${GITHUB_SECRET}&issuer=GitHub`,
    domains: ['github.com'],
  });
  const list = await sendFromPage<{ value: { accounts: { id: string }[] } }>(options, 'accounts.list', {});
  await sendFromPage(options, 'backup.replace', { id: list.value.accounts[0]!.id, codes: CODES });
  await browser.context.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: SIGN_IN_PAGE }));
  site = await browser.context.newPage();
  await site.goto(SIGN_IN_URL);
});

test.afterAll(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
});

async function thePopup(): Promise<Page> {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 390, height: 600 });
  return popup;
}

async function openFromMenu(popup: Page, item: RegExp | string): Promise<void> {
  await clickAt(popup.getByRole('button', { name: 'More for GitHub' }));
  await clickAt(popup.getByRole('menuitem', { name: item }));
}

const qrImage = (popup: Page) => popup.getByRole('img', { name: /Show as QR code: GitHub/ });
const codeList = (popup: Page) => popup.getByRole('list', { name: 'Backup codes' });

/** The grace window, set as a person does: in Settings, typed into its field. */
async function setGraceSeconds(seconds: number): Promise<void> {
  await options.reload();
  const field = options.getByLabel('Ask again after (seconds, 0 = every time)');
  await clickAt(field);
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(String(seconds));
  await field.press('Enter');
  await expect(options.getByRole('region', { name: 'Re-check before revealing' }).getByRole('status')).toHaveText('Saved.');
}

test('popup: the QR code is refused until the passphrase is asked again; a wrong one reveals nothing; within the window no second ask', async () => {
  const popup = await thePopup();
  await openFromMenu(popup, 'Show GitHub as QR code');
  await clickAt(popup.getByRole('button', { name: 'Show as QR code' }));
  const dialog = recheckDialog(popup);
  await expect(dialog).toBeVisible();
  await expect(qrImage(popup)).toHaveCount(0);

  await dialog.getByLabel('Passphrase').fill('not the passphrase at all');
  await clickAt(dialog.getByRole('button', { name: 'Confirm' }));
  await expect(dialog.getByRole('alert')).toHaveText('That passphrase is not right. Nothing was changed.');
  await expect(qrImage(popup)).toHaveCount(0);
  await clickAt(dialog.getByRole('button', { name: 'Cancel' }));
  await expect(dialog).toBeHidden();
  await expect(qrImage(popup)).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Show as QR code' })).toBeVisible();

  await clickAt(popup.getByRole('button', { name: 'Show as QR code' }));
  await passRecheck(popup, PASSPHRASE);
  await expect(qrImage(popup)).toBeVisible();

  // Backup codes within the grace window (2 minutes by default): shown without asking again.
  await clickAt(popup.getByRole('button', { name: 'Done' }));
  await openFromMenu(popup, /^Backup codes/);
  await clickAt(popup.getByRole('button', { name: 'Reveal' }));
  await expect(codeList(popup)).toContainText(CODES[0]!);
  await expect(recheckDialog(popup)).toHaveCount(0);
  await popup.close();
});

test('window 0 in Settings ("every time"): each reveal asks, in the pop-out as well', async () => {
  await setGraceSeconds(0);
  const popOut = await openPopupFor(browser, site);
  await popOut.setViewportSize({ width: 390, height: 600 });
  await openFromMenu(popOut, /^Backup codes/);
  await clickAt(popOut.getByRole('button', { name: 'Reveal' }));
  await expect(recheckDialog(popOut)).toBeVisible();
  await expect(codeList(popOut)).toHaveCount(0);
  await passRecheck(popOut, PASSPHRASE);
  await expect(codeList(popOut)).toContainText(CODES[1]!);

  await clickAt(popOut.getByRole('button', { name: 'Hide' }));
  await clickAt(popOut.getByRole('button', { name: 'Reveal' }));
  await expect(recheckDialog(popOut)).toBeVisible();
  await clickAt(recheckDialog(popOut).getByRole('button', { name: 'Cancel' }));
  await expect(codeList(popOut)).toHaveCount(0);

  await clickAt(popOut.getByRole('button', { name: 'Done' }));
  await openFromMenu(popOut, 'Show GitHub as QR code');
  await clickAt(popOut.getByRole('button', { name: 'Show as QR code' }));
  await passRecheck(popOut, PASSPHRASE);
  await expect(qrImage(popOut)).toBeVisible();
  await popOut.close();
});

test('a short window ends: once the background says it is over, the popup asks again', async () => {
  // The previous test's re-check may still be inside a 3 s window; a lock forgets every re-check.
  await sendFromPage(options, 'vault.lock', {});
  await sendFromPage(options, 'vault.unlock', { passphrase: PASSPHRASE });
  await setGraceSeconds(3);
  const popup = await thePopup();
  await openFromMenu(popup, 'Show GitHub as QR code');
  await clickAt(popup.getByRole('button', { name: 'Show as QR code' }));
  await passRecheck(popup, PASSPHRASE);
  await expect(qrImage(popup)).toBeVisible();
  await clickAt(popup.getByRole('button', { name: 'Hide' }));
  // The window is the background's: wait for its own answer, not for a guess at the time.
  await expect
    .poll(async () => (await sendFromPage<{ value: { recent: boolean } }>(popup, 'recheck.status', {})).value.recent, { timeout: 15_000 })
    .toBe(false);
  await clickAt(popup.getByRole('button', { name: 'Show as QR code' }));
  await expect(recheckDialog(popup)).toBeVisible();
  await expect(qrImage(popup)).toHaveCount(0);
  await popup.close();
});

test('options page: the unencrypted export downloads nothing until the re-check, then the links', async () => {
  await setGraceSeconds(0);
  const downloads: string[] = [];
  options.on('download', (download) => downloads.push(download.suggestedFilename()));
  const plain = options.getByRole('region', { name: 'Unencrypted export' });
  await clickAt(plain.getByRole('checkbox'));
  await clickAt(plain.getByRole('button', { name: 'Unencrypted export' }));
  await expect(recheckDialog(options)).toBeVisible();
  await clickAt(recheckDialog(options).getByRole('button', { name: 'Cancel' }));
  await expect(recheckDialog(options)).toBeHidden();
  expect(downloads).toEqual([]);
  const download = options.waitForEvent('download');
  await clickAt(plain.getByRole('button', { name: 'Unencrypted export' }));
  await passRecheck(options, PASSPHRASE);
  expect((await download).suggestedFilename()).toBe('tessera-otpauth-links.txt');
});

test('popup: "Use security key" sends the re-check to a tab (the unlock page in its re-check mode)', async () => {
  // A registered key (its wrapper made from a stand-in key result): the dialog then offers it.
  await sendFromPage(options, 'recheck.passphrase', { passphrase: PASSPHRASE });
  expect(
    await sendFromPage(options, 'keys.add', {
      credentialId: 'Y3JlZA',
      name: 'Blue key',
      prfSalt: btoa('s'.repeat(32)),
      prfKek: btoa('k'.repeat(32)),
    }),
  ).toMatchObject({ ok: true });
  const popup = await thePopup();
  await openFromMenu(popup, 'Show GitHub as QR code');
  await clickAt(popup.getByRole('button', { name: 'Show as QR code' }));
  const tab = browser.context.waitForEvent('page', (p) => p.url().includes('unlock.html?recheck=1'));
  await clickAt(recheckDialog(popup).getByRole('button', { name: 'Use security key' }));
  const unlockPage = await tab;
  await expect(unlockPage.getByRole('heading', { name: "Confirm it's you with your security key" })).toBeVisible();
  await expect(unlockPage.getByRole('button', { name: 'Use security key' })).toBeVisible();
});
