import path from 'node:path';
import { rm } from 'node:fs/promises';
import { launchChromiumWithExtension } from '../e2e/harness/chromium';
import { readImportFile } from '@/utils/import';
import { encodeBase32 } from '@/utils/otp/base32';

type Runtime = { sendMessage(message: object): Promise<{ ok: boolean; value?: { added: unknown[] }; error?: { message: string } }> };

/** Reading a 10,000-entry otpauth list (Node) and storing it in the built extension (one transaction). */
export async function benchImport(count = 10_000): Promise<string> {
  const lines = Array.from(
    { length: count },
    (_, i) => `otpauth://totp/Bulk%20${i}:user${i}?secret=${encodeBase32(crypto.getRandomValues(new Uint8Array(20)))}&issuer=Bulk%20${i}`,
  );
  const t0 = performance.now();
  const preview = await readImportFile({ name: 'bulk.txt', bytes: new TextEncoder().encode(lines.join('\n')) });
  const parseMs = performance.now() - t0;
  const browser = await launchChromiumWithExtension(path.resolve('.output/chrome-mv3'));
  try {
    const page = await browser.openExtensionPage('options.html');
    await page.evaluate('globalThis.__name = (fn) => fn');
    const storeMs = await page.evaluate(async (drafts) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
      await runtime.sendMessage({ type: 'vault.create', payload: { passphrase: 'benchmark passphrase long enough' } });
      const start = performance.now();
      const reply = await runtime.sendMessage({ type: 'accounts.import', payload: { drafts } });
      if (!reply.ok) throw new Error(reply.error?.message);
      return performance.now() - start;
    }, preview.entries);
    return `import of ${count.toLocaleString('en')} entries: read ${parseMs.toFixed(0)} ms (Node), stored in the extension ${storeMs.toFixed(0)} ms (one IndexedDB transaction, in the background; the options page stays responsive)`;
  } finally {
    await browser.close();
    await rm(browser.userDataDir, { recursive: true, force: true });
  }
}
