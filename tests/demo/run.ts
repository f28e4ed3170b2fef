/**
 * `npm run demo`: the built Tessera in Debian's Chromium. With a display it opens a window and stays until you
 * close it; with `-- --headless` (or no display) it walks the journey unattended, saving a screenshot of each
 * step and printing one line per step.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromiumWithExtension } from '../e2e/harness/chromium';
import { PopupPage } from '../e2e/pages/popup';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const extensionDir = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'demo passphrase for tessera';

async function walkJourney(): Promise<void> {
  const shots = path.resolve('demo-run', new Date().toISOString().replace(/[:.]/g, '-'));
  await mkdir(shots, { recursive: true });
  console.log(`demo: screenshots go to ${shots}`);
  const browser = await launchChromiumWithExtension(extensionDir, { headless: true });
  let step = 0;
  const done = async (popup: PopupPage, what: string) => {
    const file = path.join(shots, `${String(++step).padStart(2, '0')}-${what.replace(/\W+/g, '-').toLowerCase()}.png`);
    await popup.page.screenshot({ path: file });
    console.log(`step ${step}: ${what} ✓ (${path.basename(file)})`);
  };
  try {
    const popup = new PopupPage(await browser.openExtensionPage('popup.html'));
    await popup.page.setViewportSize({ width: 400, height: 560 });
    await done(popup, 'first open asks for a passphrase');
    await popup.createVault(PASSPHRASE);
    await done(popup, 'vault created');
    await popup.addAccount({ issuer: 'Demo Site', label: 'you@example.com', secret: 'JBSWY3DPEHPK3PXP', sites: 'localhost' });
    await popup.addAccount({ issuer: 'GitHub', label: 'octocat', secret: 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF', sites: 'github.com' });
    const { code } = await popup.readCode('Demo Site');
    await done(popup, `accounts added, current code ${code}`);
    await popup.lock();
    await done(popup, 'locked');
    await popup.unlock(PASSPHRASE);
    await popup.readCode('Demo Site');
    await done(popup, 'unlocked again');
  } finally {
    await browser.close();
  }
}

async function openForPerson(): Promise<void> {
  const browser = await launchChromiumWithExtension(extensionDir, { headless: false });
  await browser.openExtensionPage('popup.html');
  console.log(`demo: Chromium is open with Tessera (${browser.extensionId}); close the window to finish.`);
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
}

await (headless ? walkJourney() : openForPerson());
