import path from 'node:path';
import { rm } from 'node:fs/promises';
import { launchChromiumWithExtension } from '../e2e/harness/chromium';

type Runtime = { sendMessage(message: object): Promise<{ ok: boolean; error?: { message: string } }> };

/** Median wall time of an unlock (one Argon2id derivation plus unwrapping) in the built extension in Chromium. */
export async function benchUnlockInChromium(runs = 5): Promise<{ medianMs: number; samplesMs: number[] }> {
  const browser = await launchChromiumWithExtension(path.resolve('.output/chrome-mv3'));
  try {
    const page = await browser.openExtensionPage('popup.html');
    // tsx compiles this file with esbuild's keepNames, whose __name helper does not exist in the page.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const samplesMs = await page.evaluate(async (count) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
      const send = async (type: string, payload: object) => {
        const reply = await runtime.sendMessage({ type, payload });
        if (!reply.ok) throw new Error(reply.error?.message);
      };
      const passphrase = 'benchmark passphrase long enough';
      await send('vault.create', { passphrase });
      const samples: number[] = [];
      for (let i = 0; i < count; i++) {
        await send('vault.lock', {});
        const start = performance.now();
        await send('vault.unlock', { passphrase });
        samples.push(performance.now() - start);
      }
      return samples;
    }, runs);
    const sorted = [...samplesMs].sort((a, b) => a - b);
    return { medianMs: sorted[Math.floor(sorted.length / 2)] ?? NaN, samplesMs };
  } finally {
    await browser.close();
    await rm(browser.userDataDir, { recursive: true, force: true });
  }
}
