/**
 * `npm run demo`: the built Tessera in Debian's Chromium beside the local demo 2FA site. With a display it opens
 * a window on the site and stays until you close it; with `-- --headless` (or no display) it walks the whole
 * journey unattended, saving a screenshot of each step and printing one line per step. Tessera does the 2FA work
 * itself: it enrols from the QR code, fills the sign-in code on its own and fills a backup code from the popup;
 * the demo only clicks what a person would click.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect as baseExpect, type Page } from '@playwright/test';
import { startDemoSite } from '../demo-site/server';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../e2e/harness/chromium';
import { openPopupFor } from '../e2e/pages/extension';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const extensionDir = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'demo passphrase for tessera';
const SITE_USER = 'demo-user';
const SITE_PASSWORD = 'demo site password';
/** The popup's real size (Chrome's popup is at most 800×600; Tessera's is 390 wide). */
const POPUP_SIZE = { width: 390, height: 600 };
/**
 * Every wait is for a real condition (a heading, a status, a filled field), bounded generously: vault creation
 * runs Argon2id, which takes many seconds on a machine shared with builds and other browsers.
 */
const BOUND_MS = 120_000;
const expect = baseExpect.configure({ timeout: BOUND_MS });

async function walkJourney(browser: ChromiumWithExtension, siteUrl: string): Promise<void> {
  const shots = path.resolve('demo-run', new Date().toISOString().replace(/[:.]/g, '-'));
  await mkdir(shots, { recursive: true });
  console.log(`demo: screenshots go to ${shots}`);
  let step = 0;
  const done = async (page: Page, what: string) => {
    const file = path.join(shots, `${String(++step).padStart(2, '0')}-${what.replace(/\W+/g, '-').toLowerCase().slice(0, 60)}.png`);
    await page.screenshot({ path: file });
    console.log(`step ${step}: ${what} ✓ (${path.basename(file)})`);
  };
  const popupFor = async (page: Page) => {
    const popup = await openPopupFor(browser, page);
    popup.setDefaultTimeout(BOUND_MS);
    await popup.setViewportSize(POPUP_SIZE);
    return popup;
  };

  const vaultPage = await browser.openExtensionPage('popup.html');
  vaultPage.setDefaultTimeout(BOUND_MS);
  await vaultPage.setViewportSize(POPUP_SIZE);
  await vaultPage.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await vaultPage.getByLabel('Repeat passphrase').fill(PASSPHRASE);
  await vaultPage.getByRole('button', { name: 'Create vault' }).click();
  await expect(vaultPage.getByRole('heading', { name: 'Tessera', exact: true })).toBeVisible();
  await done(vaultPage, 'Tessera vault created with a passphrase');
  await vaultPage.close();

  const page = await browser.context.newPage();
  page.setDefaultTimeout(BOUND_MS);
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const go = (where: string) => page.goto(new URL(where, siteUrl).href);
  const signIn = async () => {
    await go('/signin');
    await page.getByLabel('Username').fill(SITE_USER);
    await page.getByLabel('Password').fill(SITE_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(heading('Two-factor authentication')).toBeVisible();
  };
  const signOut = async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
  };

  await go('/signup');
  await page.getByLabel('Username').fill(SITE_USER);
  await page.getByLabel('Password').fill(SITE_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(heading(`Welcome, ${SITE_USER}`)).toBeVisible();
  await go('/security');
  await page.getByRole('button', { name: 'Enable two-factor authentication' }).click();
  await expect(heading('Confirm your password')).toBeVisible();
  await page.getByLabel('Password').fill(SITE_PASSWORD);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(heading('Set up your authenticator app')).toBeVisible();
  await done(page, 'demo site shows its 2FA setup QR code');

  let popup = await popupFor(page);
  await popup.getByRole('button', { name: 'Scan QR code' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Added' })).toBeVisible();
  await done(popup, 'Tessera scanned the QR code and added the account, bound to localhost');
  // Tessera fills the setup page's confirmation field itself after enrolling.
  const setupField = page.getByLabel('Enter the 6-digit code from your app');
  await expect(setupField).toHaveValue(/^\d{6}$/);
  await popup.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(heading('Backup codes')).toBeVisible();
  await done(page, '2FA enabled with the code Tessera filled in; backup codes shown');

  await popup.getByRole('button', { name: 'More for Tessera Demo' }).click();
  await popup.getByRole('menuitem', { name: /^Backup codes/ }).click();
  await popup.getByRole('button', { name: 'Save backup codes from this page' }).click();
  await popup.getByRole('button', { name: /^Save these \d+ codes$/ }).click();
  await expect(popup.getByText(/^(\d+) of \1 unused\.$/)).toBeVisible();
  await done(popup, 'Tessera saved the backup codes from the page');
  await popup.close();

  await signOut();
  await signIn();
  // Automatic fill: Tessera puts the code in when the field appears; the demo only presses Verify.
  const codeField = page.getByLabel('Authentication code');
  await expect(codeField).toHaveValue(/^\d{6}$/);
  await done(page, 'Tessera filled the sign-in code by itself');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(heading(`Welcome, ${SITE_USER}`)).toBeVisible();
  await done(page, 'signed in with the code Tessera filled');

  await signOut();
  await signIn();
  await page.getByRole('link', { name: 'Use a backup code' }).click();
  await expect(heading('Use a backup code')).toBeVisible();
  popup = await popupFor(page);
  await popup.getByRole('button', { name: 'Fill next backup code' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'marked as used' })).toBeVisible();
  await expect(page.getByLabel('Backup code')).toHaveValue(/\S/);
  await done(popup, 'popup: Fill next backup code, marked as used');
  await popup.close();
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(heading(`Welcome, ${SITE_USER}`)).toBeVisible();
  await done(page, 'signed in with the backup code Tessera filled');
}

async function openForPerson(browser: ChromiumWithExtension, siteUrl: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(siteUrl);
  console.log(`demo: the demo site is at ${siteUrl}; Tessera is in the toolbar (pin it from the puzzle icon).`);
  console.log('demo: close the browser window to stop.');
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
}

const site = await startDemoSite({ port: Number(process.env.DEMO_PORT ?? (headless ? 0 : 4321)) });
const browser = await launchChromiumWithExtension(extensionDir, { headless });
try {
  await (headless ? walkJourney(browser, site.url) : openForPerson(browser, site.url));
} finally {
  await browser.close().catch(() => undefined);
  await site.close();
  // The browser profile is a temp folder of its own: nothing of a demo run is left behind but its screenshots.
  await rm(browser.userDataDir, { recursive: true, force: true });
}
