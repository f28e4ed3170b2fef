import { browser } from 'wxt/browser';
import { decodeInWorker } from '@/utils/qr/decode-client';
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

/** Reads the QR codes shown on a tab: its visible pixels, guided by the QR-looking elements the page has. */
export async function scanTab(tab: TargetTab): Promise<ScanFindings> {
  if (tab.id === null || tab.windowId === null) throw new ScanError(t('scan_error_no_page'));
  markScan('start');
  const located = await locate(tab.id);
  markScan('located');
  let capture: string;
  try {
    capture = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
  } catch {
    throw new ScanError(t('scan_error_restricted'));
  }
  markScan('captured');
  const frame = await imageBitmapOf(capture);
  markScan('frame');
  const scale = located ? frame.width / located.viewportWidth : 1;
  const candidates = (located?.inView ?? []).map((r) => ({
    x: r.x * scale,
    y: r.y * scale,
    width: r.width * scale,
    height: r.height * scale,
  }));
  const elementImages = await Promise.all((located?.offscreen ?? []).map((url) => imageBitmapOf(url).catch(() => null)));
  const result = await decodeInWorker({
    frame,
    candidates,
    elementImages: elementImages.filter((b): b is ImageBitmap => b !== null),
  });
  markScan('decoded');
  return sortFindings(result);
}

/** Reads the QR codes in an image file or a pasted image. */
export async function scanImage(blob: Blob): Promise<ScanFindings> {
  let frame: ImageBitmap;
  try {
    frame = await imageBitmapOf(blob);
  } catch {
    throw new ScanError(t('scan_error_not_image'));
  }
  return sortFindings(await decodeInWorker({ frame, candidates: [], elementImages: [] }));
}
