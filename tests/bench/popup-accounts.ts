import path from 'node:path';
import { rm } from 'node:fs/promises';
import { launchChromiumWithExtension } from '../e2e/harness/chromium';
import { encodeBase32 } from '@/utils/otp/base32';

type Runtime = { sendMessage(message: object): Promise<{ ok: boolean; error?: { message: string } }> };
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

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
    const times: number[] = [];
    let steps = '';
    for (let i = 0; i < runs; i++) {
      const page = await browser.openExtensionPage('popup.html');
      await page.waitForFunction(() => performance.getEntriesByName('tessera:codes-shown').length > 0, undefined, { timeout: 10_000 });
      times.push(await page.evaluate(() => performance.getEntriesByName('tessera:codes-shown')[0]!.startTime));
      if (i === runs - 1) {
        steps = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
          return `response ${nav.responseEnd.toFixed(0)} ms, ` + ['tessera:script-start', 'tessera:list-received', 'tessera:codes-received', 'tessera:codes-shown']
            .map((name) => `${name.replace('tessera:', '')} ${performance.getEntriesByName(name)[0]?.startTime.toFixed(0)} ms`)
            .join(', ');
        });
      }
      await page.close();
    }
    return `popup with ${count.toLocaleString('en')} accounts, unlocked: codes on screen ${median(times).toFixed(0)} ms after opening (median of ${runs}; samples ${times.map((t) => t.toFixed(0)).join(', ')})  [budget ≤ 100 ms]\n  last run: ${steps}`;
  } finally {
    await browser.close();
    await rm(browser.userDataDir, { recursive: true, force: true });
  }
}
