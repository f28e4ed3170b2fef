import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { sendFromPage } from './pages/extension';
import { passRecheck, recheckDialog } from './pages/recheck';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'violet tractor museum lantern';

let browser: ChromiumWithExtension;
let tab: Page;
let cdp: CDPSession;

test.describe.configure({ mode: 'serial' });

async function addAuthenticator(hasPrf: boolean): Promise<string> {
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'usb',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      hasPrf,
      automaticPresenceSimulation: true,
    },
  });
  return authenticatorId;
}

const state = async () => (await sendFromPage<{ value: { state: string } }>(tab, 'vault.status', {})).value.state;

async function unlockPage(passphrase?: string) {
  await tab.goto(tab.url().replace(/[^/]+$/, 'unlock.html'));
  if (passphrase !== undefined) await tab.getByLabel('Passphrase').fill(passphrase);
  await tab.getByRole('button', { name: 'Unlock with security key' }).click();
}

test.beforeAll(async () => {
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  tab = await browser.openExtensionPage('options.html');
  await sendFromPage(tab, 'vault.create', { passphrase: PASSPHRASE });
  cdp = await browser.context.newCDPSession(tab);
  await cdp.send('WebAuthn.enable', { enableUI: false });
});

test.afterAll(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
});

test('the extension id is pinned by the manifest key', () => {
  expect(browser.extensionId).toBe('gohhhcncejnlgnhbjeacnmcgakpmmakh');
});

test('a key without PRF gets the clear message and nothing changes', async () => {
  const id = await addAuthenticator(false);
  await tab.reload();
  await tab.getByRole('button', { name: 'Add security key' }).click();
  // Asked before the key is touched: adding a key is gated by the re-check.
  await passRecheck(tab, PASSPHRASE);
  await expect(tab.getByRole('alert')).toContainText('cannot protect the vault');
  await expect(tab.getByText('No security keys yet.')).toBeVisible();
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: id });
});

let first = '';

test('register a key, lock, unlock with it, also after the service worker was stopped', async () => {
  first = await addAuthenticator(true);
  // A lock ends the re-check window of the test before: asked again, whatever the timing.
  await sendFromPage(tab, 'vault.lock', {});
  await sendFromPage(tab, 'vault.unlock', { passphrase: PASSPHRASE });
  await tab.reload();
  await tab.getByLabel('Name for the key').fill('Blue key');
  await tab.getByRole('button', { name: 'Add security key' }).click();
  await expect(recheckDialog(tab)).toBeVisible();
  await expect(tab.getByRole('list', { name: 'Security keys' })).not.toContainText('Blue key');
  await passRecheck(tab, PASSPHRASE);
  await expect(tab.getByRole('status')).toHaveText('Added Blue key.');
  await expect(tab.getByRole('list', { name: 'Security keys' })).toContainText('Blue key');

  await sendFromPage(tab, 'vault.lock', {});
  await browser.stopServiceWorkers();
  await unlockPage();
  await expect(tab.getByRole('status')).toHaveText('Unlocked. You can close this tab.');
  expect(await state()).toBe('unlocked');
});

test("the popup's key re-check runs on the unlock page (?recheck=1): the background opens the window, the vault stays unlocked", async () => {
  // Away from the unlock page before it closes itself.
  await tab.goto(tab.url().replace(/[^/]+$/, 'options.html'));
  await sendFromPage(tab, 'vault.lock', {});
  await sendFromPage(tab, 'vault.unlock', { passphrase: PASSPHRASE });
  expect(await sendFromPage(tab, 'recheck.status', {})).toMatchObject({ ok: true, value: { recent: false } });
  await tab.goto(tab.url().replace(/[^/]+$/, 'unlock.html?recheck=1'));
  await expect(tab.getByRole('heading', { name: "Confirm it's you with your security key" })).toBeVisible();
  await tab.getByRole('button', { name: 'Use security key' }).click();
  await expect(tab.getByRole('status')).toHaveText('Confirmed. Go back to Tessera and try again.');
  await tab.goto(tab.url().replace(/[^/?]+(\?.*)?$/, 'options.html'));
  expect(await sendFromPage(tab, 'recheck.status', {})).toMatchObject({ ok: true, value: { recent: true } });
  expect(await state()).toBe('unlocked');
});

test('"key and passphrase" needs both; back to "either", the key is gone and the passphrase still works', async () => {
  await tab.goto(tab.url().replace(/[^/]+$/, 'options.html'));
  // A lock ends the window the test before opened: the policy change below asks, whatever the timing.
  await sendFromPage(tab, 'vault.lock', {});
  await sendFromPage(tab, 'vault.unlock', { passphrase: PASSPHRASE });
  await tab.reload();
  await tab.getByRole('radio', { name: 'Security key and passphrase together' }).check();
  await tab.getByLabel('Passphrase', { exact: true }).last().fill(PASSPHRASE);
  await tab.getByRole('button', { name: 'Apply' }).click();
  await passRecheck(tab, PASSPHRASE);
  await expect(tab.getByRole('status')).toHaveText('Unlock policy changed.');

  await sendFromPage(tab, 'vault.lock', {});
  expect(await sendFromPage(tab, 'vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: false });
  await unlockPage('not the passphrase at all');
  await expect(tab.getByRole('alert')).toContainText('does not unlock');
  expect(await state()).toBe('locked');
  await tab.waitForTimeout(2500); // past the short slow-down after wrong tries
  await unlockPage(PASSPHRASE);
  await expect(tab.getByRole('status')).toHaveText('Unlocked. You can close this tab.');

  await tab.goto(tab.url().replace(/[^/]+$/, 'options.html'));
  await tab.getByRole('radio', { name: 'Passphrase or security key (either unlocks)' }).check();
  await tab.getByLabel('Passphrase', { exact: true }).last().fill(PASSPHRASE);
  await tab.getByRole('button', { name: 'Apply' }).click();
  // Under "both" the passphrase alone proves nothing: the dialog's key button runs the ceremony on this page.
  await expect(recheckDialog(tab).getByRole('button', { name: 'Confirm' })).toHaveCount(0);
  await passRecheck(tab, PASSPHRASE, { key: true });
  await expect(tab.getByText('No security keys yet.')).toBeVisible();
  await sendFromPage(tab, 'vault.lock', {});
  await tab.goto(tab.url().replace(/[^/]+$/, 'unlock.html'));
  await expect(tab.getByText('No security key is registered')).toBeVisible();
  expect(await sendFromPage(tab, 'vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
});

test('another authenticator, with a credential of its own, cannot unlock', async () => {
  await tab.goto(tab.url().replace(/[^/]+$/, 'options.html'));
  await tab.getByRole('button', { name: 'Add security key' }).click();
  await passRecheck(tab, PASSPHRASE);
  await expect(tab.getByRole('list', { name: 'Security keys' }).getByRole('listitem')).toHaveCount(1);
  await sendFromPage(tab, 'vault.lock', {});
  await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId: first });
  const other = await addAuthenticator(true);
  await cdp.send('WebAuthn.addCredential', {
    authenticatorId: other,
    credential: {
      credentialId: Buffer.from('another-credential-1234').toString('base64'),
      isResidentCredential: false,
      rpId: browser.extensionId,
      privateKey: await p256PrivateKey(),
      signCount: 0,
    },
  });
  await unlockPage();
  await expect(tab.getByRole('alert')).toBeVisible();
  expect(await state()).toBe('locked');
  expect(await sendFromPage(tab, 'vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });

  // Removing a key asks again too (the unlock above opened no re-check window).
  await tab.goto(tab.url().replace(/[^/]+$/, 'options.html'));
  const keys = tab.getByRole('list', { name: 'Security keys' });
  await keys.getByRole('button', { name: 'Remove' }).click();
  await expect(recheckDialog(tab)).toBeVisible();
  await expect(keys.getByRole('listitem')).toHaveCount(1);
  await passRecheck(tab, PASSPHRASE);
  await expect(tab.getByText('No security keys yet.')).toBeVisible();
});

/** A fresh P-256 key in PKCS#8, base64: what the virtual authenticator wants for a credential of its own. */
async function p256PrivateKey(): Promise<string> {
  const { generateKeyPairSync } = await import('node:crypto');
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
}
