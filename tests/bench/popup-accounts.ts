import path from 'node:path';
import { rm } from 'node:fs/promises';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../e2e/harness/chromium';
import { encodeBase32 } from '@/utils/otp/base32';

type Runtime = { sendMessage(message: object): Promise<{ ok: boolean; error?: { message: string } }> };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

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

async function openPopupRepeatedly(browser: ChromiumWithExtension, runs: number, stopWorkerFirst: boolean) {
  const times: number[] = [];
  let steps = '';
  for (let i = 0; i < runs; i++) {
    if (stopWorkerFirst) await browser.stopServiceWorkers();
    const page = await browser.openExtensionPage('popup.html');
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 });
    const result = await page.evaluate(codesPaintedAt);
    times.push(result.painted);
    steps = result.steps;
    await page.close();
  }
  return { times, steps };
}

/**
 * Opens the popup of an unlocked vault holding `count` accounts and reports when the first codes were on
 * screen (the popup's own performance mark), measured from the start of its navigation.
 */
export async function benchPopupWithAccounts(count = 1000, runs = 5): Promise<string> {
  const browser = await launchChromiumWithExtension(path.resolve('.output/chrome-mv3'));
  try {
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
    const warm = await openPopupRepeatedly(browser, runs, false);
    const cold = await openPopupRepeatedly(browser, runs, true);
    const line = (label: string, result: { times: number[]; steps: string }) =>
      `${label}: codes on screen ${median(result.times).toFixed(0)} ms after opening (median of ${runs}; samples ${result.times.map((t) => t.toFixed(0)).join(', ')})\n    last run: ${result.steps}`;
    return [
      `popup with ${count.toLocaleString('en')} accounts, unlocked  [budget ≤ 100 ms]`,
      line('  background running', warm),
      line('  background stopped first (as after 30 s idle)', cold),
    ].join('\n');
  } finally {
    await browser.close();
    await rm(browser.userDataDir, { recursive: true, force: true });
  }
}
