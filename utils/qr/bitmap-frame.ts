import type { Rect, Rgba } from '@/utils/qr/image';
import type { FrameSource } from '@/utils/qr/scan-frame';

/** A FrameSource over an ImageBitmap: each region is drawn (and scaled by the browser) into a small canvas. */
export function bitmapFrame(bitmap: ImageBitmap): FrameSource {
  return {
    width: bitmap.width,
    height: bitmap.height,
    region(rect: Rect, maxSide = Infinity): Rgba {
      const scale = Math.min(1, maxSide / Math.max(rect.width, rect.height));
      const width = Math.max(1, Math.round(rect.width * scale));
      const height = Math.max(1, Math.round(rect.height * scale));
      const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('No 2D canvas in this worker.');
      context.imageSmoothingQuality = 'high';
      context.drawImage(bitmap, rect.x, rect.y, rect.width, rect.height, 0, 0, width, height);
      const { data } = context.getImageData(0, 0, width, height);
      return { data, width, height };
    },
  };
}

export function bitmapPixels(bitmap: ImageBitmap): Rgba {
  return bitmapFrame(bitmap).region({ x: 0, y: 0, width: bitmap.width, height: bitmap.height });
}
