import { expect, test, type Locator, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { openPopupFor, sendFromPage } from './pages/extension';
import { checkReachable } from './pages/reachability';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PEER = path.resolve('../shared/peer/aegis-importers');
const PASSPHRASE = 'violet tractor museum lantern';
const SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF';
const SIGN_IN = `<!doctype html><html><body><main><h1>Two-factor authentication</h1>
<form><p>Enter the 6-digit code from your authenticator app.</p>
<label>Authentication code <input id="otp" name="otp" autocomplete="one-time-code" inputmode="numeric" maxlength="6"></label>
<button>Verify</button></form></main></body></html>`;

let browser: ChromiumWithExtension;

test.beforeEach(async () => {
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
});

test.afterEach(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
});

/** Presses the mouse at the centre of where the control is drawn, as a person does. */
async function clickAt(control: Locator): Promise<void> {
  await expect(control).toBeVisible();
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  if (!box) throw new Error('The control has no box on screen');
  await control.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

async function settingsWithVault(): Promise<Page> {
  const options = await browser.openExtensionPage('options.html');
  await sendFromPage(options, 'vault.create', { passphrase: PASSPHRASE });
  await options.reload();
  return options;
}

test('the settings page while locked says so, disables what needs the vault with the reason, and unlocks in place', async () => {
  const options = await settingsWithVault();
  await sendFromPage(options, 'vault.lock', {});
  await options.reload();
  await expect(options.getByRole('heading', { name: 'Tessera is locked' })).toBeVisible();
  const importer = options.locator('#import');
  await expect(importer.getByText('Unlock Tessera (at the top of this page) to use this section.')).toBeVisible();
  await expect(importer.getByRole('button', { name: 'Read file' })).toBeDisabled();
  await expect(importer.getByLabel('Export file')).toBeDisabled();
  // Settings that do not need the vault stay usable while locked.
  await expect(options.locator('#general').getByLabel('Theme')).toBeEnabled();
  // No key is registered: no security-key unlock and no "key and passphrase together".
  await expect(options.getByRole('button', { name: 'Use security key' })).toHaveCount(0);
  await expect(options.locator('#security-keys').getByRole('radio')).toHaveCount(0);

  await options.locator('.locked-banner').getByLabel('Passphrase').fill(PASSPHRASE);
  await clickAt(options.locator('.locked-banner').getByRole('button', { name: 'Unlock' }));
  await expect(options.getByRole('heading', { name: 'Tessera is locked' })).toHaveCount(0);
  await expect(importer.getByText('Unlock Tessera (at the top of this page) to use this section.')).toHaveCount(0);
  await importer.getByLabel('Export file').setInputFiles(path.join(PEER, 'aegis_plain.json'));
  await expect(importer.getByRole('button', { name: 'Read file' })).toBeEnabled();
});

test('the import preview shows each account’s type and site, with select-all, and imports with the confirmed sites', async () => {
  const options = await settingsWithVault();
  const importer = options.getByRole('region', { name: 'Import from another authenticator' });
  await importer.getByLabel('Export file').setInputFiles(path.join(PEER, 'aegis_plain.json'));
  await clickAt(importer.getByRole('button', { name: 'Read file' }));
  await expect(importer.getByText(/7 accounts found/)).toBeVisible();
  const airbnb = importer.locator('tr', { hasText: 'Airbnb' });
  await expect(airbnb.getByLabel('Site for Airbnb · Elijah')).toHaveValue('airbnb.com');
  await expect(airbnb.getByRole('cell', { name: 'TOTP' })).toBeVisible();
  await expect(importer.locator('tr', { hasText: 'Boeing' }).getByRole('cell', { name: 'Steam' })).toBeVisible();
  await expect(importer.locator('tr', { hasText: 'Issuu' }).getByRole('cell', { name: 'HOTP' })).toBeVisible();
  await expect(importer.getByLabel('Site for Deno · Mason')).toHaveValue('');
  // The person corrects one suggestion and gives another account a site.
  await importer.getByLabel('Site for Deno · Mason').fill('deno.com');
  await clickAt(importer.getByRole('button', { name: 'Remove the site of Airbnb · Elijah' }));

  const all = importer.getByRole('checkbox', { name: 'All' });
  await clickAt(all);
  await expect(importer.getByRole('button', { name: 'Add 0 selected accounts' })).toBeDisabled();
  await clickAt(all);
  await clickAt(importer.getByRole('button', { name: 'Add 7 selected accounts' }));
  await expect(importer.getByRole('status')).toHaveText('Added 7 accounts.');
  const list = await sendFromPage<{ value: { accounts: { issuer: string; domains: string[] }[] } }>(options, 'accounts.list', {});
  const sites = Object.fromEntries(list.value.accounts.map((account) => [account.issuer, account.domains]));
  expect(sites).toMatchObject({ Deno: ['deno.com'], Airbnb: [], SPDX: [] });
});

test('“Use on this site” binds an imported account to the page it is used on and fills its code', async () => {
  const options = await settingsWithVault();
  await sendFromPage(options, 'accounts.import', {
    drafts: [{ issuer: 'Acme', label: 'alice', secret: SECRET, kind: 'totp', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 }],
  });
  await browser.context.route(/^https:\/\/login\.acme\.example\//, (route) => route.fulfill({ contentType: 'text/html', body: SIGN_IN }));
  const page = await browser.context.newPage();
  await page.goto('https://login.acme.example/2fa');
  const popup = await openPopupFor(browser, page);
  await clickAt(popup.getByRole('button', { name: 'Use Acme on this site' }));
  await expect(popup.getByRole('status').filter({ hasText: 'Now bound to acme.example.' })).toBeVisible();
  const codes = await sendFromPage<{ value: { code: string | null }[] }>(options, 'accounts.codes', {});
  await expect(page.locator('#otp')).toHaveValue(/^\d{6}$/);
  const filled = await page.locator('#otp').inputValue();
  const fresh = await sendFromPage<{ value: { code: string | null }[] }>(options, 'accounts.codes', {});
  expect([codes.value[0]?.code, fresh.value[0]?.code]).toContain(filled);
  const list = await sendFromPage<{ value: { accounts: { domains: string[] }[] } }>(options, 'accounts.list', {});
  expect(list.value.accounts[0]?.domains).toEqual(['acme.example']);
  await popup.close();
});

test('every control of the settings page can be reached with a mouse at 800×600, in en, ja and ka, light and dark', async () => {
  const options = await settingsWithVault();
  await options.setViewportSize({ width: 800, height: 600 });
  const problems: string[] = [];
  for (const language of ['en', 'ja', 'ka']) {
    for (const theme of ['light', 'dark']) {
      for (const locked of [true, false]) {
        await sendFromPage(options, 'settings.set', { settings: { language, theme } });
        await sendFromPage(options, locked ? 'vault.lock' : 'vault.unlock', locked ? {} : { passphrase: PASSPHRASE });
        await options.reload();
        await expect(options.locator('#general h2').first()).toBeVisible();
        await expect(options.locator('.locked-banner')).toHaveCount(locked ? 1 : 0);
        problems.push(
          ...(await checkReachable(options)).map((problem) => `${language}/${theme}/${locked ? 'locked' : 'unlocked'}: ${problem}`),
        );
      }
    }
  }
  expect(problems).toEqual([]);
});
