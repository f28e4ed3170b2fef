import path from 'node:path';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../e2e/harness/chromium';
import { encodeBase32 } from '@/utils/otp/base32';

type Runtime = { sendMessage(message: object): Promise<{ ok: boolean; error?: { message: string } }> };

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)] ?? NaN;
const summary = (values: number[]) =>
  `median ${quantile(values, 0.5).toFixed(0)} ms (quartiles ${quantile(values, 0.25).toFixed(0)}–${quantile(values, 0.75).toFixed(0)}, ${values.length} openings)`;

// The browser's own floor: an extension page that paints one line of text from one small script.
const FLOOR_PAGE = '<!doctype html><meta charset="utf-8"><script type="module" src="/bench-floor.js"></script><p id="text"></p>';
const FLOOR_SCRIPT = "document.getElementById('text').textContent = '123 456';";

/**
 * When the codes were first on screen: the first contentful paint, provided the codes were already in the
 * document then (the popup renders its finished first screen in one go; anything painted earlier would not count).
 */
function codesPaintedAt(): { painted: number; steps: string } {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const rendered = performance.getEntriesByName('tessera:codes-rendered')[0]?.startTime ?? NaN;
  const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
  if (!(paint >= rendered)) throw new Error(`first paint at ${paint} ms came before the codes were rendered (${rendered} ms)`);
  const marks = ['tessera:script-start', 'tessera:codes-rendered']
    .map((name) => `${name.replace('tessera:', '')} ${performance.getEntriesByName(name)[0]?.startTime.toFixed(0)} ms`);
  return { painted: paint, steps: [`response ${nav.responseEnd.toFixed(0)} ms`, ...marks, `painted ${paint.toFixed(0)} ms`].join(', ') };
}

function firstPaint(): number {
  return performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
}

async function openRepeatedly<T>(browser: ChromiumWithExtension, page: string, runs: number, read: () => T, before?: () => Promise<void>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) {
    await before?.();
    const tab = await browser.openExtensionPage(page);
    await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 });
    results.push(await tab.evaluate(read));
    await tab.close();
  }
  return results;
}

async function fillVault(browser: ChromiumWithExtension, count: number): Promise<void> {
  const setup = await browser.openExtensionPage('options.html');
  await setup.evaluate('globalThis.__name = (fn) => fn');
  const secrets = Array.from({ length: count }, () => encodeBase32(crypto.getRandomValues(new Uint8Array(20))));
  await setup.evaluate(async (list) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
    await runtime.sendMessage({ type: 'vault.create', payload: { passphrase: 'benchmark passphrase long enough' } });
    for (const [i, secret] of list.entries()) {
      const reply = await runtime.sendMessage({ type: 'accounts.addFromUri', payload: { uri: `otpauth://totp/Issuer%20${i}:user${i}?secret=${secret}`, domains: [`site${i}.example`] } });
      if (!reply.ok) throw new Error(reply.error?.message);
    }
  }, secrets);
  await setup.close();
}

/**
 * Opens the popup of an unlocked vault holding `count` accounts (in a tab, from its navigation start) and
 * reports when its codes were first painted: with the background running, and with the background stopped
 * first, as it is when the popup is opened after 30 s without use. An empty extension page is measured in
 * the same browser, as the floor no page can beat here.
 */
export async function benchPopupWithAccounts(count = 1000, runs = 15): Promise<string> {
  // A copy of the build with one extra page for the floor; the manifest key keeps the extension id.
  const extension = await mkdtemp(path.join(tmpdir(), 'tessera-bench-'));
  await cp(path.resolve('.output/chrome-mv3'), extension, { recursive: true });
  await writeFile(path.join(extension, 'bench-floor.html'), FLOOR_PAGE);
  await writeFile(path.join(extension, 'bench-floor.js'), FLOOR_SCRIPT);
  const browser = await launchChromiumWithExtension(extension);
  try {
    await fillVault(browser, count);
    // Let the profile settle after a thousand writes, and let the first openings warm the caches; neither is measured.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await openRepeatedly(browser, 'popup.html', 3, codesPaintedAt);
    const floor = await openRepeatedly(browser, 'bench-floor.html', runs, firstPaint);
    const warm = await openRepeatedly(browser, 'popup.html', runs, codesPaintedAt);
    const cold = await openRepeatedly(browser, 'popup.html', runs, codesPaintedAt, () => browser.stopServiceWorkers());
    const line = (label: string, results: { painted: number; steps: string }[]) =>
      `  ${label}: codes painted ${summary(results.map((r) => r.painted))}\n    last opening: ${results.at(-1)?.steps}`;
    return [
      `popup with ${count.toLocaleString('en')} accounts, unlocked, in headless Chromium (from navigation start)  [budget ≤ 100 ms]`,
      line('background running', warm),
      line('background stopped first (as after 30 s idle)', cold),
      `  floor: an empty extension page's first paint, ${summary(floor)}`,
    ].join('\n');
  } finally {
    await browser.close();
    await rm(browser.userDataDir, { recursive: true, force: true });
    await rm(extension, { recursive: true, force: true });
  }
}
