import { clampRect, withMargin, type Rect, type Rgba } from '@/utils/qr/image';
import type { QrHit } from '@/utils/qr/zxing-reader';

/** A captured frame that hands out regions of itself, scaled; a worker backs it with OffscreenCanvas, Node with arrays. */
export interface FrameSource {
  width: number;
  height: number;
  region(rect: Rect, maxSide?: number): Rgba;
}

export type QrReader = (image: Rgba) => Promise<QrHit[]>;

export interface ScanInput {
  frame: FrameSource | null;
  /** QR-looking elements located on the page, in frame pixels (CSS pixels × devicePixelRatio). */
  candidates: Rect[];
  /** Pixels of QR-looking elements that are outside the visible part of the page. */
  elementImages: Rgba[];
}

export interface StageReport {
  stage: string;
  ms: number;
  found: number;
}

export interface ScanResult {
  texts: string[];
  stages: StageReport[];
}

/** Crops are scaled to at most this side: plenty of pixels per module, and cheap to read. */
const CROP_SIDE = 800;
/**
 * A large frame is read scaled to this side first: a QR drawn for people keeps ≥ 3 px per module there, and
 * the read costs a fraction of the full one. Only when that finds nothing is the full frame read, for small modules.
 */
const SCALED_FRAME_SIDE = 1600;

/**
 * Finds QR codes in a capture, cheapest first: the page's own QR-looking elements (their pixels, then tight
 * crops of the capture) and, only when those give nothing, the whole frame (scaled down first when it is
 * large), where the reader also looks for several codes, small modules and light-on-dark codes.
 */
export async function scanFrame(input: ScanInput, read: QrReader, now: () => number): Promise<ScanResult> {
  const texts = new Set<string>();
  const stages: StageReport[] = [];
  const stage = async (name: string, images: (() => Rgba)[]) => {
    const t0 = now();
    let found = 0;
    for (const image of images) {
      for (const hit of await read(image())) {
        texts.add(hit.text);
        found++;
      }
    }
    stages.push({ stage: name, ms: now() - t0, found });
  };

  if (input.elementImages.length > 0)
    await stage(
      'element pixels',
      input.elementImages.map((image) => () => image),
    );
  const { frame } = input;
  if (frame) {
    const crops = input.candidates
      .map((rect) => clampRect(withMargin(rect, 0.08), frame.width, frame.height))
      .filter((rect): rect is Rect => rect !== null);
    if (crops.length > 0)
      await stage(
        'element crops',
        crops.map((rect) => () => frame.region(rect, CROP_SIDE)),
      );
    const whole = { x: 0, y: 0, width: frame.width, height: frame.height };
    if (texts.size === 0 && Math.max(frame.width, frame.height) > SCALED_FRAME_SIDE)
      await stage('scaled frame', [() => frame.region(whole, SCALED_FRAME_SIDE)]);
    if (texts.size === 0) await stage('whole frame', [() => frame.region(whole)]);
  }
  return { texts: [...texts], stages };
}

/** A FrameSource over pixels already in memory (Node, tests, images decoded elsewhere). */
export function memoryFrame(image: Rgba, region: (image: Rgba, rect: Rect, maxSide?: number) => Rgba): FrameSource {
  return { width: image.width, height: image.height, region: (rect, maxSide) => region(image, rect, maxSide) };
}
