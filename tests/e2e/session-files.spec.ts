import { expect, test, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { launchChromiumWithExtension } from './harness/chromium';
import { PopupPage } from './pages/popup';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const PASSPHRASE = 'violet tractor museum lantern';

/** RFC 4648 Base32 of whole 5-byte groups (no padding needed), written out here to keep the test independent. */
function base32(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  return (bits.match(/.{5}/g) ?? []).map((group) => alphabet[parseInt(group, 2)]).join('');
}

// Fresh values on every run, so a hit can only come from what this test typed.
const tag = randomBytes(4).toString('hex');
const keys = { secret: randomBytes(20), linkSecret: randomBytes(20) };
const typed = {
  secret: base32(keys.secret),
  linkSecret: base32(keys.linkSecret),
  issuer: `Issuer${tag}x`,
  label: `label${tag}y@example.com`,
  site: `site${tag}.example`,
  codes: [`q${tag}-7k3m`, `z${tag}-9w2p`],
  passphrase: `sentinel passphrase ${tag}`,
  search: `Search${tag}z`,
};
const link = () => `otpauth://totp/Link${tag}:linked?secret=${typed.linkSecret}&issuer=Link${tag}`;
/** Typed into an ordinary page's ordinary field: it must be found, or the browser wrote no form state at all. */
const CANARY = `canary${tag}value`;

/** Every way a typed string can sit in a file: UTF-8/Latin-1, UTF-16 (Blink's page state), lower case, and a secret's raw key bytes. */
function needles(text: string): Buffer[] {
  const forms = [...new Set([text, text.toLowerCase(), text.toUpperCase()])];
  const buffers = forms.flatMap((form) => [Buffer.from(form, 'utf8'), Buffer.from(form, 'utf16le')]);
  if (text === typed.secret) buffers.push(keys.secret);
  if (text === typed.linkSecret) buffers.push(keys.linkSecret);
  return buffers;
}

async function profileFilesHolding(userDataDir: string, text: string): Promise<string[]> {
  const entries = await readdir(userDataDir, { recursive: true, withFileTypes: true });
  const hits: string[] = [];
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file).catch(() => Buffer.alloc(0));
    if (needles(text).some((needle) => bytes.includes(needle))) hits.push(path.relative(userDataDir, file));
  }
  return hits;
}

async function send(page: Page, type: string, payload: object): Promise<unknown> {
  return page.evaluate(
    async ([type, payload]) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
      return runtime.sendMessage({ type, payload });
    },
    [type, payload] as const,
  );
}

test('what a person types into account, secret and password fields never reaches the profile (session files included)', async () => {
  const browser = await launchChromiumWithExtension(EXTENSION_DIR);
  const { context, userDataDir } = browser;
  try {
    await context.route('https://canary.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Canary</title><label>Note <input id="note"></label>' }),
    );
    const canary = await context.newPage();
    await canary.goto('https://canary.example/');
    await canary.locator('#note').pressSequentially(CANARY);

    // The welcome screen, typed into and left: the vault is created from another tab.
    const welcome = await browser.openExtensionPage('popup.html');
    await welcome.getByLabel('Passphrase', { exact: true }).pressSequentially(typed.passphrase);
    await welcome.getByLabel('Repeat passphrase').pressSequentially(typed.passphrase);
    const control = await browser.openExtensionPage('popup.html');
    await new PopupPage(control).createVault(PASSPHRASE);
    await send(control, 'accounts.add', {
      draft: {
        issuer: 'Keeper',
        label: 'k',
        secret: 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF',
        kind: 'totp',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
        domains: [],
      },
    });

    const byKey = await browser.openExtensionPage('popup.html');
    await byKey.getByRole('button', { name: 'Add account' }).click();
    await byKey.getByLabel('Issuer').pressSequentially(typed.issuer);
    await byKey.getByLabel('Account name').pressSequentially(typed.label);
    await byKey.getByLabel('Secret key').pressSequentially(typed.secret);
    await byKey.getByLabel('Fill on sites').pressSequentially(typed.site);

    const byLink = await browser.openExtensionPage('popup.html');
    await byLink.getByRole('button', { name: 'Add account' }).click();
    await byLink.getByRole('radio', { name: 'otpauth:// link' }).click();
    await byLink.getByRole('textbox', { name: 'otpauth:// link' }).pressSequentially(link());

    const codes = await browser.openExtensionPage('popup.html');
    await codes.getByRole('button', { name: 'More for Keeper' }).click();
    await codes.getByRole('menuitem', { name: /^Backup codes/ }).click();
    await codes.getByLabel('Paste codes').pressSequentially(typed.codes.join('\n'));

    const search = await browser.openExtensionPage('popup.html');
    await search.getByRole('searchbox', { name: 'Search accounts' }).pressSequentially(typed.search);

    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel('Current passphrase').pressSequentially(typed.passphrase);
    await options.getByLabel('New passphrase', { exact: true }).pressSequentially(typed.passphrase);
    await options.getByLabel('Password for the backup file').first().pressSequentially(typed.passphrase);
    await options.getByLabel('Password for the backup file').last().pressSequentially(typed.passphrase);
    await options.getByLabel('Password (for encrypted exports)').pressSequentially(typed.passphrase);

    // Nothing is submitted. The browser syncs page state about once a second and writes its session files a few
    // seconds later; a clean close writes them all.
    await byKey.waitForTimeout(4000);
    await browser.close();

    expect(await profileFilesHolding(userDataDir, CANARY), 'the canary proves form state was written').not.toEqual([]);
    const leaks: Record<string, string[]> = {};
    for (const value of [...Object.values(typed).flat(), link()]) {
      const hits = await profileFilesHolding(userDataDir, value);
      if (hits.length > 0) leaks[value] = hits;
    }
    expect(leaks).toEqual({});
  } finally {
    await browser.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  }
});
