import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { generateSync } from 'otplib';
import path from 'node:path';
import { startDemoSite, type DemoSite as RunningSite } from '../demo-site/server';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { DemoSite } from './pages/demo-site';
import { openPopupFor, sendFromPage } from './pages/extension';
import { PopupPage } from './pages/popup';
import { passRecheck } from './pages/recheck';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const USER = 'backup-user';
const SITE_PASSWORD = 'correct horse battery';
const PASSPHRASE = 'violet tractor museum lantern';

let server: RunningSite;
let browser: ChromiumWithExtension;
let site: DemoSite;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startDemoSite();
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  const page = await browser.openExtensionPage('popup.html');
  await new PopupPage(page).createVault(PASSPHRASE);
  // The recovery flow is exercised by hand here; automatic fill would type the TOTP first. Revealing the codes
  // asks for the passphrase every time (grace 0), so each Reveal below passes the re-check, however long this takes.
  await sendFromPage(page, 'settings.set', { settings: { autoFill: false, recheckGraceSeconds: 0 } });
  await page.close();
  site = new DemoSite(await browser.context.newPage(), server.url);
});

test.afterAll(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
  await server.close();
});

async function openBackupCodes(popup: Page) {
  await popup.getByRole('button', { name: `More for Tessera Demo` }).click();
  await popup.getByRole('menuitem', { name: /^Backup codes/ }).click();
  await expect(popup.getByRole('heading', { name: /Backup codes · Tessera Demo/ })).toBeVisible();
}

test('backup codes: captured from the page, one used to sign in (marked used), replaced after regenerating', async () => {
  await site.signUp(USER, SITE_PASSWORD);
  await site.startEnable2fa(SITE_PASSWORD);
  let popup = await openPopupFor(browser, site.page);
  await popup.getByRole('button', { name: 'Scan QR code' }).click();
  await expect(popup.getByRole('status')).toContainText('Added Tessera Demo');
  await popup.getByRole('button', { name: 'Done' }).click();
  await site.page.getByRole('button', { name: 'Verify' }).click();
  const siteCodes = await site.backupCodes();
  expect(siteCodes).toHaveLength(10);

  await openBackupCodes(popup);
  await popup.getByRole('button', { name: 'Save backup codes from this page' }).click();
  await expect(popup.getByText('Found 10 codes on this page')).toBeVisible();
  await popup.getByRole('button', { name: 'Save these 10 codes' }).click();
  await expect(popup.getByText('10 of 10 unused.')).toBeVisible();
  await popup.getByRole('button', { name: 'Reveal' }).click();
  await passRecheck(popup, PASSPHRASE);
  await expect(popup.getByRole('list', { name: 'Backup codes' }).getByRole('listitem')).toHaveCount(10);
  await expect(popup.getByRole('list', { name: 'Backup codes' })).toContainText(siteCodes[0]!);
  await popup.close();

  // Sign in through the recovery field: Tessera offers the next unused code and marks it used.
  await site.signOut();
  await site.signIn(USER, SITE_PASSWORD);
  await site.page.getByRole('link', { name: 'Use a backup code' }).click();
  popup = await openPopupFor(browser, site.page);
  await popup.getByRole('button', { name: 'Fill next backup code' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'marked as used (9 left)' })).toBeVisible();
  await expect(site.page.getByLabel('Backup code')).toHaveValue(siteCodes[0]!);
  await site.page.getByRole('button', { name: 'Verify' }).click();
  await site.expectSignedIn(USER);
  await expect(popup.getByRole('listitem').filter({ hasText: USER })).toContainText('Tessera Demo');
  await openBackupCodes(popup);
  await expect(popup.getByText('9 of 10 unused.')).toBeVisible();
  await popup.close();

  // The site issues a new set: Tessera's set is replaced and the old codes are gone.
  const fresh = await site.regenerateBackupCodes();
  popup = await openPopupFor(browser, site.page);
  await openBackupCodes(popup);
  await popup.getByRole('button', { name: 'Save backup codes from this page' }).click();
  await popup.getByRole('button', { name: 'Save these 10 codes' }).click();
  await expect(popup.getByText('10 of 10 unused.')).toBeVisible();
  await popup.getByRole('button', { name: 'Reveal' }).click();
  await passRecheck(popup, PASSPHRASE);
  await expect(popup.getByRole('list', { name: 'Backup codes' })).toContainText(fresh[0]!);
  await expect(popup.getByRole('list', { name: 'Backup codes' })).not.toContainText(siteCodes[1]!);
  await popup.close();
});

test('filter and keyboard: type to narrow, arrows to move, Enter to copy', async () => {
  const popup = await browser.openExtensionPage('popup.html');
  for (const name of ['Alpha Bank', 'Beta Mail', 'Gamma Cloud']) {
    await sendFromPage(popup, 'accounts.addFromUri', {
      uri: `otpauth://totp/${encodeURIComponent(name)}:me?secret=${Buffer.from(name.padEnd(12, '#'))
        .toString('hex')
        .toUpperCase()
        .replace(/[0189]/g, 'A')}AAAA`,
      domains: [],
    });
  }
  await popup.reload();
  const rows = popup.getByRole('list', { name: 'Accounts' }).getByRole('listitem');
  await expect(rows).toHaveCount(4);
  const filter = popup.getByRole('searchbox', { name: 'Search accounts' });
  await expect(filter).toBeFocused();
  await popup.keyboard.type('mail');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Beta Mail');
  await filter.fill('');
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator('button.code').first()).toBeFocused();
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator('button.code').nth(1)).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(rows.nth(1).getByRole('status')).toHaveText('Copied');
  await popup.keyboard.press('ArrowUp');
  await expect(popup.locator('button.code').first()).toBeFocused();
  await popup.keyboard.press('ArrowUp');
  await expect(filter).toBeFocused();
  await popup.close();
});

test('pin and delete with undo', async () => {
  const popup = await browser.openExtensionPage('popup.html');
  const rows = popup.getByRole('list', { name: 'Accounts' }).getByRole('listitem');
  await popup.getByRole('button', { name: 'More for Gamma Cloud' }).click();
  await popup.getByRole('menuitem', { name: 'Pin' }).click();
  await expect(rows.first()).toContainText('Gamma Cloud');
  await popup.getByRole('button', { name: 'More for Gamma Cloud' }).click();
  await popup.getByRole('menuitem', { name: 'Edit Gamma Cloud' }).click();
  await popup.getByRole('button', { name: 'Delete account…' }).click();
  await popup.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Deleted Gamma Cloud' })).toBeVisible();
  await expect(rows.filter({ hasText: 'Gamma Cloud' })).toHaveCount(0);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect(rows.filter({ hasText: 'Gamma Cloud' })).toHaveCount(1);
  await popup.close();
});

/** Codes Node's otplib gives for a secret over a window of time (a code read near a step change may be either). */
function nodeCodes(
  secret: string,
  options: { algorithm: 'sha1' | 'sha256'; digits: 6 | 8; period: number },
  fromMs: number,
  toMs: number,
): string[] {
  const codes = new Set<string>();
  for (let s = Math.floor(fromMs / 1000); s <= Math.floor(toMs / 1000); s++) codes.add(generateSync({ secret, epoch: s, ...options }));
  return [...codes];
}

test('code settings: added as SHA-256, 8 digits, 60 s; edited to SHA-1, 6 digits, 30 s; codes equal those of otplib in Node', async () => {
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  const popup = new PopupPage(await browser.openExtensionPage('popup.html'));
  const page = popup.page;
  await page.getByRole('button', { name: 'Add account' }).click();
  await page.getByLabel('Issuer').fill('Settings Test');
  await page.getByLabel('Account name').fill('me');
  await page.getByLabel('Secret key').fill(secret);
  await page.getByText('Advanced').click();
  await page.getByLabel('Algorithm').selectOption('SHA256');
  await page.getByLabel('Digits').selectOption('8');
  await page.getByLabel('Period (seconds)').fill('60');
  await page.getByRole('button', { name: 'Save account' }).click();
  const added = await popup.readCode('Settings Test');
  expect(added.code).toMatch(/^\d{8}$/);
  expect(nodeCodes(secret, { algorithm: 'sha256', digits: 8, period: 60 }, added.readFrom - 1000, added.readTo)).toContain(added.code);

  await page.getByRole('button', { name: 'More for Settings Test' }).click();
  await page.getByRole('menuitem', { name: 'Edit Settings Test' }).click();
  await page.getByText('Code settings').click();
  await expect(page.getByLabel('Algorithm')).toHaveValue('SHA256');
  await expect(page.getByLabel('Digits')).toHaveValue('8');
  await expect(page.getByLabel('Period (seconds)')).toHaveValue('60');
  await page.getByLabel('Algorithm').selectOption('SHA1');
  await page.getByLabel('Digits').selectOption('6');
  await page.getByLabel('Period (seconds)').fill('30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(popup.account('Settings Test').locator('button.code')).toHaveAttribute('data-code', /^\d{6}$/);
  const edited = await popup.readCode('Settings Test');
  expect(nodeCodes(secret, { algorithm: 'sha1', digits: 6, period: 30 }, edited.readFrom - 1000, edited.readTo)).toContain(edited.code);
  await page.close();
});

const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 24, 28)' };

test('the "system" theme follows the operating system, both ways', async () => {
  const control = await browser.openExtensionPage('options.html');
  await sendFromPage(control, 'settings.set', { settings: { theme: 'system' } });
  await control.close();
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect(page.getByRole('searchbox', { name: 'Search accounts' })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUND[scheme]);
    await page.close();
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`accessibility and screenshots, ${theme} theme`, async ({ browserName }, testInfo) => {
    expect(browserName).toBe('chromium');
    const control = await browser.openExtensionPage('options.html');
    await sendFromPage(control, 'settings.set', { settings: { theme } });
    for (const pagePath of ['popup.html', 'options.html']) {
      const page = await browser.openExtensionPage(pagePath);
      await page.setViewportSize({ width: pagePath === 'popup.html' ? 420 : 900, height: 700 });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUND[theme]);
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const name = `${pagePath.replace('.html', '')}-${theme}.png`;
      await page.screenshot({ path: testInfo.outputPath(name), fullPage: true });
      await testInfo.attach(name, { path: testInfo.outputPath(name), contentType: 'image/png' });
      await page.close();
    }
    await control.close();
  });
}

test('a long list: the site account first on opening, then every account reachable by scrolling and filtering', async () => {
  const setupPage = await browser.openExtensionPage('options.html');
  for (let i = 1; i <= 40; i++) {
    const secret = `BULK${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}AAAAAAAAAA`;
    await sendFromPage(setupPage, 'accounts.addFromUri', {
      uri: `otpauth://totp/Bulk%20${String(i).padStart(2, '0')}:me?secret=${secret}`,
      domains: [],
    });
  }
  await setupPage.close();
  await site.goto('/');
  const popup = await openPopupFor(browser, site.page);
  const rows = popup.getByRole('list', { name: 'Accounts' }).getByRole('listitem');
  // The demo site's account was arranged before the bulk ones, but is first because it is bound to this page.
  await expect(rows.first()).toContainText('Tessera Demo');
  await expect(rows.first().locator('button.code')).toHaveAttribute('data-code', /^\d{6}$/);
  // Rows beyond the first answer arrive right after it, with their codes.
  await popup.locator('.virtual-list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
  await expect(rows.filter({ hasText: 'Bulk 40' }).locator('button.code')).toHaveAttribute('data-code', /^\d{6}$/);
  await popup.getByRole('searchbox', { name: 'Search accounts' }).fill('bulk 33');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().locator('button.code')).toHaveAttribute('data-code', /^\d{6}$/);
  await popup.close();
});
