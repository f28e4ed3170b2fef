import { chromium, type Browser } from '@playwright/test';
import { PNG } from 'pngjs';
import { qrPage, type QrVariant } from '../e2e/fixtures/qr-pages';
import type { Rect, Rgba } from '@/utils/qr/image';
import { locateQrCandidates } from '@/utils/qr/locate-candidates';

export const CAPTURE_SIZES = [
  { name: '1280×800', viewport: { width: 1280, height: 800 }, scale: 1 },
  { name: '2560×1600', viewport: { width: 1280, height: 800 }, scale: 2 },
  { name: '3840×2160', viewport: { width: 1920, height: 1080 }, scale: 2 },
] as const;

export interface Capture {
  frame: Rgba;
  /** QR-looking elements located by the same function the extension injects, in capture pixels. */
  candidates: Rect[];
}

const URI = 'otpauth://totp/Acme%20Cloud:dana%40example.com?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF&issuer=Acme%20Cloud';

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A screenshot of a realistic set-up page at a given size: what captureVisibleTab hands the decoder. */
export async function capture(browser: Browser, size: (typeof CAPTURE_SIZES)[number], variant: QrVariant | 'none'): Promise<Capture> {
  const context = await browser.newContext({ viewport: size.viewport, deviceScaleFactor: size.scale });
  // tsx compiles with esbuild's keepNames; its __name helper must exist where the locator function runs.
  await context.addInitScript('globalThis.__name = (fn) => fn');
  const page = await context.newPage();
  const html =
    variant === 'none'
      ? (await qrPage('img', URI, URI)).replace(/<img[^>]*>/, '<p>(QR code shown after you confirm your password)</p>')
      : await qrPage(variant, URI, URI);
  await page.setContent(html);
  const located = await page.evaluate(locateQrCandidates);
  const png = PNG.sync.read(await page.screenshot());
  await context.close();
  const scale = png.width / located.viewportWidth;
  return {
    frame: { data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), width: png.width, height: png.height },
    candidates: located.inView.map((r) => ({ x: r.x * scale, y: r.y * scale, width: r.width * scale, height: r.height * scale })),
  };
}

export const EXPECTED_URI = URI;
