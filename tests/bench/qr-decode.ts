import { regionOf } from '@/utils/qr/image';
import { memoryFrame, scanFrame } from '@/utils/qr/scan-frame';
import { readQrCodes } from '@/utils/qr/zxing-reader';
import { prepareZxingForNode } from '../unit/zxing-node';
import { readQr } from './plain-jsqr';
import { CAPTURE_SIZES, EXPECTED_URI, capture, launchBenchChromium } from './qr-captures';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function time(run: () => Promise<boolean> | boolean): Promise<{ ms: number; ok: boolean }> {
  const samples: number[] = [];
  let ok = false;
  await run(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    ok = await run();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), ok };
}

/**
 * Tessera's reader (element crops, then the whole frame, zxing-cpp) against plain jsQR on the whole frame,
 * for captures of three sizes with the QR as a page element, as pixels only, and absent. Real Chromium
 * screenshots, decoded in Node; the extension's worker does the same work, with canvas cropping.
 */
export async function benchQrDecoding(): Promise<string[]> {
  await prepareZxingForNode();
  const browser = await launchBenchChromium();
  const lines: string[] = ['QR decoding (median of 5 after a warm-up; Tessera vs plain jsQR on the full frame):'];
  try {
    for (const size of CAPTURE_SIZES) {
      for (const [label, variant, expectQr] of [
        ['element', 'img', true],
        ['pixels only', 'pixels', true],
        ['absent', 'none', false],
      ] as const) {
        const shot = await capture(browser, size, variant);
        const frame = memoryFrame(shot.frame, regionOf);
        const tessera = await time(async () => {
          const result = await scanFrame({ frame, candidates: shot.candidates, elementImages: [] }, readQrCodes, () => performance.now());
          return expectQr ? result.texts.includes(EXPECTED_URI) : result.texts.length === 0;
        });
        const plain = await time(() => (readQr(shot.frame)?.text === EXPECTED_URI) === expectQr);
        lines.push(
          `  ${size.name.padEnd(10)} ${label.padEnd(12)} tessera ${tessera.ms.toFixed(1).padStart(7)} ms ${tessera.ok ? 'ok   ' : 'WRONG'}` +
            `  plain jsQR ${plain.ms.toFixed(1).padStart(7)} ms ${plain.ok ? 'ok   ' : 'wrong'}  ratio ${(tessera.ms / plain.ms).toFixed(3)}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return lines;
}
