/**
 * `npm run bench`: prints the figures the README and DESIGN.md budgets refer to. Needs a built extension
 * (`npm run build`) and Debian's Chromium. Numbers are printed, never asserted. `npm run bench -- content`
 * (or any of the part names below) runs only those parts.
 */
import { benchCodes } from './codes';
import { benchContentScript } from './content-script';
import { benchImport } from './import-10k';
import { benchPopupWithAccounts } from './popup-accounts';
import { benchQrDecoding } from './qr-decode';
import { benchQrEndToEnd } from './qr-e2e';
import { benchSyncMerge } from './sync-merge';
import { benchSync } from './sync';
import { benchUnlockInChromium } from './unlock-chromium';

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const PARTS: Record<string, () => Promise<void>> = {
  codes: async () => {
    const codes = benchCodes();
    console.log(
      `codes for 1,000 accounts (Node; HMAC keyed once per account, otplib's truncation): first ${fmt(codes.firstMs)}, median ${fmt(codes.medianMs)}  [budget ≤ 30 ms]`,
    );
  },
  unlock: async () => {
    const unlock = await benchUnlockInChromium();
    console.log(
      `unlock with passphrase (Argon2id in the Chromium service worker): median ${fmt(unlock.medianMs)}  [target 500–1500 ms]  samples ${unlock.samplesMs.map((s) => s.toFixed(0)).join(', ')}`,
    );
  },
  'sync-merge': async () => console.log(benchSyncMerge()),
  qr: async () => {
    for (const line of await benchQrDecoding()) console.log(line);
  },
  'qr-e2e': () => benchQrEndToEnd((line) => console.log(line)),
  content: () => benchContentScript(),
  popup: async () => console.log(await benchPopupWithAccounts()),
  import: async () => console.log(await benchImport()),
  sync: async () => {
    for (const line of await benchSync()) console.log(line);
  },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in PARTS));
if (unknown.length > 0) throw new Error(`unknown bench part ${unknown.join(', ')}; parts: ${Object.keys(PARTS).join(', ')}`);
for (const [name, run] of Object.entries(PARTS)) if (asked.length === 0 || asked.includes(name)) await run();
