import { browser } from 'wxt/browser';
import { decodeInWorker, retireDecoder } from '@/utils/qr/decode-client';
import type { QrScanMessages } from '@/utils/messaging/qr-scan';
import { locateQrCandidates } from '@/utils/qr/locate-candidates';
import type { ScanResult } from '@/utils/qr/scan-frame';
import { markScan } from '@/utils/ui/scan-marks';
import type { TargetTab } from '@/utils/ui/target-tab';
import { t } from '@/utils/i18n/t';

export interface ScanFindings {
  /** otpauth:// and otpauth-migration:// texts, in the order found. */
  enrolment: string[];
  /** Other QR contents, so the user can be told what was there instead. */
  other: string[];
  stages: ScanResult['stages'];
}

export class ScanError extends Error {
  override name = 'ScanError';
}

function sortFindings(result: ScanResult): ScanFindings {
  const isEnrolment = (text: string) => /^otpauth(-migration)?:\/\//i.test(text.trim());
  return { enrolment: result.texts.filter(isEnrolment), other: result.texts.filter((t) => !isEnrolment(t)), stages: result.stages };
}

async function imageBitmapOf(source: string | Blob): Promise<ImageBitmap> {
  const url = typeof source === 'string' ? source : URL.createObjectURL(source);
  try {
    // Through an <img>: createImageBitmap alone cannot rasterise SVG.
    const image = new Image();
    image.src = url;
    await image.decode();
    return await createImageBitmap(image);
  } finally {
    if (typeof source !== 'string') URL.revokeObjectURL(url);
  }
}

/** A PNG or JPEG data: URL to pixels, decoded off the main thread (createImageBitmap on a Blob). */
async function rasterOf(dataUrl: string): Promise<ImageBitmap> {
  return createImageBitmap(await (await fetch(dataUrl)).blob());
}

type Located = QrScanMessages['locate']['reply'];

async function locate(tabId: number): Promise<Located | null> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: locateQrCandidates });
    return (injection?.result as Located | undefined) ?? null;
  } catch {
    // Pages the browser keeps extensions out of; the capture below gets the same refusal and says so.
    return null;
  }
}

const bitmapsOf = async (urls: string[]) =>
  (await Promise.all(urls.map((url) => imageBitmapOf(url).catch(() => null)))).filter((b): b is ImageBitmap => b !== null);

/**
 * Reads the QR codes shown on a tab: its visible pixels, guided by the QR-looking elements the page has.
 * Locating and capturing start together, at once (the popup calls this as the button is pressed). When the
 * page could hand over the pixels of every QR-looking element in view, those are read first, while the
 * capture is still on its way, and a 2FA code found there is the answer; otherwise the capture is read,
 * crops of the located elements first.
 */
export async function scanTab(tab: TargetTab): Promise<ScanFindings> {
  try {
    return await readTab(tab);
  } finally {
    retireDecoder();
  }
}

async function readTab(tab: TargetTab): Promise<ScanFindings> {
  if (tab.id === null || tab.windowId === null) throw new ScanError(t('scan_error_no_page'));
  markScan('start');
  const located = locate(tab.id).finally(() => markScan('located'));
  const capture = browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' }).finally(() => markScan('captured'));
  // Not awaited on every path: a capture nobody reads must not report an unhandled rejection.
  capture.catch(() => undefined);

  const page = await located;
  const early = page?.inViewPixels.length
    ? await decodeInWorker({ frame: null, candidates: [], elementImages: await bitmapsOf(page.inViewPixels) })
    : null;
  if (early) {
    const findings = sortFindings(early);
    if (findings.enrolment.length > 0) {
      markScan('decoded');
      return findings;
    }
  }

  let frame: ImageBitmap;
  try {
    frame = await rasterOf(await capture);
  } catch {
    throw new ScanError(t('scan_error_restricted'));
  }
  markScan('frame');
  const scale = page ? frame.width / page.viewportWidth : 1;
  const candidates = (page?.inView ?? []).map((r) => ({
    x: r.x * scale,
    y: r.y * scale,
    width: r.width * scale,
    height: r.height * scale,
  }));
  const result = await decodeInWorker({ frame, candidates, elementImages: await bitmapsOf(page?.offscreen ?? []) });
  markScan('decoded');
  const findings = sortFindings(result);
  // What the early read found (a QR that is not a 2FA code) still counts, to say what was there.
  if (!early) return findings;
  return {
    ...findings,
    other: [...new Set([...sortFindings(early).other, ...findings.other])],
    stages: [...early.stages, ...findings.stages],
  };
}

/** Reads the QR codes in an image file or a pasted image. */
export async function scanImage(blob: Blob): Promise<ScanFindings> {
  let frame: ImageBitmap;
  try {
    frame = await imageBitmapOf(blob);
  } catch {
    throw new ScanError(t('scan_error_not_image'));
  }
  try {
    return sortFindings(await decodeInWorker({ frame, candidates: [], elementImages: [] }));
  } finally {
    retireDecoder();
  }
}
