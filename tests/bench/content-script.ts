import { bundleForPage } from '../page-bundle';
import type { Page } from '@playwright/test';
import { articleWithCodePage, bigFormPage, formsPage, plainPage } from './content-pages';
import { launchBenchChromium } from './qr-captures';

const RUNS = 7;
const BENCH_URL = 'https://bench.tessera.test/';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** What the bench entry exposes in the page (tests/bench/content-entry.ts). */
interface BenchApi {
  start(): Promise<{ ms: number; fields: number }>;
  shadowWalkMs(): number;
  /** Main-thread time the content script has spent since it started (its observer and timer callbacks). */
  busyMs(): number;
  batches(): number;
}

const bundle = () => bundleForPage('tests/bench/content-entry.ts');

let served = '';

/** Loads a page afresh (a new document and global, so nothing of the previous run stays) and starts the script. */
async function startOn(page: Page, html: string, script: string): Promise<{ ms: number; fields: number; elements: number }> {
  served = html;
  await page.goto(BENCH_URL);
  await page.addScriptTag({ content: script });
  return page.evaluate(async () => ({
    ...(await (globalThis as unknown as { tesseraBench: BenchApi }).tesseraBench.start()),
    elements: document.getElementsByTagName('*').length,
  }));
}

/** 1,000 added nodes, each in its own mutation, in tasks of 50 as a busy single-page app makes them; every tenth holds an input. */
function burst(page: Page): Promise<{ ms: number; batches: number }> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { tesseraBench: BenchApi }).tesseraBench;
    const before = api.busyMs();
    const batchesBefore = api.batches();
    const main = document.querySelector('main')!;
    for (let n = 0; n < 1000; n++) {
      const div = document.createElement('div');
      div.innerHTML = n % 10 === 0 ? `<label>Search <input name="q${n}" placeholder="Search"></label>` : `<p>row ${n}</p>`;
      main.appendChild(div);
      if (n % 50 === 49) await new Promise((r) => setTimeout(r, 0));
    }
    await new Promise((r) => setTimeout(r, 300));
    return { ms: api.busyMs() - before, batches: api.batches() - batchesBefore };
  });
}

/** The same bench run on commit 635ef04 (before issue 13's pipeline), on this shared machine: medians in ms. */
const BEFORE = 'before (commit 635ef04)';

const PAGES: { name: string; html: () => string; before: number; budget?: string }[] = [
  { name: '1,000-element page without a code field', html: () => plainPage(1_000, false), before: 0.2 },
  { name: '1,000-element page with a code field', html: () => plainPage(1_000, true), before: 0.6 },
  { name: '10,000-element page without a code field', html: () => plainPage(10_000, false), before: 0.5 },
  { name: '10,000-element page with a code field', html: () => plainPage(10_000, true), before: 1.8 },
  { name: '300 forms, 900 ordinary inputs, no code field', html: formsPage, before: 978.2, budget: '≤ 2 ms' },
  { name: '1,000 inputs in one form', html: bigFormPage, before: 192.3 },
  { name: 'long article with one code field', html: articleWithCodePage, before: 3.6 },
];

const beside = (before: number, budget?: string) => `  [${BEFORE}: ${before.toFixed(2)} ms${budget ? `; budget ${budget}` : ''}]`;

/**
 * What the content script costs a page: its start on each page shape, the idle-time walk for shadow roots,
 * and a burst of 1,000 added nodes handled by looking at added nodes only.
 */
export async function benchContentScript(print: (line: string) => void = console.log): Promise<void> {
  const script = await bundle();
  const browser = await launchBenchChromium();
  const page = await browser.newPage();
  await page.route(BENCH_URL, (route) => route.fulfill({ contentType: 'text/html', body: served }));
  print(`Content script (Chromium, median of ${RUNS}; Chromium rounds performance.now() to 0.1 ms; a shared machine):`);
  try {
    for (const shape of PAGES) {
      const runs: number[] = [];
      let found = 0;
      let elements = 0;
      const html = shape.html();
      for (let i = 0; i < RUNS; i++) {
        const result = await startOn(page, html, script);
        runs.push(result.ms);
        found = result.fields;
        elements = result.elements;
      }
      print(
        `  start, ${shape.name} (${elements.toLocaleString('en')} elements): ${median(runs).toFixed(2)} ms (automatic fills: ${found})${beside(shape.before, shape.budget)}`,
      );
    }
    const walks: number[] = [];
    const forms = formsPage();
    for (let i = 0; i < RUNS; i++) {
      await startOn(page, forms, script);
      walks.push(await page.evaluate(() => (globalThis as unknown as { tesseraBench: BenchApi }).tesseraBench.shadowWalkMs()));
    }
    print(`  idle-time shadow-root walk of the 300-form page: ${median(walks).toFixed(2)} ms${beside(6.0)}`);
    for (const [name, html, before, budget] of [
      ['10,000-element page', plainPage(10_000, false), 196.5, undefined],
      ['300-form page', forms, 147.5, '≤ 10 ms'],
    ] as const) {
      const bursts: { ms: number; batches: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        await startOn(page, html, script);
        bursts.push(await burst(page));
      }
      print(
        `  burst of 1,000 added nodes (100 with an input) on the ${name}: ${median(bursts.map((r) => r.ms)).toFixed(2)} ms in ${median(bursts.map((r) => r.batches))} observer callbacks${beside(before, budget)}`,
      );
    }
  } finally {
    await browser.close();
  }
}
