import QRCode from 'qrcode';
import type { Rgba } from '@/utils/qr/image';

export interface QrStyle {
  moduleSize?: number;
  /** Quiet zone, in modules. */
  margin?: number;
  dark?: [number, number, number];
  light?: [number, number, number];
}

/** Renders a QR code to pixels with the qrcode package, independently of the reader under test. */
export function renderQr(text: string, style: QrStyle = {}): Rgba {
  const { moduleSize = 6, margin = 4, dark = [0, 0, 0], light = [255, 255, 255] } = style;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const side = (size + 2 * margin) * moduleSize;
  const data = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / moduleSize) - margin;
      const my = Math.floor(y / moduleSize) - margin;
      const on = mx >= 0 && my >= 0 && mx < size && my < size && qr.modules.get(my, mx) === 1;
      const [r, g, b] = on ? dark : light;
      data.set([r, g, b, 255], (y * side + x) * 4);
    }
  }
  return { data, width: side, height: side };
}

/** A page-like frame: background, text-like stripes and blocks of colour as clutter, and images placed on it. */
export function composeFrame(
  width: number,
  height: number,
  placements: { image: Rgba; x: number; y: number }[],
  options: { background?: [number, number, number]; ink?: [number, number, number]; seed?: number } = {},
): Rgba {
  const { background = [250, 250, 250], ink = [40, 40, 40] } = options;
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([...background, 255], i);
  let seed = options.seed ?? 7;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const fill = (x0: number, y0: number, w: number, h: number, colour: [number, number, number]) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) data.set([...colour, 255], (y * width + x) * 4);
    }
  };
  // Lines of "words" every 24 px, and a few coloured blocks, so finder-pattern search meets real clutter.
  for (let y = 20; y < height - 20; y += 24) {
    let x = 20;
    while (x < width - 60) {
      const w = 10 + Math.floor(random() * 50);
      if (random() > 0.15) fill(x, y, w, 9 + Math.floor(random() * 3), ink);
      x += w + 6;
    }
  }
  for (let i = 0; i < 12; i++) {
    fill(Math.floor(random() * width), Math.floor(random() * height), 40 + Math.floor(random() * 200), 30 + Math.floor(random() * 120), [
      Math.floor(random() * 255),
      Math.floor(random() * 255),
      Math.floor(random() * 255),
    ]);
  }
  for (const { image, x, y } of placements) {
    for (let row = 0; row < image.height; row++) {
      if (y + row < 0 || y + row >= height) continue;
      const from = row * image.width * 4;
      const visible = Math.min(image.width, width - x);
      data.set(image.data.subarray(from, from + visible * 4), ((y + row) * width + x) * 4);
    }
  }
  return { data, width, height };
}
