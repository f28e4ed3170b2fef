import type { Rect } from '@/utils/qr/image';
import type { ScanResult } from '@/utils/qr/scan-frame';

/**
 * Popup ↔ its QR decoding worker (`postMessage`, one request and one reply per worker). Bitmaps are
 * transferred, not copied. (The page's QR-looking elements reach the popup as the return value of an
 * injected function, `LocatedCandidates` in utils/qr/locate-candidates.ts, not as a message.)
 */

/** Popup → worker: the capture, the crops to try first, and the pixels of elements outside the view. */
export interface DecodeRequest {
  frame: ImageBitmap | null;
  candidates: Rect[];
  elementImages: ImageBitmap[];
}

/** Worker → popup. A failure names the error only: its message could quote page data. */
export type DecodeReply = { ok: true; result: ScanResult } | { ok: false; message: string };

export interface QrWorkerMessages {
  decode: { request: DecodeRequest; reply: DecodeReply };
}
