import { prepareZXingModule } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { bitmapFrame, bitmapPixels } from '@/utils/qr/bitmap-frame';
import type { DecodeReply, DecodeRequest } from '@/utils/messaging/qr-scan';
import { scanFrame } from '@/utils/qr/scan-frame';
import { readQrCodes } from '@/utils/qr/zxing-reader';

// The reader's WebAssembly ships inside the extension; the library's default location is a CDN.
prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, self.location.href).href : prefix + path),
  },
  fireImmediately: true,
});

// Decoding can take a while on large captures; in a worker it never freezes the popup.
self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
  const { frame, candidates, elementImages } = event.data;
  let reply: DecodeReply;
  try {
    const result = await scanFrame(
      { frame: frame && bitmapFrame(frame), candidates, elementImages: elementImages.map(bitmapPixels) },
      readQrCodes,
      () => performance.now(),
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
