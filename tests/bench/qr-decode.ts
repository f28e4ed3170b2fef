import { readQr } from '@/utils/qr/jsqr-reader';
import { regionOf } from '@/utils/qr/image';
import { memoryFrame, scanFrame } from '@/utils/qr/scan-frame';
import { CAPTURE_SIZES, EXPECTED_URI, capture, launchBenchChromium } from './qr-captures';

const RUNS = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function time(run: () => boolean): { ms: number; ok: boolean } {
  const samples: number[] = [];
  let ok = false;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    ok = run();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), ok };
}

/**
 * Tessera's pipeline against plain jsQR on the whole frame, for captures of three sizes with the QR as a page
 * element, as pixels only, and absent. Runs in Node on real Chromium screenshots; the extension's worker
 * does the same work with canvas scaling.
 */
export async function benchQrDecoding(): Promise<string[]> {
  const browser = await launchBenchChromium();
  const lines: string[] = ['QR decoding (median of 5; Tessera pipeline vs plain jsQR on the full frame):'];
  try {
    for (const size of CAPTURE_SIZES) {
      for (const [label, variant, expectQr] of [['element', 'img', true], ['pixels only', 'pixels', true], ['absent', 'none', false]] as const) {
        const shot = await capture(browser, size, variant);
        const frame = memoryFrame(shot.frame, regionOf);
        const tessera = time(() => {
          const result = scanFrame({ frame, candidates: shot.candidates, elementImages: [] }, { budgetMs: 900, now: () => performance.now() });
          return result.texts.includes(EXPECTED_URI) === expectQr && (expectQr || result.texts.length === 0);
        });
        const plain = time(() => (readQr(shot.frame)?.text === EXPECTED_URI) === expectQr);
        lines.push(
          `  ${size.name.padEnd(10)} ${label.padEnd(12)} tessera ${tessera.ms.toFixed(1).padStart(7)} ms ${tessera.ok ? 'ok' : 'WRONG'}` +
            `   plain jsQR ${plain.ms.toFixed(1).padStart(7)} ms ${plain.ok ? 'ok' : 'wrong'}   ratio ${(tessera.ms / plain.ms).toFixed(3)}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return lines;
}
