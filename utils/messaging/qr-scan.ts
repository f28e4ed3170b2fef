import type { Rect } from '@/utils/qr/image';
import type { LocatedCandidates } from '@/utils/qr/locate-candidates';
import type { ScanResult } from '@/utils/qr/scan-frame';

/**
 * The QR scan's two channels: the page tells the popup where its QR-looking elements are (the return value
 * of `locateQrCandidates`, injected with `scripting.executeScript`), and the popup hands the capture to its
 * decoding worker (`postMessage`, one request and one reply per worker; bitmaps are transferred, not copied).
 */

/** Popup → worker: the capture, the crops to try first, and the pixels of elements outside the view. */
export interface DecodeRequest {
  frame: ImageBitmap | null;
  candidates: Rect[];
  elementImages: ImageBitmap[];
}

/** Worker → popup. A failure names the error only: its message could quote page data. */
export type DecodeReply = { ok: true; result: ScanResult } | { ok: false; message: string };

export interface QrScanMessages {
  /** Page → popup, once per scan. */
  locate: { reply: LocatedCandidates };
  /** Popup ↔ worker. */
  decode: { request: DecodeRequest; reply: DecodeReply };
}
