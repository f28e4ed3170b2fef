import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { build } from 'esbuild';
import path from 'node:path';

/**
 * The content script's controller (utils/autofill/code-filler.ts) in a real Chromium page, with a fake
 * background and WXT context: split rows filled one character per box, automatic fill, commands, and
 * everything stopped when the context is invalidated.
 */

const URL = 'https://login.example.test/two-factor';
let browser: Browser;
let script: string;
let served = '';

test.beforeAll(async () => {
  const result = await build({
    entryPoints: [path.resolve('tests/e2e/code-filler/entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    alias: { '@': path.resolve('.') },
  });
  script = result.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
});

test.afterAll(() => browser.close());

const page2fa = (form: string, script = '') =>
  `<!doctype html><html><body><main><h1>Two-factor authentication</h1><p>Enter the 6-digit code from your authenticator app.</p>
<form>${form}<button>Verify</button></form></main><script>${script}</script></body></html>`;

async function open(html: string, start = true): Promise<Page> {
  served = html;
  const page = await browser.newPage();
  await page.route(URL, (route) => route.fulfill({ contentType: 'text/html', body: served }));
  await page.goto(URL);
  await page.addScriptTag({ content: script });
  if (start) await page.evaluate(() => (window as unknown as { filler: { start(): void } }).filler.start());
  return page;
}

const values = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

const numberRow = Array.from(
  { length: 6 },
  (_, i) => `<input type="number" name="code[${i}]" autocomplete="one-time-code" aria-label="Digit ${i + 1}" style="width:40px">`,
).join('');

test('a row of type=number boxes without maxlength gets one digit per box, automatically', async () => {
  const page = await open(page2fa(`<div class="row">${numberRow}</div>`));
  await expect.poll(() => values(page, 'input')).toEqual(['1', '2', '3', '4', '5', '6']);
  expect(await page.evaluate(() => (window as unknown as { filler: { asked(): string[] } }).filler.asked())).toEqual(['content.code']);
  await page.close();
});

test("boxes get the key and input events that make a site's own handlers move focus on", async () => {
  const widget = `
    var log = [];
    var boxes = [].slice.call(document.querySelectorAll('input'));
    boxes.forEach(function (box, i) {
      ['keydown', 'keypress', 'beforeinput', 'input', 'keyup', 'change'].forEach(function (type) {
        box.addEventListener(type, function (e) { if (i === 0) log.push(type + (e.keyCode ? ':' + e.keyCode : '')); });
      });
      // Advances only on a digit's keyup, as older widgets do.
      box.addEventListener('keyup', function (e) { if (e.keyCode >= 48 && e.keyCode <= 57 && boxes[i + 1]) boxes[i + 1].focus(); });
    });
    window.eventLog = log;`;
  const row = Array.from({ length: 6 }, (_, i) => `<input id="otp-${i + 1}" inputmode="numeric" class="box" style="width:40px">`).join('');
  const page = await open(page2fa(row, widget), false);
  expect(
    await page.evaluate(() => (window as unknown as { filler: { fill(s: string, c: string): boolean } }).filler.fill('input', '405721')),
  ).toBe(true);
  expect(await values(page, 'input')).toEqual(['4', '0', '5', '7', '2', '1']);
  expect(await page.evaluate(() => (window as unknown as { eventLog: string[] }).eventLog)).toEqual([
    'keydown:52',
    'keypress:52',
    'beforeinput',
    'input',
    'keyup:52',
    'change',
  ]);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('otp-6');
  await page.close();
});

test('a row whose first box spreads pasted text still gets one digit per box', async () => {
  const spread = `
    var boxes = [].slice.call(document.querySelectorAll('input'));
    boxes[0].addEventListener('input', function () {
      var chars = boxes[0].value.split('');
      if (chars.length > 1) chars.forEach(function (c, k) { if (boxes[k]) boxes[k].value = c; });
    });`;
  const row = Array.from({ length: 6 }, (_, i) => `<input name="digit${i + 1}" maxlength="1" style="width:40px">`).join('');
  const page = await open(page2fa(row, spread));
  await expect.poll(() => values(page, 'input')).toEqual(['1', '2', '3', '4', '5', '6']);
  await page.close();
});

test('a code is never typed whole into each box of a row, whatever the row is', async () => {
  // Eight boxes for a six-digit code: refused, nothing typed.
  const row = Array.from({ length: 8 }, (_, i) => `<input name="otp${i}" maxlength="1" style="width:40px">`).join('');
  const page = await open(page2fa(row), false);
  const filled = await page.evaluate(() =>
    (window as unknown as { filler: { fill(s: string, c: string): boolean } }).filler.fill('input', '123456'),
  );
  expect(filled).toBe(false);
  expect((await values(page, 'input')).every((value) => value.length <= 1)).toBe(true);
  await page.close();
});

test('rows that are not code fields are not grouped: a date of birth, a phone number in three parts', async () => {
  const page = await open(
    `<!doctype html><form><h2>Your details</h2>
      <input name="day" maxlength="2" inputmode="numeric"><input name="month" maxlength="2" inputmode="numeric"><input name="year" maxlength="4" inputmode="numeric">
      <input type="tel" name="phone1" maxlength="3"><input type="tel" name="phone2" maxlength="3"><input type="tel" name="phone3" maxlength="4">
    </form>`,
    false,
  );
  expect(await page.evaluate(() => (window as unknown as { filler: { groups(): string[][] } }).filler.groups())).toEqual([]);
  await page.close();
});

test('ordinary inputs are turned down without a character of text read', async () => {
  const forms = Array.from(
    { length: 30 },
    (_, i) =>
      `<form><h2>Form ${i}</h2><p>Tell us about yourself.</p><label>Email <input type="email" name="email"></label>` +
      `<label>First name <input name="first_name" autocomplete="given-name"></label><label>City <input name="city"></label>` +
      `<label>Search <input type="search" name="q"></label><label>Password <input type="password" name="password" autocomplete="current-password"></label></form>`,
  );
  const page = await open(`<!doctype html><main>${forms.join('')}</main>`, false);
  expect(await page.evaluate(() => (window as unknown as { filler: { textReadsOfScan(): object } }).filler.textReadsOfScan())).toEqual({
    count: 0,
    reads: 0,
  });
  await page.close();
});

test('inputs added one by one to a form are looked at in one scan of the form per batch, not one per input', async () => {
  const page = await open(`<!doctype html><main><form id="sheet"><h2>Prices</h2></form></main>`);
  const scans = await page.evaluate(async () => {
    const api = (window as unknown as { filler: { scans(): number } }).filler;
    const before = api.scans();
    const form = document.getElementById('sheet')!;
    for (let i = 0; i < 300; i++) form.insertAdjacentHTML('beforeend', `<input name="price${i}">`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return api.scans() - before;
  });
  expect(scans).toBe(1);
  await page.close();
});

test('popup Fill goes through the command; after invalidation the controller neither fills nor listens', async () => {
  const single = '<label>Authentication code <input name="otp" autocomplete="one-time-code" inputmode="numeric" maxlength="6"></label>';
  const page = await open(page2fa(single));
  await expect.poll(() => values(page, 'input')).toEqual(['123456']);
  await page.locator('input').fill('');
  const report = await page.evaluate(() =>
    (window as unknown as { filler: { command(c: object): Promise<unknown> } }).filler.command({
      type: 'tessera.fill',
      accountId: null,
      target: 'any',
      want: 'totp',
    }),
  );
  expect(report).toEqual({ filled: true });
  await page.evaluate(() => {
    const api = (window as unknown as { filler: { invalidate(): void } }).filler;
    api.invalidate();
    document.querySelector('form')!.insertAdjacentHTML('beforeend', '<input name="otp2" autocomplete="one-time-code" maxlength="6">');
  });
  await page.waitForTimeout(300);
  expect(await values(page, 'input[name=otp2]')).toEqual(['']);
  expect(
    await page.evaluate(() => (window as unknown as { filler: { command(c: object): unknown } }).filler.command({ type: 'tessera.probe' })),
  ).toBe('not listening');
  await page.close();
});
