import jsQR from 'jsqr';
import type { Rect, Rgba } from '@/utils/qr/image';

// Plain jsQR, the baseline `npm run bench` compares Tessera's reader against.

export interface QrHit {
  text: string;
  /** Bounding box of the code inside the image that was read. */
  box: Rect;
}

/**
 * jsQR with its options given in full on every call: jsQR 1.4 writes the options of one call into its
 * shared defaults, and 'onlyInvert' throws, so inversion is done by the caller on the pixels.
 */
export function readQr(image: Rgba): QrHit | null {
  const code = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
  if (!code) return null;
  const { topLeftCorner, topRightCorner, bottomLeftCorner, bottomRightCorner } = code.location;
  const xs = [topLeftCorner.x, topRightCorner.x, bottomLeftCorner.x, bottomRightCorner.x];
  const ys = [topLeftCorner.y, topRightCorner.y, bottomLeftCorner.y, bottomRightCorner.y];
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { text: code.data, box: { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y } };
}
