import { expect, test, type Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { SIGN_IN_PAGE, SIGN_IN_URL } from './fixtures/popup-accounts';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { openPopupFor, sendFromPage } from './pages/extension';
import { clickAt } from './pages/mouse';
import { passRecheck } from './pages/recheck';

/** The popup as a person with a mouse uses it: every click is the mouse pressed where the control is drawn. */
const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const BANK = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const PASSPHRASE = 'violet tractor museum lantern';
const ACCOUNTS: [string, string[]][] = [
  [
    `otpauth://totp/Harbour%20Bank:maximilian.alexander.longname%40example-company.co.uk?secret=${BANK}&issuer=Harbour%20Bank`,
    ['harbour-bank.com'],
  ],
  ['otpauth://totp/GitHub:octo?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=GitHub', ['github.com']],
  ['otpauth://totp/Imported:someone?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF&issuer=Imported', []],
  ['otpauth://totp/Zeta:last?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&issuer=Zeta', ['zeta.example']],
];

let browser: ChromiumWithExtension;
let site: Page;
let popup: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  const control = await browser.openExtensionPage('options.html');
  await sendFromPage(control, 'vault.create', { passphrase: PASSPHRASE });
  // Fill is pressed by hand here; automatic fill would type the code before the popup opens.
  await sendFromPage(control, 'settings.set', { settings: { autoFill: false } });
  for (const [uri, domains] of ACCOUNTS) await sendFromPage(control, 'accounts.addFromUri', { uri, domains });
  const list = await sendFromPage<{ value: { accounts: { id: string; issuer: string }[] } }>(control, 'accounts.list', {});
  const github = list.value.accounts.find((a) => a.issuer === 'GitHub')!;
  await sendFromPage(control, 'backup.replace', { id: github.id, codes: ['1111-2222', '3333-4444'] });
  await control.close();
  await browser.context.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: SIGN_IN_PAGE }));
  site = await browser.context.newPage();
  await site.goto(SIGN_IN_URL);
  popup = await openPopupFor(browser, site);
  await popup.setViewportSize({ width: 390, height: 600 });
});

test.afterAll(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
});

const row = (issuer: string) => popup.getByRole('list', { name: 'Accounts' }).getByRole('listitem').filter({ hasText: issuer });
const openMenu = (issuer: string) => clickAt(popup.getByRole('button', { name: `More for ${issuer}` }));

test('Fill is offered for the account bound to this site, and elsewhere the row says why', async () => {
  await expect(row('Harbour Bank').getByRole('button', { name: 'Fill Harbour Bank' })).toBeVisible();
  await expect(row('GitHub').getByRole('button', { name: /^Fill/ })).toHaveCount(0);
  await expect(row('GitHub')).toContainText('Fills on github.com only');
  await expect(row('Imported')).toContainText('Not bound to a site');

  await clickAt(row('Harbour Bank').getByRole('button', { name: 'Fill Harbour Bank' }));
  await expect(row('Harbour Bank').getByRole('status')).toHaveText('Code filled in.');
  const epoch = Math.floor(Date.now() / 1000);
  await expect(site.locator('#otp')).toHaveValue(
    new RegExp(`^(${generateSync({ secret: BANK, epoch })}|${generateSync({ secret: BANK, epoch: epoch - 1 })})$`),
  );
});

test('copy: a click on the code copies it and the row says so', async () => {
  await clickAt(row('GitHub').locator('button.code'));
  await expect(row('GitHub').getByRole('status')).toHaveText('Copied');
});

test('row menu: opens next to its button on top of the rows, Escape closes it, arrows move through it', async () => {
  await openMenu('GitHub');
  const menu = popup.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(popup.getByRole('menuitem').first()).toBeFocused();
  await popup.keyboard.press('ArrowDown');
  await expect(popup.getByRole('menuitem', { name: 'Move up' })).toBeFocused();
  await popup.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(popup.getByRole('button', { name: 'More for GitHub' })).toBeFocused();

  // The last row's menu opens upwards, inside the popup.
  await openMenu('Zeta');
  const button = (await popup.getByRole('button', { name: 'More for Zeta' }).boundingBox())!;
  const box = (await popup.getByRole('menu').boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(button.y);
  expect(box.y).toBeGreaterThanOrEqual(0);
  // A click outside closes it.
  await popup.mouse.click(10, 10);
  await expect(popup.getByRole('menu')).toBeHidden();
  // Scrolling the list, the menu stays beside its button.
  await openMenu('Zeta');
  const list = popup.locator('.virtual-list');
  await popup.mouse.move(200, 300);
  await popup.mouse.wheel(0, 120);
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  const moved = (await popup.getByRole('button', { name: 'More for Zeta' }).boundingBox())!;
  await expect.poll(async () => (await popup.getByRole('menu').boundingBox())?.y).toBeCloseTo(moved.y - 4 - box.height, 0);
  await popup.keyboard.press('Escape');
});

test('row menu: Pin puts the account among the pinned', async () => {
  await openMenu('Zeta');
  await clickAt(popup.getByRole('menuitem', { name: 'Pin' }));
  await expect(row('Zeta').getByRole('img', { name: 'Pinned' })).toBeVisible();
  await openMenu('Zeta');
  await expect(popup.getByRole('menuitem', { name: 'Unpin' })).toBeVisible();
  await popup.keyboard.press('Escape');
});

test('row menu: Edit opens the account, Cancel returns', async () => {
  await openMenu('GitHub');
  await clickAt(popup.getByRole('menuitem', { name: 'Edit GitHub' }));
  await expect(popup.getByRole('heading', { name: 'Edit account' })).toBeVisible();
  await expect(popup.getByLabel('Issuer')).toHaveValue('GitHub');
  await clickAt(popup.getByRole('button', { name: 'Cancel' }));
  await expect(row('GitHub')).toBeVisible();
});

test('row menu: Show as QR code shows the account for a phone', async () => {
  await openMenu('GitHub');
  await clickAt(popup.getByRole('menuitem', { name: 'Show GitHub as QR code' }));
  await clickAt(popup.getByRole('button', { name: 'Show as QR code' }));
  // The secret is shown only after the passphrase was asked again (recheck.spec.ts covers refusals and the window).
  await passRecheck(popup, PASSPHRASE);
  await expect(popup.getByRole('img', { name: /GitHub/ })).toBeVisible();
  await clickAt(popup.getByRole('button', { name: 'Done' }));
  await expect(row('GitHub')).toBeVisible();
});

test('row menu: Backup codes opens the saved codes', async () => {
  await openMenu('GitHub');
  await clickAt(popup.getByRole('menuitem', { name: /^Backup codes/ }));
  await expect(popup.getByRole('heading', { name: /Backup codes · GitHub/ })).toBeVisible();
  await expect(popup.getByText('2 of 2 unused.')).toBeVisible();
  await clickAt(popup.getByRole('button', { name: 'Done' }));
  await expect(row('GitHub')).toBeVisible();
});

test('row menu: Delete removes the account, Undo brings it back', async () => {
  await openMenu('Imported');
  await clickAt(popup.getByRole('menuitem', { name: 'Delete Imported' }));
  await expect(popup.getByRole('status').filter({ hasText: 'Deleted Imported' })).toBeVisible();
  await expect(row('Imported')).toHaveCount(0);
  await clickAt(popup.getByRole('button', { name: 'Undo' }));
  await expect(row('Imported')).toHaveCount(1);
});

test('hidden codes: dots until the code is clicked, which shows and copies it', async () => {
  await sendFromPage(popup, 'settings.set', { settings: { hideCodes: true } });
  await popup.reload();
  const code = row('GitHub').locator('button.code');
  await expect(code).toHaveText('••• •••');
  await expect(code).toHaveAccessibleName('Show the code for GitHub');
  await clickAt(code);
  await expect(code).toHaveText(/^\d{3} \d{3}$/);
  await expect(row('GitHub').getByRole('status')).toHaveText('Copied');
  await expect(row('Zeta').locator('button.code')).toHaveText('••• •••');
  await sendFromPage(popup, 'settings.set', { settings: { hideCodes: false } });
});
