import { readBarcodes } from 'zxing-wasm/reader';
import type { Rect, Rgba } from '@/utils/qr/image';

export interface QrHit {
  text: string;
  /** Bounding box of the code inside the image that was read. */
  box: Rect;
}

/**
 * All QR codes in an image, through zxing-cpp (WebAssembly): it finds several codes at once, reads light-on-dark
 * codes (tryInvert) and small modules (tryHarder). The caller loads the module first with its locally shipped
 * .wasm (prepareZXingModule), since the library's default would fetch it from a CDN.
 */
export async function readQrCodes(image: Rgba): Promise<QrHit[]> {
  const results = await readBarcodes(image as ImageData, {
    formats: ['QRCode'],
    tryHarder: true,
    tryInvert: true,
    maxNumberOfSymbols: 4,
  });
  return results
    .filter((result) => result.isValid)
    .map((result) => {
      const { topLeft, topRight, bottomLeft, bottomRight } = result.position;
      const xs = [topLeft.x, topRight.x, bottomLeft.x, bottomRight.x];
      const ys = [topLeft.y, topRight.y, bottomLeft.y, bottomRight.y];
      const x = Math.min(...xs);
      const y = Math.min(...ys);
      return { text: result.text, box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } };
    });
}
