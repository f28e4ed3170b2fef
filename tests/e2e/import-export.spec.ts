import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { passRecheck } from './pages/recheck';
import { sendFromPage } from './pages/extension';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PEER = path.resolve('../shared/peer/aegis-importers');
const PASSPHRASE = 'violet tractor museum lantern';
const BACKUP_PASSWORD = 'a long backup password';

async function freshVault(): Promise<{ browser: ChromiumWithExtension; options: Page }> {
  const browser = await launchChromiumWithExtension(EXTENSION_DIR);
  const options = await browser.openExtensionPage('options.html');
  await sendFromPage(options, 'vault.create', { passphrase: PASSPHRASE });
  await options.reload();
  return { browser, options };
}

async function accountCount(page: Page): Promise<number> {
  return (await sendFromPage<{ value: { accounts: unknown[] } }>(page, 'accounts.list', {})).value.accounts.length;
}

test('import an encrypted Aegis export with a preview, back up encrypted, restore in another profile', async () => {
  const first = await freshVault();
  const { options } = first;
  const importer = options.getByRole('region', { name: 'Import from another authenticator' });
  await importer.getByLabel('Export file').setInputFiles(path.join(PEER, 'aegis_encrypted.json'));
  await importer.getByLabel('Password (for encrypted exports)').fill('wrong');
  await importer.getByRole('button', { name: 'Read file' }).click();
  await expect(importer.getByRole('alert')).toBeVisible();
  expect(await accountCount(options)).toBe(0);
  await importer.getByLabel('Password (for encrypted exports)').fill('test');
  await importer.getByRole('button', { name: 'Read file' }).click();
  await expect(importer.getByText(/7 accounts found/)).toBeVisible();
  await importer.getByRole('button', { name: 'Add 7 selected accounts' }).click();
  await expect(importer.getByRole('status')).toHaveText('Added 7 accounts.');
  expect(await accountCount(options)).toBe(7);

  // Importing the same file again: every entry is shown as already stored and left unselected.
  await importer.getByRole('button', { name: 'Read file' }).click();
  await expect(importer.getByText('already stored')).toHaveCount(7);
  await expect(importer.getByRole('button', { name: 'Add 0 selected accounts' })).toBeDisabled();

  const backup = options.getByRole('region', { name: 'Backup and restore' });
  await backup.getByLabel('Password for the backup file').first().fill(BACKUP_PASSWORD);
  const download = options.waitForEvent('download');
  await backup.getByRole('button', { name: 'Download encrypted backup' }).click();
  // Kept outside the browser's own download folder, which goes with the profile.
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'tessera-backup-')), 'backup.json');
  await (await download).saveAs(file);
  const text = await readFile(file, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'tessera-backup', version: 1 });
  await first.browser.close();
  await rm(first.browser.userDataDir, { recursive: true, force: true });

  const second = await freshVault();
  const restore = second.options.getByRole('region', { name: 'Backup and restore' });
  await restore.getByLabel('Tessera backup file (.json)').setInputFiles(file);
  await restore.getByLabel('Password for the backup file').last().fill('not the password');
  await restore.getByRole('button', { name: 'Restore a backup' }).click();
  await expect(restore.getByRole('alert')).toHaveText('That password does not open this backup. Nothing was changed.');
  await restore.getByLabel('Password for the backup file').last().fill(BACKUP_PASSWORD);
  await restore.getByRole('button', { name: 'Restore a backup' }).click();
  await expect(restore.getByRole('status')).toHaveText('Restored: 7 added, 0 already here.');
  expect(await accountCount(second.options)).toBe(7);

  // The unencrypted export needs the warning acknowledged first.
  const plain = second.options.getByRole('region', { name: 'Unencrypted export' });
  await expect(plain.getByRole('button', { name: 'Unencrypted export' })).toBeDisabled();
  await plain.getByRole('checkbox').check();
  const plainDownload = second.options.waitForEvent('download');
  await plain.getByRole('button', { name: 'Unencrypted export' }).click();
  // Nothing is written before the passphrase is asked again.
  await passRecheck(second.options, PASSPHRASE);
  const links = await readFile(await (await plainDownload).path(), 'utf8');
  expect(links.trim().split('\n')).toHaveLength(7);
  expect(links).toMatch(/^otpauth:\/\//);
  await second.browser.close();
  await rm(second.browser.userDataDir, { recursive: true, force: true });
});

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const bulkDigits = (n: number) => Array.from({ length: 6 }, (_, place) => BASE32[Math.floor(n / 32 ** place) % 32]).join('');

test('an import of 10,000 entries cut off by the browser closing leaves the vault as it was before or after', async () => {
  const { browser, options } = await freshVault();
  const drafts = Array.from({ length: 10_000 }, (_, i) => ({
    kind: 'totp',
    issuer: `Bulk ${i}`,
    label: `user${i}`,
    // 10 bytes of Base32, a different secret for every entry (duplicates would be stored once).
    secret: `BULKSECRET${bulkDigits(i)}`,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
  }));
  void sendFromPage(options, 'accounts.import', { drafts }).catch(() => 'interrupted');
  // While the background is still encrypting records, the whole browser goes away (a crash, a shutdown).
  await options.waitForTimeout(600);
  await browser.close();
  const again = await launchChromiumWithExtension(EXTENSION_DIR, { userDataDir: browser.userDataDir });
  const page = await again.openExtensionPage('options.html');
  expect(await sendFromPage(page, 'vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
  expect([0, 10_000]).toContain(await accountCount(page));
  await again.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
});
