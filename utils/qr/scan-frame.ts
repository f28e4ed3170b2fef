import { blankOut, clampRect, inverted, withMargin, type Rect, type Rgba } from '@/utils/qr/image';
import { readQr } from '@/utils/qr/jsqr-reader';

/** A captured frame that hands out regions of itself, scaled; a worker backs it with OffscreenCanvas, Node with arrays. */
export interface FrameSource {
  width: number;
  height: number;
  region(rect: Rect, maxSide?: number): Rgba;
}

export interface ScanInput {
  frame: FrameSource | null;
  /** QR-looking elements located on the page, in frame pixels (CSS pixels × devicePixelRatio). */
  candidates: Rect[];
  /** Pixels of QR-looking elements that are outside the visible part of the page. */
  elementImages: Rgba[];
}

export interface ScanOptions {
  /** Full-frame stages that would not finish within this many ms of the start are skipped. */
  budgetMs: number;
  now: () => number;
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

/** Longer side of the first, cheap full-frame pass: enough pixels per module for a QR of normal size on screen. */
export const DOWNSCALED_SIDE = 1280;
const CROP_SIDE = 1024;
const MAX_CODES_PER_FRAME = 4;
const COST_MARGIN = 2;

/** Reads one image, trying inverted colours too, as crops are small enough for both to be cheap. */
function readEitherWay(image: Rgba): string | null {
  return (readQr(image) ?? readQr(inverted(image)))?.text ?? null;
}

/**
 * Reads every code in an image (up to a few), blanking each one found before looking again, while
 * `canAfford(lastPassMs)` says one more pass like the last still fits the budget.
 */
function readAll(image: Rgba, invert: boolean, now: () => number, canAfford: (passMs: number) => boolean): string[] {
  const work = invert ? inverted(image) : { ...image, data: new Uint8ClampedArray(image.data) };
  const texts: string[] = [];
  for (let i = 0; i < MAX_CODES_PER_FRAME; i++) {
    const t0 = now();
    const hit = readQr(work);
    if (!hit) break;
    texts.push(hit.text);
    blankOut(work, withMargin(hit.box, 0.15));
    if (!canAfford(now() - t0)) break;
  }
  return texts;
}

/**
 * Finds QR codes in a capture, cheapest first: the page's own QR-looking elements (their pixels, then tight
 * crops of the capture), and only when those give nothing, the whole frame: down-scaled, full resolution,
 * then inverted for dark pages. Whole-frame passes are skipped once the time budget cannot hold them,
 * using the cost per pixel measured on the first pass.
 */
export function scanFrame(input: ScanInput, options: ScanOptions): ScanResult {
  const start = options.now();
  const texts = new Set<string>();
  const stages: StageReport[] = [];
  const stage = (name: string, run: () => string[]) => {
    const t0 = options.now();
    const found = run();
    found.forEach((text) => texts.add(text));
    stages.push({ stage: name, ms: options.now() - t0, found: found.length });
  };

  if (input.elementImages.length > 0) {
    stage('element pixels', () => input.elementImages.map(readEitherWay).filter((t): t is string => t !== null));
  }
  const { frame } = input;
  if (!frame) return { texts: [...texts], stages };
  const crops = input.candidates.map((rect) => clampRect(withMargin(rect, 0.08), frame.width, frame.height)).filter((r): r is Rect => r !== null);
  if (crops.length > 0) {
    stage('element crops', () => crops.map((rect) => readEitherWay(frame.region(rect, CROP_SIDE))).filter((t): t is string => t !== null));
  }
  if (texts.size > 0) return { texts: [...texts], stages };

  const whole = { x: 0, y: 0, width: frame.width, height: frame.height };
  const fullPixels = frame.width * frame.height;
  const small = frame.region(whole, DOWNSCALED_SIDE);
  const smallPixels = small.width * small.height;
  const elapsed = () => options.now() - start;
  const canAfford = (passMs: number) => elapsed() + passMs <= options.budgetMs;
  stage('down-scaled frame', () => readAll(small, false, options.now, canAfford));
  const firstPass = stages.at(-1)!;
  const nsPerPixel = (firstPass.ms * 1e6) / smallPixels / (firstPass.found + 1);
  // A full-resolution pass costs more per pixel than a down-scaled one (more detail to search), hence the margin.
  const fits = (pixels: number) => elapsed() + (COST_MARGIN * pixels * nsPerPixel) / 1e6 <= options.budgetMs;
  const isDownscaled = smallPixels < fullPixels;
  const pass = (name: string, image: () => Rgba, invert: boolean, pixels: number) => {
    if (texts.size === 0 && fits(pixels)) stage(name, () => readAll(image(), invert, options.now, canAfford));
  };
  if (isDownscaled) pass('full frame', () => frame.region(whole), false, fullPixels);
  pass('down-scaled frame, inverted', () => small, true, smallPixels);
  if (isDownscaled) pass('full frame, inverted', () => frame.region(whole), true, fullPixels);
  return { texts: [...texts], stages };
}

/** A FrameSource over pixels already in memory (Node, tests, images decoded elsewhere). */
export function memoryFrame(image: Rgba, region: (image: Rgba, rect: Rect, maxSide?: number) => Rgba): FrameSource {
  return { width: image.width, height: image.height, region: (rect, maxSide) => region(image, rect, maxSide) };
}
