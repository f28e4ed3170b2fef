import { prepareZXingModule } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { bitmapFrame, bitmapPixels } from '@/utils/qr/bitmap-frame';
import type { DecodeReply, WorkerReply, WorkerRequest } from '@/utils/messaging/qr-scan';
import { scanFrame } from '@/utils/qr/scan-frame';
import { readQrCodes } from '@/utils/qr/zxing-reader';

// The reader's WebAssembly ships inside the extension; the library's default location is a CDN.
prepareZXingModule({
  overrides: {
    locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? new URL(wasmUrl, self.location.href).href : prefix + path),
  },
  fireImmediately: true,
});

/** Reading an empty image instantiates the module and runs the reader once, so the first real read is warm. */
const warm = () => readQrCodes({ data: new Uint8ClampedArray(64 * 64 * 4).fill(255), width: 64, height: 64 });

// Decoding can take a while on large captures; in a worker it never freezes the popup.
self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  let reply: DecodeReply;
  if (message.kind === 'warm') {
    reply = await warm().then(
      () => ({ ok: true, result: { texts: [], stages: [] } }) as const,
      (error: unknown) => ({ ok: false, message: error instanceof Error ? error.name : 'Error' }) as const,
    );
  } else {
    const { frame, candidates, elementImages } = message.request;
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
      // The pixels go at once; only the compiled reader stays for the next scan.
      frame?.close();
      elementImages.forEach((bitmap) => bitmap.close());
    }
  }
  const answer: WorkerReply = { id: message.id, reply };
  self.postMessage(answer);
};
