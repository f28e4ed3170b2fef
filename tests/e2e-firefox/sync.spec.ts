import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { startWebDavServer, type WebDavServer } from '../harness/webdav-server';
import { launchFirefoxWithExtension, navigate, send, type FirefoxWithExtension } from './harness/firefox';
import { Ui } from './pages';

const EXTENSION_DIR = path.resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
const PASS = 'correct horse battery staple';

/** The other browser of the synced vault (sync-peer.ts, in Node); answers the issuers of its accounts. */
async function peer(mode: 'seed' | 'join-and-list', folder: string): Promise<string[]> {
  const script = path.resolve('tests/e2e-firefox/sync-peer.ts');
  const { stdout } = await promisify(execFile)('npx', ['tsx', script, mode, folder, server.user, server.password]);
  return JSON.parse(stdout.trim().split('\n').pop()!) as string[];
}

let server: WebDavServer;
let ff: FirefoxWithExtension | undefined;

test.beforeEach(async () => {
  server = await startWebDavServer();
});
test.afterEach(async () => {
  await ff?.close();
  await server.close();
});

/**
 * The synced vault is made by the sync service in Node (sync-peer.ts: the same vault and sync code the extension
 * runs, on fake-indexeddb, with the real WebDAV backend): a Chromium profile is not needed to put it on the server.
 */
test('a Firefox profile joins the synced vault on the WebDAV server from Settings and sees its accounts', async () => {
  const folder = `${server.url}tessera/`;
  expect(await peer('seed', folder)).toEqual(['GitHub', 'Mail']);

  ff = await launchFirefoxWithExtension(EXTENSION_DIR);
  const page = await ff.openExtensionPage('options.html#sync');
  await send(page, 'vault.create', { passphrase: 'firefox passphrase of its own' });
  await send(page, 'accounts.addFromUri', {
    uri: 'otpauth://totp/Bank:bob?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF&issuer=Bank',
    domains: [],
  });
  // Opened again with the vault unlocked (BiDi navigation: page.reload hangs on moz-extension:// pages).
  await navigate(page, ff.extensionUrl('options.html?again#sync'));
  const ui = new Ui(page);
  await ui.waitForHeading('Sync');
  await ui.fill('Folder address (WebDAV)', folder);
  await ui.fill('User name', server.user);
  await ui.fill('App password', server.password);
  await ui.fill('Name of this browser', 'Firefox');
  await ui.click('Turn on sync');
  // Gated like revealing a secret: this browser's own passphrase is asked again first.
  await ui.fill('Passphrase', 'firefox passphrase of its own');
  await ui.click('Confirm');
  await ui.waitForText('[data-testid="sync-error"]', "Enter the synced vault's passphrase");
  await ui.fill('Passphrase of the synced vault', PASS);
  await ui.click('Join');
  await ui.waitForText('[role="status"]', 'Joined: your accounts are merged.', 20_000);
  const { accounts } = await send(page, 'accounts.list', {});
  expect(accounts.map((a) => `${a.issuer}:${a.label}`).sort()).toEqual(['Bank:bob', 'GitHub:octo', 'Mail:alice']);

  // And the other way: Firefox's own account reached the synced vault.
  expect(await peer('join-and-list', folder)).toEqual(['Bank', 'GitHub', 'Mail']);
});
