import { describe, expect, it } from 'vitest';
import { fallbackVisible } from '@/utils/autofill/frame-visibility';
import {
  boxInView,
  colorAlpha,
  effectiveOpacity,
  enoughOnTop,
  filterOpacity,
  MIN_OPACITY,
  paints,
  samplePoints,
} from '@/utils/autofill/visibility';

describe('effectiveOpacity', () => {
  it.each([
    [[1, 1, 1], 1],
    [[0.01], 0.01],
    [[1, 1, 0.001, 1], 0.001],
    [[0.5, 0.5], 0.25],
    [[0.3, 0.3], 0.09], // each ancestor looks faint but visible; together a person sees nearly nothing
  ])('%o → %d', (chain, product) => {
    expect(effectiveOpacity(chain)).toBeCloseTo(product, 6);
  });

  it('puts the traps of the issue below the threshold and ordinary fades above it', () => {
    expect(effectiveOpacity([0.01])).toBeLessThan(MIN_OPACITY);
    expect(effectiveOpacity([1, 0.001])).toBeLessThan(MIN_OPACITY);
    expect(effectiveOpacity([1 * filterOpacity('opacity(0)')])).toBeLessThan(MIN_OPACITY);
    expect(effectiveOpacity([0.6, 0.9])).toBeGreaterThanOrEqual(MIN_OPACITY);
  });
});

describe('filterOpacity', () => {
  it.each([
    ['none', 1],
    ['opacity(0)', 0],
    ['opacity(0.5)', 0.5],
    ['opacity(5%)', 0.05],
    ['blur(2px) opacity(0.5) opacity(0.5)', 0.25],
    ['opacity()', 1],
    ['brightness(0.2)', 1],
  ])('%s → %d', (filter, value) => {
    expect(filterOpacity(filter)).toBeCloseTo(value, 6);
  });
});

describe('colorAlpha', () => {
  it.each([
    ['rgba(0, 0, 0, 0)', 0],
    ['rgba(255, 0, 0, 0.05)', 0.05],
    ['rgb(17, 24, 39)', 1],
    ['rgb(0 0 0 / 0)', 0],
    ['color(srgb 1 0 0 / 0.5)', 0.5],
    ['oklch(0.5 0.1 20 / 0%)', 0],
    ['currentcolor', 1],
  ])('%s → %d', (color, alpha) => {
    expect(colorAlpha(color)).toBeCloseTo(alpha, 6);
  });

  it('says whether a colour paints', () => {
    expect(paints('rgba(0, 0, 0, 0)')).toBe(false);
    expect(paints('rgb(0, 0, 0)')).toBe(true);
  });
});

describe('boxInView', () => {
  const view = [1280, 800] as const;
  it.each([
    [{ left: 20, top: 100, width: 200, height: 36 }, true],
    [{ left: 20, top: 100, width: 2, height: 2 }, false], // 2×2 px
    [{ left: 20, top: 100, width: 10, height: 1.3 }, false], // an input at scale(0.06)
    [{ left: 3000, top: 100, width: 200, height: 36 }, false], // off-screen right
    [{ left: 20, top: 3000, width: 200, height: 36 }, false], // below the viewport (not scrolled to)
    [{ left: -9999, top: 100, width: 200, height: 36 }, false],
    [{ left: 20, top: 100, width: 40, height: 48 }, true], // one box of a split field
  ])('%o → %s', (box, inView) => {
    expect(boxInView(box, ...view)).toBe(inView);
  });
});

describe('topmost sampling', () => {
  it('samples the centre first, then four inner points inside the box', () => {
    const box = { left: 100, top: 50, width: 200, height: 40 };
    const points = samplePoints(box);
    expect(points[0]).toEqual([200, 70]);
    for (const [x, y] of points) {
      expect(x).toBeGreaterThan(box.left);
      expect(x).toBeLessThan(box.left + box.width);
      expect(y).toBeGreaterThan(box.top);
      expect(y).toBeLessThan(box.top + box.height);
    }
  });

  it.each([
    [[true, true, true, true, true], true],
    [[true, true, true, true, false], true], // an icon in one corner of the padding
    [[false, true, true, true, true], false], // covered in the middle
    [[true, false, false, true, true], false], // half covered
    [[false, false, false, false, false], false], // a full-page overlay
  ])('%o → %s', (hits, enough) => {
    expect(enoughOnTop(hits)).toBe(enough);
  });
});

describe('fallbackVisible (frames, without IntersectionObserver v2)', () => {
  it.each([
    [800, 600, 1, true],
    [1, 1, 1, false], // a 1×1 frame
    [99, 600, 1, false],
    [800, 49, 1, false],
    [800, 600, 0.5, false], // half of the field outside what the parent shows
    [800, 600, 0.6, true],
  ])('%d×%d, ratio %d → %s', (width, height, ratio, visible) => {
    expect(fallbackVisible(width, height, ratio)).toBe(visible);
  });
});
