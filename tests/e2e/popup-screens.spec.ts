import { expect, test, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { addPopupAccounts, SIGN_IN_PAGE, SIGN_IN_URL } from './fixtures/popup-accounts';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { openPopupFor, sendFromPage } from './pages/extension';
import { clickAt } from './pages/mouse';
import { checkReachable } from './pages/reachability';

/**
 * Every screen and state of the popup at its real size, in English, Japanese and Georgian, light and dark:
 * every visible control is where a mouse can reach it and no text is cut off.
 */
const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'violet tractor museum lantern';
const POPUP_SIZE = { width: 390, height: 600 };
const LOOKS = ['en', 'ja', 'ka'].flatMap((language) => (['light', 'dark'] as const).map((theme) => ({ language, theme })));

let browser: ChromiumWithExtension;
let control: Page;
let site: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  control = await browser.openExtensionPage('options.html');
  await browser.context.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: SIGN_IN_PAGE }));
  site = await browser.context.newPage();
  await site.goto(SIGN_IN_URL);
});

test.afterAll(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
});

async function openPopup(look: (typeof LOOKS)[number]): Promise<Page> {
  await sendFromPage(control, 'settings.set', { settings: { language: look.language, theme: look.theme } });
  const popup = await openPopupFor(browser, site);
  await popup.setViewportSize(POPUP_SIZE);
  return popup;
}

async function expectReachable(popup: Page, screen: string) {
  expect.soft(await checkReachable(popup), `${screen}: every control reachable, no text cut off`).toEqual([]);
}

/** The re-check dialog in this look: reachable, then answered with the passphrase (selectors that need no language). */
async function answerRecheck(popup: Page, screen: string) {
  const dialog = popup.locator('dialog.recheck-dialog');
  await expect(dialog).toBeVisible();
  expect.soft(await checkReachable(popup, 'dialog.recheck-dialog'), `${screen}: every control reachable, no text cut off`).toEqual([]);
  await dialog.locator('input[type="password"]').fill(PASSPHRASE);
  await clickAt(dialog.locator('button[type="submit"]'));
  await expect(dialog).toHaveCount(0);
}

const firstRowMenu = (popup: Page) => popup.locator('li[data-account-id]').first().locator('button[aria-haspopup]');
const menuItems = (popup: Page) => popup.locator('[role="menu"]:popover-open [role="menuitem"]');

test('create vault: every control reachable', async () => {
  for (const look of LOOKS) {
    const popup = await openPopup(look);
    await expect(popup.locator('input[type="password"]').first()).toBeVisible();
    await popup.locator('input[type="password"]').first().fill('short');
    await popup.locator('input[type="password"]').nth(1).fill('short');
    await popup.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit());
    await expect(popup.getByRole('alert')).toBeVisible();
    await expectReachable(popup, `create vault (${look.language}, ${look.theme})`);
    await popup.close();
  }
  await sendFromPage(control, 'vault.create', { passphrase: PASSPHRASE });
  // Every reveal asks (grace 0), so each look below meets the re-check dialog.
  await sendFromPage(control, 'settings.set', { settings: { recheckGraceSeconds: 0 } });
  await addPopupAccounts(control);
});

for (const look of LOOKS) {
  test(`unlocked screens (${look.language}, ${look.theme})`, async ({ browserName }, testInfo) => {
    expect(browserName).toBe('chromium');
    const popup = await openPopup(look);
    const rows = popup.locator('li[data-account-id]');
    await expect(rows).toHaveCount(4);
    await expect(popup.locator('button.code').first()).toHaveAttribute('data-code', /^\d{6}$/);
    await expectReachable(popup, 'account list');
    await popup.screenshot({ path: testInfo.outputPath('list.png') });

    await clickAt(firstRowMenu(popup));
    await expect(menuItems(popup).first()).toBeVisible();
    await expectReachable(popup, 'open row menu');
    await popup.screenshot({ path: testInfo.outputPath('menu.png') });
    await popup.keyboard.press('Escape');
    await expect(menuItems(popup)).toHaveCount(0);

    // The row with backup codes (GitHub) and the rest of the screens reached from a row's menu.
    const github = rows.filter({ hasText: 'GitHub' });
    await clickAt(github.locator('button[aria-haspopup]'));
    await clickAt(menuItems(popup).nth(3));
    await expect(popup.locator('section.screen h1')).toContainText('GitHub');
    await expectReachable(popup, 'backup codes (hidden)');
    await clickAt(popup.locator('section.screen .actions button').first());
    await answerRecheck(popup, 're-check before backup codes');
    await expect(popup.locator('.backup-codes li')).toHaveCount(3);
    await expectReachable(popup, 'backup codes');
    await popup.close();

    const again = await openPopup(look);
    await clickAt(again.locator('li[data-account-id]').filter({ hasText: 'GitHub' }).locator('button[aria-haspopup]'));
    await clickAt(menuItems(again).last());
    await expect(again.locator('form.screen input').first()).toBeVisible();
    await expectReachable(again, 'edit account');
    await clickAt(again.locator('details summary'));
    await expectReachable(again, 'edit account, code settings open');
    await clickAt(again.locator('.account-qr button').first());
    await answerRecheck(again, 're-check before the QR code');
    await expect(again.locator('.account-qr img')).toBeVisible();
    await expectReachable(again, 'show as QR');
    await again.close();

    const add = await openPopup(look);
    await clickAt(add.locator('header button').nth(1));
    await expect(add.locator('form input').first()).toBeVisible();
    await add.locator('form').evaluate((form: HTMLFormElement) => form.requestSubmit());
    await expectReachable(add, 'add account (after an empty save)');
    await clickAt(add.locator('details summary'));
    await expect(add.locator('details select').first()).toBeVisible();
    await expectReachable(add, 'add account, advanced open');
    await add.close();
  });
}

/** Wrong unlock tries as the vault counts them (set directly: reaching a long wait by hand takes minutes). */
async function setFailedUnlocks(count: number) {
  await control.evaluate(
    async (failures) => {
      const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
      await chrome.storage.local.set({ 'vault.failedUnlocks': failures });
    },
    { count, lastAt: Date.now() },
  );
}

test('locked, and the unlock throttle with one countdown', async () => {
  await sendFromPage(control, 'vault.lock', {});
  for (const look of LOOKS) {
    const popup = await openPopup(look);
    await expect(popup.locator('input[type="password"]')).toBeVisible();
    await expectReachable(popup, `unlock (${look.language}, ${look.theme})`);
    await popup.close();
  }
  await setFailedUnlocks(2);
  const tries = await openPopup(LOOKS[0]!);
  await tries.getByLabel('Passphrase').fill('wrong passphrase');
  await clickAt(tries.getByRole('button', { name: 'Unlock', exact: true }));
  await expect(tries.getByRole('alert')).toContainText('passphrase is not right');
  await expect(tries.getByText(/again in \d+ s/)).toHaveCount(1);
  await tries.close();

  await setFailedUnlocks(9);
  for (const look of LOOKS) {
    const popup = await openPopup(look);
    await expect(popup.locator('button[type="submit"]')).toBeDisabled();
    await expect(popup.getByRole('timer')).toHaveCount(1);
    await expectReachable(popup, `unlock throttled (${look.language}, ${look.theme})`);
    await popup.close();
  }
});
