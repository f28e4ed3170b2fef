/**
 * `npm run screenshots`: the README's popup screenshots, made from the current build at the popup's real size
 * (390×600, device scale 1), light and dark, on a sign-in page with a code field, so Fill shows where it works.
 */
import { access, rm } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';
import { launchChromiumWithExtension } from '../e2e/harness/chromium';
import { openPopupFor, sendFromPage } from '../e2e/pages/extension';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const OUT = path.resolve('.github/screenshots');
const SIZE = { width: 390, height: 600 };
const SIGN_IN = `<!doctype html><html><body><main><h1>Harbour Bank</h1><form>
<label>Authentication code <input autocomplete="one-time-code" inputmode="numeric" maxlength="6"></label><button>Verify</button>
</form></main></body></html>`;

const ACCOUNTS: [string, string[]][] = [
  [
    'otpauth://totp/Harbour%20Bank:alex.morgan%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Harbour%20Bank',
    ['harbour-bank.com'],
  ],
  ['otpauth://totp/GitHub:alex-morgan?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=GitHub', ['github.com']],
  ['otpauth://totp/Proton:alex%40proton.me?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF&issuer=Proton', ['proton.me']],
  ['otpauth://totp/Cloudflare:alex.morgan%40example.com?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&issuer=Cloudflare', ['cloudflare.com']],
  ['otpauth://hotp/Office%20VPN:alex?secret=ONSWG4TFOQYTEMZUGU3DOOBZ&issuer=Office%20VPN&counter=0', []],
];

async function main(): Promise<void> {
  await access(path.join(EXTENSION_DIR, 'manifest.json')).catch(() => {
    throw new Error('No build in .output/chrome-mv3: run npm run build first.');
  });
  const browser = await launchChromiumWithExtension(EXTENSION_DIR);
  try {
    const control = await browser.openExtensionPage('options.html');
    await sendFromPage(control, 'vault.create', { passphrase: 'screenshot passphrase for tessera' });
    await sendFromPage(control, 'settings.set', { settings: { autoFill: false, language: 'en' } });
    for (const [uri, domains] of ACCOUNTS) await sendFromPage(control, 'accounts.addFromUri', { uri, domains });
    await browser.context.route(/^https:\/\//, (route) => route.fulfill({ contentType: 'text/html', body: SIGN_IN }));
    const site = await browser.context.newPage();
    await site.goto('https://login.harbour-bank.com/2fa');
    for (const [theme, file] of [
      ['light', 'popup.png'],
      ['dark', 'popup-dark.png'],
    ] as const) {
      await sendFromPage(control, 'settings.set', { settings: { theme } });
      const popup = await openPopupFor(browser, site);
      await popup.setViewportSize(SIZE);
      await expect(popup.getByRole('button', { name: 'Fill Harbour Bank' })).toBeVisible();
      await expect(popup.locator('button.code').first()).toHaveAttribute('data-code', /^\d{6}$/);
      // The search box takes focus on opening; a screenshot shows the list as it rests.
      await popup.locator('input[type="search"]').blur();
      await popup.screenshot({ path: path.join(OUT, file) });
      console.log(`screenshots: ${path.relative(process.cwd(), path.join(OUT, file))} (${SIZE.width}×${SIZE.height}, ${theme})`);
      await popup.close();
    }
  } finally {
    await browser.close();
    await rm(browser.userDataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`screenshots: ${error.message}`);
  process.exitCode = 1;
});
