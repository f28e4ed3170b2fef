/**
 * `npm run demo`: the built Tessera in Debian's Chromium beside the local demo 2FA site. With a display it opens
 * a window on the site and stays until you close it; with `-- --headless` (or no display) it walks the whole
 * journey unattended, saving a screenshot of each step and printing one line per step.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startDemoSite } from '../demo-site/server';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../e2e/harness/chromium';
import { DemoSite } from '../e2e/pages/demo-site';
import { openPopupFor } from '../e2e/pages/extension';
import { PopupPage } from '../e2e/pages/popup';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const extensionDir = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'demo passphrase for tessera';
const SITE_USER = 'demo-user';
const SITE_PASSWORD = 'demo site password';

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

  const vaultPage = await browser.openExtensionPage('popup.html');
  await new PopupPage(vaultPage).createVault(PASSPHRASE);
  await done(vaultPage, 'Tessera vault created with a passphrase');
  await vaultPage.close();

  const site = new DemoSite(await browser.context.newPage(), siteUrl);
  await site.signUp(SITE_USER, SITE_PASSWORD);
  await site.startEnable2fa(SITE_PASSWORD);
  await done(site.page, 'demo site shows its 2FA setup QR code');

  let popup = new PopupPage(await openPopupFor(browser, site.page));
  await popup.page.getByRole('button', { name: 'Scan QR code' }).click();
  await popup.page.getByRole('status').filter({ hasText: 'Added' }).waitFor();
  await done(popup.page, 'Tessera scanned the QR code and added the account, bound to localhost');
  await popup.page.getByRole('button', { name: 'Done' }).click();
  const enrolCode = (await popup.readCode('Tessera Demo')).code;
  await site.confirmCode(enrolCode);
  const backupCodes = await site.backupCodes();
  await done(site.page, `2FA enabled with Tessera's code ${enrolCode}; ${backupCodes.length} backup codes shown`);
  await popup.page.close();

  await site.signOut();
  await site.signIn(SITE_USER, SITE_PASSWORD);
  popup = new PopupPage(await openPopupFor(browser, site.page));
  const signInCode = (await popup.readCode('Tessera Demo')).code;
  await popup.page.close();
  await site.enterSignInCode(signInCode);
  await site.expectSignedIn(SITE_USER);
  await done(site.page, `signed in with Tessera's code ${signInCode}`);

  await site.signOut();
  await site.signIn(SITE_USER, SITE_PASSWORD);
  await site.useBackupCode(backupCodes[0] ?? '');
  await site.expectSignedIn(SITE_USER);
  await done(site.page, 'signed in with a backup code');
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
}
