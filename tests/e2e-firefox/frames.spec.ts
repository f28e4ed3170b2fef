import { expect, test } from '@playwright/test';
import { generateSync } from 'otplib';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { launchFirefoxWithExtension, send, type FirefoxWithExtension } from './harness/firefox';

const EXTENSION_DIR = path.resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
const SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF';
const codeForm = (id: string) =>
  `<form><h1>Two-factor authentication</h1><p>Enter the 6-digit code from your authenticator app.</p>` +
  `<label>Authentication code <input id="${id}" autocomplete="one-time-code" inputmode="numeric" maxlength="6"></label></form>`;

// localhost and 127.0.0.1 are different origins: the top page and its frame, served by one small server.
let server: Server;
let port = 0;
let ff: FirefoxWithExtension;

test.beforeAll(async () => {
  server = createServer((request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    if (request.url === '/frame.html') return void response.end(`<!doctype html><body>${codeForm('frame-otp')}</body>`);
    const open = `<host-card></host-card><script>customElements.define('host-card', class extends HTMLElement { constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(codeForm('shadow-otp'))}; } });</script>`;
    response.end(
      `<!doctype html><body>${codeForm('top-otp')}<iframe src="http://127.0.0.1:${port}/frame.html" width="600" height="300"></iframe>${request.url === '/shadow.html' ? open : ''}</body>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  ff = await launchFirefoxWithExtension(EXTENSION_DIR);
  const setup = await ff.openExtensionPage('popup.html');
  await send(setup, 'vault.create', { passphrase: 'violet tractor museum lantern' });
  await send(setup, 'accounts.addFromUri', { uri: `otpauth://totp/Frame:me?secret=${SECRET}&issuer=Frame`, domains: ['127.0.0.1'] });
  await setup.close();
});

test.afterAll(async () => {
  await ff?.close();
  await new Promise((resolve) => server.close(resolve));
});

test('a cross-origin frame bound to the account is filled; the unbound top page is left alone', async () => {
  const page = await ff.browser.newPage();
  const start = Date.now();
  await page.goto(`http://localhost:${port}/top.html`);
  const frame = await (await page.waitForSelector('iframe'))!.contentFrame();
  await frame!.waitForFunction(() => (document.getElementById('frame-otp') as HTMLInputElement | null)?.value.length === 6, {
    timeout: 10_000,
  });
  const filled = await frame!.$eval('#frame-otp', (el) => (el as HTMLInputElement).value);
  const codes = [start, Date.now()].map((ms) => generateSync({ secret: SECRET, epoch: Math.floor(ms / 1000) }));
  expect(codes).toContain(filled);
  await new Promise((resolve) => setTimeout(resolve, 800));
  expect(await page.$eval('#top-otp', (el) => (el as HTMLInputElement).value)).toBe('');
  await page.close();
});

test('a code field inside an open shadow root on the bound origin is filled', async () => {
  const page = await ff.browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/shadow.html`);
  await page.waitForFunction(
    () => (document.querySelector('host-card')?.shadowRoot?.getElementById('shadow-otp') as HTMLInputElement | null)?.value.length === 6,
    { timeout: 10_000 },
  );
  await page.close();
});
