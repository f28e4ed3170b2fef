import { expect, test, type Page } from '@playwright/test';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { ALLOWED_CODE_BOXES, DDG_FORMS_DIR, ddgFormsPages, type DdgFormsPage } from '../corpus/ddg-forms';
import { launchChromiumWithExtension, type ChromiumWithExtension } from './harness/chromium';
import { sendFromPage } from './pages/extension';
import { PopupPage } from './pages/popup';

/**
 * DuckDuckGo's 255 captures of real sites' forms, each served under its own host with an account bound to that
 * site: Tessera fills by itself only where it is sure, so nothing may be typed anywhere (but the two boxes its
 * README allows). Pages are opened several tabs at a time; the fill comes within ~300 ms of load.
 */
const EXTENSION_DIR = path.resolve('.output/chrome-mv3');
const SECRET = 'KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF';
const TABS = 6;
const SETTLE_MS = 800;

const PAGES = ddgFormsPages().sort((a, b) => a.domain.localeCompare(b.domain) || a.id.localeCompare(b.id));
const wrongFills: string[] = [];
const wrongPages = new Set<string>();
const allowedFilled: string[] = [];
let checked = 0;

let browser: ChromiumWithExtension;
let control: Page;
let boundTo = '';

test.beforeAll(async () => {
  browser = await launchChromiumWithExtension(EXTENSION_DIR);
  control = await browser.openExtensionPage('popup.html');
  await new PopupPage(control).createVault('violet tractor museum lantern');
  const files = new Map(PAGES.map((page) => [`${page.host}${page.path}`, page.file]));
  await browser.context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const file = files.get(`${url.host}${url.pathname}`);
    if (file === undefined) return route.fulfill({ status: 404, body: 'not a ddg-forms page' });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: await readFile(path.join(DDG_FORMS_DIR, file), 'utf8') });
  });
});

test.afterAll(async () => {
  await browser.close();
  await rm(browser.userDataDir, { recursive: true, force: true });
});

/** One account, bound to the registrable domains of the pages open at once; re-bound only when they change. */
async function bindAccount(domains: string[]): Promise<void> {
  const key = domains.join(' ');
  if (key === boundTo) return;
  const list = await sendFromPage<{ value: { accounts: { id: string }[] } }>(control, 'accounts.list', {});
  for (const { id } of list.value.accounts) await sendFromPage(control, 'accounts.remove', { id });
  const reply = await sendFromPage<{ ok: boolean }>(control, 'accounts.addFromUri', {
    uri: `otpauth://totp/Forms:user?secret=${SECRET}&issuer=Forms`,
    domains,
  });
  expect(reply.ok).toBe(true);
  boundTo = key;
}

interface Touched {
  selector: string;
  label: string;
  value: string;
}

/** Every input (captured with value="") and textarea of every frame whose value is not the one it was captured with. */
async function touchedInputs(page: Page, allowed: string | undefined): Promise<{ wrong: Touched[]; allowedValue: string }> {
  const perFrame = await Promise.all(
    page.frames().map((frame) =>
      frame
        .evaluate((allowedSelector) => {
          const allowedBox = allowedSelector ? document.querySelector(allowedSelector) : null;
          const wrong = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
            .filter((field) => field.value !== field.defaultValue && field !== allowedBox)
            .map((field) => ({
              selector: field.id ? `#${field.id}` : `${field.localName}[name="${field.getAttribute('name') ?? ''}"]`,
              label: field.getAttribute('data-manual-scoring') ?? 'unscored',
              value: field.value,
            }));
          return { wrong, allowedValue: (allowedBox as HTMLInputElement | null)?.value ?? '' };
        }, allowed ?? null)
        .catch(() => ({ wrong: [], allowedValue: '' })),
    ),
  );
  return { wrong: perFrame.flatMap((f) => f.wrong), allowedValue: perFrame.map((f) => f.allowedValue).join('') };
}

async function checkPage(ddgPage: DdgFormsPage): Promise<string[]> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`https://${ddgPage.host}${ddgPage.path}`, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const { wrong, allowedValue } = await touchedInputs(page, ALLOWED_CODE_BOXES[ddgPage.id]);
    if (allowedValue) allowedFilled.push(ddgPage.id);
    return wrong.map((field) => `${ddgPage.id}: ${field.selector} (${field.label}) = "${field.value}"`);
  } finally {
    await page.close();
  }
}

test('ddg-forms: nothing typed outside the allowed code boxes', async () => {
  test.setTimeout(360_000);
  for (let i = 0; i < PAGES.length; i += TABS) {
    const batch = PAGES.slice(i, i + TABS);
    await bindAccount([...new Set(batch.map((page) => page.domain))]);
    const results = await Promise.all(batch.map(checkPage));
    batch.forEach((page, k) => {
      checked++;
      if (results[k]!.length > 0) wrongPages.add(page.id);
    });
    wrongFills.push(...results.flat());
  }
  console.log(`ddg-forms: ${checked - wrongPages.size}/${checked} pages right`);
  for (const line of wrongFills) console.log(`  wrong fill: ${line}`);
  console.log(`  allowed code boxes filled: ${allowedFilled.length ? allowedFilled.join(', ') : 'none'}`);
  expect(wrongFills).toEqual([]);
});
