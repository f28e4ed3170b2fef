import type { Rect } from '@/utils/qr/image';
import type { LocatedCandidates } from '@/utils/qr/locate-candidates';
import type { ScanResult } from '@/utils/qr/scan-frame';

/**
 * The QR scan's two channels: the page tells the popup where its QR-looking elements are (the return value
 * of `locateQrCandidates`, injected with `scripting.executeScript`), and the popup hands the capture to its
 * decoding worker (`postMessage`; bitmaps are transferred, not copied). The worker lives as long as the popup,
 * so its WebAssembly is compiled once, before the first scan.
 */

/** Popup → worker: the capture, the crops to try first, and the pixels of elements outside the view. */
export interface DecodeRequest {
  frame: ImageBitmap | null;
  candidates: Rect[];
  elementImages: ImageBitmap[];
}

/** Worker → popup. A failure names the error only: its message could quote page data. */
export type DecodeReply = { ok: true; result: ScanResult } | { ok: false; message: string };

/** Popup → worker: `warm` loads the reader ahead of a scan; `decode` reads one request. */
export type WorkerRequest = { id: number; kind: 'warm' } | { id: number; kind: 'decode'; request: DecodeRequest };

/** Worker → popup, answering the request with the same id. */
export interface WorkerReply {
  id: number;
  reply: DecodeReply;
}

export interface QrScanMessages {
  /** Page → popup, once per scan. */
  locate: { reply: LocatedCandidates };
  /** Popup ↔ worker. */
  decode: { request: WorkerRequest; reply: WorkerReply };
}
