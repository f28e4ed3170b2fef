import { expect, test } from '@playwright/test';
import { generateSync } from 'otplib';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { startDemoSite, type DemoSite as RunningSite } from '../demo-site/server';
import { launchFirefoxWithExtension, send, tabIdOf, type FirefoxWithExtension, type TestWebExtensionApi } from './harness/firefox';
import { DemoSitePage, PopupPage } from './pages';

// CI builds the add-on (`wxt build -b firefox`) before this runs; FIREFOX_EXTENSION_DIR points elsewhere for local runs.
const EXTENSION_DIR = path.resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
const PASSPHRASE = 'violet tractor museum lantern';
const SITE_PASSWORD = 'correct horse battery';
const MANUAL_SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF';

/** Every code valid at some second of [fromMs, toMs], computed in Node. */
function codesBetween(secret: string, fromMs: number, toMs: number): string[] {
  const codes = new Set<string>();
  for (let s = Math.floor(fromMs / 1000); s <= Math.floor(toMs / 1000); s++) codes.add(generateSync({ secret, epoch: s }));
  return [...codes];
}

test.describe('popup', () => {
  let ff: FirefoxWithExtension;

  test.beforeAll(async () => {
    ff = await launchFirefoxWithExtension(EXTENSION_DIR);
  });
  test.afterAll(async () => {
    await ff?.close();
  });

  test('creates the vault, adds an account by hand, shows the right code, locks and unlocks', async () => {
    const popup = new PopupPage(await ff.openExtensionPage('popup.html'));
    await popup.createVault(PASSPHRASE);
    await popup.addAccount({ issuer: 'Acme Cloud', label: 'dana@example.com', secret: MANUAL_SECRET, sites: 'acme.example' });

    const { code, readFrom, readTo } = await popup.readCode('Acme Cloud');
    expect(codesBetween(MANUAL_SECRET, readFrom, readTo)).toContain(code);

    await popup.lock();
    await popup.unlock(PASSPHRASE);
    const again = await popup.readCode('Acme Cloud');
    expect(codesBetween(MANUAL_SECRET, again.readFrom, again.readTo)).toContain(again.code);
  });
});

test.describe('demo site', () => {
  // One site and one browser for the journeys below; the scan comes last so sign-in has one Tessera Demo account.
  test.describe.configure({ mode: 'serial' });
  let ff: FirefoxWithExtension;
  let server: RunningSite;
  let site: DemoSitePage;
  /** An extension page kept open to talk to the background. */
  let control: Page;

  test.beforeAll(async () => {
    [server, ff] = await Promise.all([startDemoSite(), launchFirefoxWithExtension(EXTENSION_DIR)]);
    control = await ff.openExtensionPage('popup.html');
    await send(control, 'vault.create', { passphrase: PASSPHRASE });
    site = new DemoSitePage(await ff.browser.newPage(), server.url);
  });
  test.afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  test('host access: the add-on may run on http://localhost', async () => {
    const granted = await control.evaluate(async () =>
      (globalThis as unknown as { browser: TestWebExtensionApi }).browser.permissions.getAll(),
    );
    expect(granted.origins).toContain('<all_urls>');
  });

  const AUTOFILL_USER = 'ff-autofill';
  let secret = '';

  test('enables 2FA on the demo site with the setup key, and Tessera stores the account for localhost', async () => {
    await site.signUp(AUTOFILL_USER, SITE_PASSWORD);
    await site.startEnable2fa(SITE_PASSWORD);
    secret = await site.setupKey();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await site.confirmCode(generateSync({ secret, epoch: Math.floor(Date.now() / 1000) }));
    await site.waitForHeading('Backup codes');

    const uri = `otpauth://totp/Tessera%20Demo:${AUTOFILL_USER}?secret=${secret}&issuer=Tessera%20Demo`;
    const result = await send(control, 'accounts.addFromUri', { uri, domains: ['localhost'] });
    expect(result.added.map((a) => [a.issuer, a.label, a.domains])).toEqual([['Tessera Demo', AUTOFILL_USER, ['localhost']]]);
  });

  for (const style of ['single', 'split'] as const) {
    test(`sign-in: the authenticator code is filled automatically (${style} field)`, async () => {
      expect(secret, 'needs the enrolment test').not.toBe('');
      await site.goto('/');
      await site.signOut();
      await site.page.bringToFront();
      const from = Date.now();
      await site.signIn(AUTOFILL_USER, SITE_PASSWORD, style);
      await site.waitForHeading('Two-factor authentication');
      // No typing: Tessera's content script fills the field(s) on its own (auto-fill is on by default).
      const filled = await site.page.waitForFunction(
        (split: boolean) => {
          const boxes = [...document.querySelectorAll<HTMLInputElement>('input[aria-label^="Digit "]')];
          const value = split
            ? boxes.length === 6
              ? boxes.map((b) => b.value).join('')
              : ''
            : (document.querySelector<HTMLInputElement>('#code')?.value ?? '');
          return /^\d{6}$/.test(value) ? value : null;
        },
        { timeout: 10_000, polling: 100 },
        style === 'split',
      );
      const code = await filled.jsonValue();
      expect(codesBetween(secret, from, Date.now())).toContain(code);
      await Promise.all([site.page.waitForNavigation(), site.click('Verify')]);
      await site.waitForHeading(`Welcome, ${AUTOFILL_USER}`);
    });
  }

  test('scans the QR code of the demo setup page from a pop-out popup', async () => {
    const user = 'ff-scan';
    await site.goto('/');
    if (await site.hasHeading(`Welcome, ${AUTOFILL_USER}`)) await site.signOut();
    await site.signUp(user, SITE_PASSWORD);
    await site.startEnable2fa(SITE_PASSWORD);
    const tabId = await tabIdOf(control, `${server.url}/security/2fa/setup`);

    // The popup in a window of its own, acting on the demo tab, which stays the visible tab of its window.
    const popup = new PopupPage(await ff.openExtensionPage(`popup.html?tab=${tabId}`, { window: true }));
    await popup.waitForHeading('Tessera');
    const scannedFrom = Date.now();
    await popup.click('Scan QR code');
    const status = await popup.status('Added Tessera Demo', 20_000);
    expect(status).toContain(user);
    expect(status).toContain('localhost');
    // As in Chromium, the scan also fills the setup page's confirmation field; the site accepts that code.
    const filledHandle = await site.page.waitForFunction(
      () => {
        const value = document.querySelector<HTMLInputElement>('#setup-code')?.value ?? '';
        return /^\d{6}$/.test(value) ? value : null;
      },
      { timeout: 10_000, polling: 100 },
    );
    const filled = await filledHandle.jsonValue();
    await site.page.bringToFront();
    expect(codesBetween(await site.setupKey(), scannedFrom, Date.now())).toContain(filled);
    await popup.page.close();
    await Promise.all([site.page.waitForNavigation(), site.click('Verify')]);
    await site.waitForHeading('Backup codes');

    const accounts = await send(control, 'accounts.list', {});
    expect(accounts.accounts.map((a) => a.label)).toContain(user);
  });
});
