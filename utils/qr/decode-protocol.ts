import type { Rect } from '@/utils/qr/image';
import type { ScanResult } from '@/utils/qr/scan-frame';

/** Between the popup and its decoding worker. Bitmaps are transferred, not copied. */
export interface DecodeRequest {
  frame: ImageBitmap | null;
  candidates: Rect[];
  elementImages: ImageBitmap[];
}

export type DecodeReply = { ok: true; result: ScanResult } | { ok: false; message: string };
