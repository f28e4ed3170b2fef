import { bundleForPage } from '../page-bundle';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { getDomain } from 'tldts';
import { CORPUS, type CorpusPage } from '../autofill-corpus';
import { launchBenchChromium } from '../bench/qr-captures';
import { ALLOWED_CODE_BOXES } from './ddg-forms';
import type { CorpusField } from './entry';

/**
 * `npm run corpus -- DIR` runs the content script's detection over every .html page of DIR in headless Chromium
 * and prints each field it would fill by itself ("auto") or offer to a person ("offer"), with the signals that
 * fired. `npm run corpus -- own` does the same over the own corpus (tests/autofill-corpus) and checks the
 * decisions against its annotations. Nothing is filled and no extension is loaded.
 */
interface Source {
  id: string;
  html: string;
  /** Own corpus: a field to click before reading. */
  click?: boolean;
  late?: boolean;
  /** Own corpus: no account is bound to the page's origin (look-alikes), so nothing is filled whatever is found. */
  unbound?: boolean;
}

function unbound(page: CorpusPage): boolean {
  const host = new URL(page.url).host;
  const domain = getDomain(host, { allowPrivateDomains: true });
  return !page.bindings.some((binding) => binding === host || binding === domain);
}

const PARALLEL = 4;

const bundle = () => bundleForPage('tests/corpus/entry.ts');

async function sources(arg: string): Promise<Source[]> {
  if (arg === 'own')
    return CORPUS.map((page) => ({
      id: page.id,
      html: page.html,
      click: page.appears === 'click',
      late: page.appears === 'late',
      unbound: unbound(page),
    }));
  const files = (await readdir(arg)).filter((file) => file.endsWith('.html')).sort();
  return Promise.all(files.map(async (file) => ({ id: file.replace(/\.html$/, ''), html: await readFile(path.join(arg, file), 'utf8') })));
}

async function detect(page: Page, source: Source, script: string): Promise<CorpusField[]> {
  await page.setContent(source.html, { waitUntil: 'load' });
  if (source.late) await page.waitForTimeout(900);
  if (source.click) {
    await page.locator('[data-corpus-click]').first().click();
    await page.waitForTimeout(400);
  }
  await page.addScriptTag({ content: script });
  return page.evaluate(() => (globalThis as unknown as { tesseraCorpus: () => CorpusField[] }).tesseraCorpus());
}

/** Whether a decision contradicts the page's annotation: an automatic fill of a non-code field, a code field missed. */
function wrong(source: Source, field: CorpusField): boolean {
  const automatic = field.kind === 'totp' && field.automatic && field.fillable;
  // A box of a split field that is a field of its own would get the whole code.
  if (field.expect === 'totp') return !automatic || (field.split && field.boxes === 1);
  if (!automatic || source.unbound) return false;
  const allowed = ALLOWED_CODE_BOXES[source.id];
  return !(allowed && field.where.startsWith(allowed));
}

async function main(): Promise<void> {
  const arg = process.argv[2];
  if (!arg) throw new Error('usage: npm run corpus -- DIR | own');
  const [script, pages] = await Promise.all([bundle(), sources(arg)]);
  const browser = await launchBenchChromium();
  const tabs = await Promise.all(Array.from({ length: PARALLEL }, () => browser.newPage({ viewport: { width: 1280, height: 900 } })));
  const results: { source: Source; fields: CorpusField[] }[] = [];
  let next = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      while (next < pages.length) {
        const source = pages[next++]!;
        results.push({
          source,
          fields: await detect(tab, source, script).catch((e: Error) => [{ where: `error ${e.message}` } as CorpusField]),
        });
      }
    }),
  );
  await browser.close();
  results.sort((a, b) => a.source.id.localeCompare(b.source.id));
  let wrongPages = 0;
  let missed = 0;
  for (const { source, fields } of results) {
    const shown = fields.filter((field) => field.kind !== 'none' || field.expect === 'totp');
    const bad = shown.some((field) => wrong(source, field));
    if (bad) wrongPages++;
    if (shown.length === 0) continue;
    console.log(`${bad ? '✗' : ' '} ${source.id}`);
    for (const field of shown) {
      const level = field.kind === 'none' ? 'none ' : field.automatic ? 'auto ' : 'offer';
      const hidden = field.fillable ? '' : ' (not fillable)';
      if (field.expect === 'totp' && wrong(source, field)) missed++;
      console.log(`    ${level} ${field.kind.padEnd(9)} ${field.where}${hidden} [${field.expect || '-'}]  ${field.signals.join(', ')}`);
    }
  }
  console.log(`${results.length - wrongPages}/${results.length} pages right (${missed} annotated code fields not filled automatically)`);
}

void main();
