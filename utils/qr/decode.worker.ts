import { bitmapFrame, bitmapPixels } from '@/utils/qr/bitmap-frame';
import type { DecodeReply, DecodeRequest } from '@/utils/qr/decode-protocol';
import { scanFrame } from '@/utils/qr/scan-frame';

// Decoding takes up to a second on large captures; in a worker it never freezes the popup.
self.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { frame, candidates, elementImages, budgetMs } = event.data;
  let reply: DecodeReply;
  try {
    const result = scanFrame(
      { frame: frame && bitmapFrame(frame), candidates, elementImages: elementImages.map(bitmapPixels) },
      { budgetMs, now: () => performance.now() },
    );
    reply = { ok: true, result };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.name : 'Error' };
  } finally {
    frame?.close();
    elementImages.forEach((bitmap) => bitmap.close());
  }
  self.postMessage(reply);
};
