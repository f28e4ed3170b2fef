import { describe, expect, it } from 'vitest';
import { composeFrame, renderQr } from '@/tests/unit/qr-fixtures';
import { regionOf } from '@/utils/qr/image';
import { memoryFrame, scanFrame } from '@/utils/qr/scan-frame';

const URI = 'otpauth://totp/Demo:alice?secret=JBSWY3DPEHPK3PXP&issuer=Demo';
const OTHER = 'otpauth://totp/Demo%20(backup):alice?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF';
const options = { budgetMs: 60_000, now: () => performance.now() };
const scan = (frame: ReturnType<typeof composeFrame> | null, candidates: { x: number; y: number; width: number; height: number }[] = [], elementImages = [] as ReturnType<typeof renderQr>[]) =>
  scanFrame({ frame: frame && memoryFrame(frame, regionOf), candidates, elementImages }, options);

describe('scanFrame', () => {
  it('reads a QR element from a tight crop without touching the whole frame', () => {
    const qr = renderQr(URI);
    const frame = composeFrame(1600, 1000, [{ image: qr, x: 700, y: 300 }]);
    const result = scan(frame, [{ x: 700, y: 300, width: qr.width, height: qr.height }]);
    expect(result.texts).toEqual([URI]);
    expect(result.stages.map((s) => s.stage)).toEqual(['element crops']);
  });

  it('falls back to the whole frame when no element was located (QR only as pixels)', () => {
    const frame = composeFrame(1600, 1000, [{ image: renderQr(URI, { moduleSize: 5 }), x: 900, y: 500 }]);
    const result = scan(frame);
    expect(result.texts).toEqual([URI]);
    expect(result.stages[0]).toMatchObject({ stage: 'down-scaled frame', found: 1 });
  });

  it('reads small modules at full resolution when the down-scaled pass cannot', () => {
    const frame = composeFrame(3200, 2000, [{ image: renderQr(URI, { moduleSize: 2 }), x: 1500, y: 900 }]);
    const result = scan(frame);
    expect(result.texts).toEqual([URI]);
    expect(result.stages.map((s) => [s.stage, s.found])).toEqual([
      ['down-scaled frame', 0],
      ['full frame', 1],
    ]);
  });

  it('reads light modules on a dark page through the inverted pass', () => {
    const qr = renderQr(URI, { dark: [235, 235, 235], light: [20, 22, 26] });
    const frame = composeFrame(1600, 1000, [{ image: qr, x: 400, y: 300 }], { background: [20, 22, 26], ink: [200, 200, 200] });
    expect(scan(frame).texts).toEqual([URI]);
    expect(scan(frame, [{ x: 400, y: 300, width: qr.width, height: qr.height }]).texts).toEqual([URI]);
  });

  it('offers every code when a page shows two', () => {
    const first = renderQr(URI);
    const second = renderQr(OTHER);
    const frame = composeFrame(1600, 1000, [
      { image: first, x: 200, y: 200 },
      { image: second, x: 1000, y: 300 },
    ]);
    const candidates = [
      { x: 200, y: 200, width: first.width, height: first.height },
      { x: 1000, y: 300, width: second.width, height: second.height },
    ];
    expect(scan(frame, candidates).texts).toEqual([URI, OTHER]);
  });

  it('reads elements outside the viewport from their own pixels', () => {
    const result = scan(null, [], [renderQr(URI, { moduleSize: 4 })]);
    expect(result.texts).toEqual([URI]);
  });

  it('answers "nothing here" and reports each stage it ran', () => {
    const result = scan(composeFrame(1280, 800, []));
    expect(result.texts).toEqual([]);
    expect(result.stages.map((s) => s.stage)).toEqual(['down-scaled frame', 'down-scaled frame, inverted']);
  });

  it('skips whole-frame passes that the time budget cannot hold', () => {
    let clock = 0;
    const frame = composeFrame(3200, 2000, [{ image: renderQr(URI, { moduleSize: 2 }), x: 1500, y: 900 }]);
    // Each clock reading moves 200 ms, so the down-scaled pass "takes" 400 ms and, with the cost margin, no
    // further pass (not even the inverted down-scaled one) fits in what is left of the 1 s budget.
    const slow = { budgetMs: 1000, now: () => (clock += 200) };
    const result = scanFrame({ frame: memoryFrame(frame, regionOf), candidates: [], elementImages: [] }, slow);
    expect(result.texts).toEqual([]);
    expect(result.stages.map((s) => s.stage)).toEqual(['down-scaled frame']);
  });

  it('runs the later passes when the budget holds them', () => {
    let clock = 0;
    const frame = composeFrame(3200, 2000, []);
    const result = scanFrame({ frame: memoryFrame(frame, regionOf), candidates: [], elementImages: [] }, { budgetMs: 1_000_000, now: () => (clock += 1) });
    expect(result.stages.map((s) => s.stage)).toEqual(['down-scaled frame', 'full frame', 'down-scaled frame, inverted', 'full frame, inverted']);
  });
});
