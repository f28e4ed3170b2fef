/** RGBA pixels, as ImageData holds them; plain data so the same code runs in a worker, a page and Node. */
export interface Rgba {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Clamps a rectangle to the frame and rounds it to whole pixels; null when nothing of it is inside. */
export function clampRect(rect: Rect, width: number, height: number): Rect | null {
  const x = Math.max(0, Math.floor(rect.x));
  const y = Math.max(0, Math.floor(rect.y));
  const right = Math.min(width, Math.ceil(rect.x + rect.width));
  const bottom = Math.min(height, Math.ceil(rect.y + rect.height));
  return right - x >= 8 && bottom - y >= 8 ? { x, y, width: right - x, height: bottom - y } : null;
}

/** The rectangle grown by `fraction` of its size on every side: a QR needs its quiet zone to be found. */
export function withMargin(rect: Rect, fraction: number): Rect {
  const dx = rect.width * fraction;
  const dy = rect.height * fraction;
  return { x: rect.x - dx, y: rect.y - dy, width: rect.width + 2 * dx, height: rect.height + 2 * dy };
}

/** Copies a region, scaled down (box average) so that its longer side is at most `maxSide`. */
export function regionOf(image: Rgba, rect: Rect, maxSide = Infinity): Rgba {
  const scale = Math.min(1, maxSide / Math.max(rect.width, rect.height));
  const width = Math.max(1, Math.round(rect.width * scale));
  const height = Math.max(1, Math.round(rect.height * scale));
  const out = new Uint8ClampedArray(width * height * 4);
  const step = 1 / scale;
  for (let y = 0; y < height; y++) {
    const sy0 = rect.y + Math.floor(y * step);
    const sy1 = Math.max(sy0 + 1, rect.y + Math.floor((y + 1) * step));
    for (let x = 0; x < width; x++) {
      const sx0 = rect.x + Math.floor(x * step);
      const sx1 = Math.max(sx0 + 1, rect.x + Math.floor((x + 1) * step));
      let r = 0;
      let g = 0;
      let b = 0;
      let n = 0;
      for (let sy = sy0; sy < sy1; sy++) {
        let i = (sy * image.width + sx0) * 4;
        for (let sx = sx0; sx < sx1; sx++, i += 4) {
          r += image.data[i]!;
          g += image.data[i + 1]!;
          b += image.data[i + 2]!;
          n++;
        }
      }
      const o = (y * width + x) * 4;
      out[o] = r / n;
      out[o + 1] = g / n;
      out[o + 2] = b / n;
      out[o + 3] = 255;
    }
  }
  return { data: out, width, height };
}
