import { expect, test, type Frame, type Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { CORPUS } from '../autofill-corpus';
import type { CorpusPage, Expect } from '../autofill-corpus/types';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { sendFromPage } from './pages/extension';
import { PopupPage } from './pages/popup';

const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF';

interface FieldState {
  expect: Expect;
  value: string;
  initial: string;
  splitIndex: number | null;
  stateKey: string | null;
  stateValue: string | null;
  where: string;
}

let browser: ChromiumWithExtension;
let control: Page;
const tally = { codeFields: 0, codeFieldsFilled: 0, touched: 0, touchedCorrectly: 0 };

test.beforeAll(async () => {
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  control = await browser.openExtensionPage('popup.html');
  await new PopupPage(control).createVault('violet tractor museum lantern');
  const documents = new Map<string, string>();
  for (const page of CORPUS) {
    documents.set(page.url, page.html);
    for (const [url, html] of Object.entries(page.frames ?? {})) documents.set(url, html);
  }
  // Every corpus host is served locally under its real-looking https address.
  await browser.context.route(/^https:\/\//, async (route) => {
    const url = route.request().url();
    const html = documents.get(url) ?? documents.get(url.replace(/#.*$/, ''));
    await route.fulfill(
      html === undefined ? { status: 404, body: 'not in the corpus' } : { contentType: 'text/html; charset=utf-8', body: html },
    );
  });
});

test.afterAll(async () => {
  const recall = tally.codeFields ? tally.codeFieldsFilled / tally.codeFields : 1;
  const precision = tally.touched ? tally.touchedCorrectly / tally.touched : 1;
  console.log(
    `autofill corpus: ${CORPUS.length} pages; recall ${(recall * 100).toFixed(1)}% (${tally.codeFieldsFilled}/${tally.codeFields} code fields filled); ` +
      `precision ${(precision * 100).toFixed(1)}% (${tally.touchedCorrectly}/${tally.touched} touched fields were code fields)`,
  );
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
});

async function bindAccount(bindings: string[], digits: number): Promise<void> {
  const list = await sendFromPage<{ value: { accounts: { id: string }[] } }>(control, 'accounts.list', {});
  for (const { id } of list.value.accounts) await sendFromPage(control, 'accounts.remove', { id });
  if (bindings.length === 0) return;
  const reply = await sendFromPage<{ ok: boolean }>(control, 'accounts.addFromUri', {
    uri: `otpauth://totp/Corpus:user?secret=${SECRET}&issuer=Corpus&digits=${digits}`,
    domains: bindings,
  });
  expect(reply.ok).toBe(true);
}

/** Every annotated input of a frame, in its document, open shadow roots and the closed roots the page exposes. */
function readFields(frame: Frame): Promise<FieldState[]> {
  return frame.evaluate((where) => {
    const roots: (Document | ShadowRoot)[] = [document];
    const closed = (window as unknown as { __corpusClosedRoots?: ShadowRoot[] }).__corpusClosedRoots ?? [];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i]!.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      if (i === 0) roots.push(...closed);
    }
    const state = (window as unknown as { __corpusState?: Record<string, string> }).__corpusState ?? {};
    return roots.flatMap((root) =>
      [...root.querySelectorAll<HTMLInputElement>('input[data-expect]')].map((input) => ({
        expect: input.dataset.expect as 'totp',
        value: input.value,
        initial: input.defaultValue,
        splitIndex: input.dataset.splitIndex === undefined ? null : Number(input.dataset.splitIndex),
        stateKey: input.dataset.stateKey ?? null,
        stateValue: input.dataset.stateKey ? (state[input.dataset.stateKey] ?? '') : null,
        where: `${where} ${input.name || input.id || input.outerHTML.slice(0, 60)}`,
      })),
    );
  }, frame.url());
}

const codesAround = (from: number, to: number, digits: 6 | 8) =>
  [from - 1000, from, to].map((ms) => generateSync({ secret: SECRET, digits, epoch: Math.floor(ms / 1000) }));

function isCorrect(field: FieldState, code: string): boolean {
  const wanted = field.splitIndex === null ? code : (code[field.splitIndex] ?? '');
  const stateOk = field.stateKey === null || field.stateValue === wanted || field.stateValue === code;
  return field.value === wanted && stateOk;
}

async function allFields(page: Page): Promise<FieldState[]> {
  return (await Promise.all(page.frames().map((frame) => readFields(frame).catch(() => [])))).flat();
}

for (const corpusPage of CORPUS as CorpusPage[]) {
  test(`corpus: ${corpusPage.id}`, async () => {
    const digits = corpusPage.digits ?? 6;
    await bindAccount(corpusPage.bindings, digits);
    const page = await browser.context.newPage();
    const start = Date.now();
    await page.goto(corpusPage.url);
    if (corpusPage.appears === 'click') await page.locator('[data-corpus-click]').first().click();
    const expectedFills = (await allFields(page)).filter((f) => f.expect === 'totp').length;
    // Wait for the fill (or, on pages where nothing must be filled, long enough for a wrong fill to happen).
    await expect
      .poll(async () => (await allFields(page)).filter((f) => f.expect === 'totp' && f.value !== f.initial).length, { timeout: 5000 })
      .toBeGreaterThanOrEqual(expectedFills > 0 ? 1 : 0);
    await page.waitForTimeout(expectedFills > 0 ? 400 : 1200);
    const fields = await allFields(page);
    const codes = codesAround(start, Date.now(), digits);
    const failures: string[] = [];
    for (const field of fields) {
      const touched = field.value !== field.initial || (field.stateKey !== null && field.stateValue !== '');
      if (field.expect === 'totp') {
        tally.codeFields++;
        if (codes.some((code) => isCorrect(field, code))) tally.codeFieldsFilled++;
        else failures.push(`not filled: ${field.where} (value "${field.value}", state "${field.stateValue}")`);
      }
      if (touched) {
        tally.touched++;
        if (field.expect === 'totp') tally.touchedCorrectly++;
        else failures.push(`touched although ${field.expect}: ${field.where} (value "${field.value}")`);
      }
    }
    expect(fields.length, 'annotated fields found').toBeGreaterThan(0);
    expect(failures).toEqual([]);
    await page.close();
  });
}
