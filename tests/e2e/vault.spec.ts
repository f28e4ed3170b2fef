import { expect, test } from '@playwright/test';
import { generateSync } from 'otplib';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { filesContaining, launchChromiumWithExtension } from './harness/chromium';
import { PopupPage } from './pages/popup';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'violet tractor museum lantern';
const ACCOUNT = { issuer: 'ZetaBankE2E', label: 'carol.e2e@example.com', secret: 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF', sites: 'example.com' };

/** The code otplib computes in Node for any moment of the window the popup's code was read in. */
function nodeCodesDuring(readFrom: number, readTo: number): string[] {
  return [readFrom, readTo].map((ms) => generateSync({ secret: ACCOUNT.secret, epoch: Math.floor(ms / 1000) }));
}

test('vault: create, add, codes match Node, lock/unlock, worker restart, nothing readable on disk, browser restart locks', async () => {
  const browser = await launchChromiumWithExtension(EXTENSION_DIR);
  const { userDataDir } = browser;
  try {
    const popup = new PopupPage(await browser.openExtensionPage('popup.html'));
    await expect(popup.page.getByRole('heading', { name: 'Welcome to Tessera' })).toBeVisible();

    // A passphrase under 10 characters is refused with a clear message.
    await popup.page.getByLabel('Passphrase', { exact: true }).fill('too short');
    await popup.page.getByLabel('Repeat passphrase').fill('too short');
    await popup.page.getByRole('button', { name: 'Create vault' }).click();
    await expect(popup.page.getByRole('alert')).toContainText('at least 10 characters');

    await popup.createVault(PASSPHRASE);
    await popup.addAccount(ACCOUNT);
    const shown = await popup.readCode(ACCOUNT.issuer);
    expect(nodeCodesDuring(shown.readFrom, shown.readTo)).toContain(shown.code);
    await expect(popup.account(ACCOUNT.issuer).locator('[data-seconds]')).toHaveAttribute('data-seconds', /^([1-9]|[12]\d|30)$/);

    // Lock, a wrong passphrase, then the right one.
    await popup.lock();
    await popup.unlock('not my passphrase at all');
    await expect(popup.page.getByRole('alert')).toContainText('not right');
    await popup.unlock(PASSPHRASE);
    const afterUnlock = await popup.readCode(ACCOUNT.issuer);
    expect(nodeCodesDuring(afterUnlock.readFrom, afterUnlock.readTo)).toContain(afterUnlock.code);

    // The service worker is stopped; the next request restarts it, still unlocked, same codes.
    await browser.stopServiceWorkers();
    await popup.page.reload();
    const afterRestart = await popup.readCode(ACCOUNT.issuer);
    expect(nodeCodesDuring(afterRestart.readFrom, afterRestart.readTo)).toContain(afterRestart.code);
    const accountId = await popup.page.evaluate(async () => {
      const runtime = (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ value: { accounts: { id: string }[] } }> } } }
      ).chrome.runtime;
      const reply = await runtime.sendMessage({ type: 'accounts.list', payload: {} });
      return reply.value.accounts[0]?.id ?? '';
    });
    expect(accountId).toMatch(/^[0-9a-f-]{36}$/);
    await browser.close();

    // On disk: the record's id is there in clear (proving the files are readable), the secrets are not.
    const files = await browser.indexedDbFiles();
    expect(files.length).toBeGreaterThan(0);
    expect(await filesContaining(files, accountId)).not.toEqual([]);
    for (const secretText of [ACCOUNT.secret, ACCOUNT.issuer, ACCOUNT.label, PASSPHRASE]) {
      expect(await filesContaining(files, secretText)).toEqual([]);
    }

    // A browser restart (same profile) comes back locked.
    const restarted = await launchChromiumWithExtension(EXTENSION_DIR, { userDataDir });
    try {
      const again = new PopupPage(await restarted.openExtensionPage('popup.html'));
      await expect(again.page.getByRole('heading', { name: 'Tessera is locked' })).toBeVisible();
      await again.unlock(PASSPHRASE);
      const code = await again.readCode(ACCOUNT.issuer);
      expect(nodeCodesDuring(code.readFrom, code.readTo)).toContain(code.code);
    } finally {
      await restarted.close();
    }
  } finally {
    await browser.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  }
});
