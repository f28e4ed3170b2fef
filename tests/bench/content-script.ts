import { build } from 'esbuild';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { launchBenchChromium } from './qr-captures';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve('tests/bench/content-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    alias: { '@': path.resolve('.') },
  });
  return result.outputFiles[0]!.text;
}

/** A page of `count` elements: nested sections with text, links and images, and optionally a code form. */
function pageHtml(count: number, withCodeField: boolean): string {
  const blocks: string[] = [];
  for (let i = 0; i < count / 5; i++)
    blocks.push(`<div class="item"><h3>Item ${i}</h3><p>Text <a href="#${i}">link</a> <span>${i}</span></p></div>`);
  const form = withCodeField
    ? '<form><h2>Two-factor authentication</h2><p>Enter the code from your authenticator app.</p><label>Code <input autocomplete="one-time-code" inputmode="numeric" maxlength="6"></label></form>'
    : '';
  return `<!doctype html><html><body><main>${form}${blocks.join('')}</main></body></html>`;
}

async function startOn(page: Page, html: string, script: string): Promise<{ ms: number; fields: number }> {
  await page.setContent(html);
  await page.addScriptTag({ content: script });
  return page.evaluate(() => (globalThis as unknown as { tesseraBench: { start(): { ms: number; fields: number } } }).tesseraBench.start());
}

/**
 * What the content script costs a page: its start on pages without and with a code field (1,000 and 10,000
 * elements), and 1,000 DOM mutations handled by looking at added nodes only.
 */
export async function benchContentScript(): Promise<string[]> {
  const script = await bundle();
  const browser = await launchBenchChromium();
  const page = await browser.newPage();
  const lines = ['Content script (Chromium, median of 7; Chromium rounds performance.now() to 0.1 ms):'];
  try {
    for (const count of [1_000, 10_000]) {
      for (const withCodeField of [false, true]) {
        const runs: number[] = [];
        let found = 0;
        for (let i = 0; i < 7; i++) {
          const result = await startOn(page, pageHtml(count, withCodeField), script);
          runs.push(result.ms);
          found = result.fields;
        }
        lines.push(
          `  start on a ${count.toLocaleString('en')}-element page ${withCodeField ? 'with a code field   ' : 'without a code field'}: ${median(runs).toFixed(2)} ms (fields found: ${found})`,
        );
      }
      const walks: number[] = [];
      for (let i = 0; i < 7; i++) {
        await startOn(page, pageHtml(count, false), script);
        walks.push(
          await page.evaluate(() => (globalThis as unknown as { tesseraBench: { shadowWalkMs(): number } }).tesseraBench.shadowWalkMs()),
        );
      }
      lines.push(`  idle-time shadow-root walk of the ${count.toLocaleString('en')}-element page: ${median(walks).toFixed(2)} ms`);
    }
    const mutationRuns: { ms: number; batches: number }[] = [];
    for (let i = 0; i < 7; i++) {
      await startOn(page, pageHtml(10_000, false), script);
      mutationRuns.push(
        await page.evaluate(async () => {
          const api = (globalThis as unknown as { tesseraBench: { scanMs(): number; batches(): number } }).tesseraBench;
          const before = api.scanMs();
          const batchesBefore = api.batches();
          const main = document.querySelector('main')!;
          // 1,000 separate mutations, each in its own task, as a busy single-page app makes them.
          for (let n = 0; n < 1000; n++) {
            const div = document.createElement('div');
            div.innerHTML = n % 100 === 0 ? '<input name="q" placeholder="Search">' : `<p>row ${n}</p>`;
            main.appendChild(div);
            if (n % 50 === 0) await new Promise((r) => setTimeout(r, 0));
          }
          await new Promise((r) => setTimeout(r, 200));
          return { ms: api.scanMs() - before, batches: api.batches() - batchesBefore };
        }),
      );
    }
    const ms = median(mutationRuns.map((r) => r.ms));
    lines.push(
      `  1,000 DOM mutations on a 10,000-element page: ${ms.toFixed(2)} ms of scanning in ${median(mutationRuns.map((r) => r.batches))} batches`,
    );
  } finally {
    await browser.close();
  }
  return lines;
}
