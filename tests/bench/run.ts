/**
 * `npm run bench`: prints the figures the README and DESIGN.md budgets refer to. Needs a built extension
 * (`npm run build`) and Debian's Chromium. Numbers are printed, never asserted.
 */
import { benchCodes } from './codes';
import { benchContentScript } from './content-script';
import { benchImport } from './import-10k';
import { benchPopupWithAccounts } from './popup-accounts';
import { benchQrDecoding } from './qr-decode';
import { benchUnlockInChromium } from './unlock-chromium';

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

const codes = benchCodes();
console.log(
  `codes for 1,000 accounts (Node; HMAC keyed once per account, otplib's truncation): first ${fmt(codes.firstMs)}, median ${fmt(codes.medianMs)}  [budget ≤ 30 ms]`,
);

const unlock = await benchUnlockInChromium();
console.log(
  `unlock with passphrase (Argon2id in the Chromium service worker): median ${fmt(unlock.medianMs)}  [target 500–1500 ms]  samples ${unlock.samplesMs.map((s) => s.toFixed(0)).join(', ')}`,
);

for (const line of await benchQrDecoding()) console.log(line);

for (const line of await benchContentScript()) console.log(line);

console.log(await benchPopupWithAccounts());

console.log(await benchImport());
