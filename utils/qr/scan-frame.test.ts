import { beforeAll, describe, expect, it } from 'vitest';
import { composeFrame, renderQr } from '@/tests/unit/qr-fixtures';
import { prepareZxingForNode } from '@/tests/unit/zxing-node';
import { regionOf, type Rect, type Rgba } from '@/utils/qr/image';
import { memoryFrame, scanFrame } from '@/utils/qr/scan-frame';
import { readQrCodes } from '@/utils/qr/zxing-reader';

const URI = 'otpauth://totp/Demo:alice?secret=JBSWY3DPEHPK3PXP&issuer=Demo';
const OTHER = 'otpauth://totp/Demo%20(backup):alice?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TF';
const scan = (frame: Rgba | null, candidates: Rect[] = [], elementImages: Rgba[] = []) =>
  scanFrame({ frame: frame && memoryFrame(frame, regionOf), candidates, elementImages }, readQrCodes, () => performance.now());
const stagesOf = (result: Awaited<ReturnType<typeof scan>>) => result.stages.map((s) => [s.stage, s.found]);

beforeAll(prepareZxingForNode);

describe('scanFrame', () => {
  it('reads a QR element from a tight crop without touching the whole frame', async () => {
    const qr = renderQr(URI);
    const frame = composeFrame(1600, 1000, [{ image: qr, x: 700, y: 300 }]);
    const result = await scan(frame, [{ x: 700, y: 300, width: qr.width, height: qr.height }]);
    expect(result.texts).toEqual([URI]);
    expect(stagesOf(result)).toEqual([['element crops', 1]]);
  });

  it('reads the whole frame when no element was located (QR only as pixels)', async () => {
    const frame = composeFrame(1600, 1000, [{ image: renderQr(URI, { moduleSize: 5 }), x: 900, y: 500 }]);
    const result = await scan(frame);
    expect(result.texts).toEqual([URI]);
    expect(stagesOf(result)).toEqual([['whole frame', 1]]);
  });

  it('falls back to the whole frame when a located element is not a QR code', async () => {
    const frame = composeFrame(1600, 1000, [{ image: renderQr(URI, { moduleSize: 4 }), x: 1000, y: 600 }]);
    const result = await scan(frame, [{ x: 100, y: 100, width: 200, height: 200 }]);
    expect(result.texts).toEqual([URI]);
    expect(stagesOf(result)).toEqual([
      ['element crops', 0],
      ['whole frame', 1],
    ]);
  });

  it('reads small modules (2 px) in a large frame: the scaled read misses them, the full one finds them', async () => {
    const frame = composeFrame(4800, 3000, [{ image: renderQr(URI, { moduleSize: 2 }), x: 2500, y: 1400 }]);
    const result = await scan(frame);
    expect(result.texts).toEqual([URI]);
    expect(stagesOf(result)).toEqual([
      ['scaled frame', 0],
      ['whole frame', 1],
    ]);
  });

  it('reads a large frame scaled down first, and stops there when that finds the code', async () => {
    const frame = composeFrame(3840, 2160, [{ image: renderQr(URI, { moduleSize: 12 }), x: 2000, y: 900 }]);
    const result = await scan(frame);
    expect(result.texts).toEqual([URI]);
    expect(stagesOf(result)).toEqual([['scaled frame', 1]]);
  });

  it('reads light modules on a dark page', async () => {
    const qr = renderQr(URI, { dark: [235, 235, 235], light: [20, 22, 26] });
    const frame = composeFrame(1600, 1000, [{ image: qr, x: 400, y: 300 }], { background: [20, 22, 26], ink: [200, 200, 200] });
    expect((await scan(frame)).texts).toEqual([URI]);
    expect((await scan(frame, [{ x: 400, y: 300, width: qr.width, height: qr.height }])).texts).toEqual([URI]);
  });

  it('offers every code when a page shows two, as elements or as pixels only', async () => {
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
    expect((await scan(frame, candidates)).texts).toEqual([URI, OTHER]);
    expect((await scan(frame)).texts.sort()).toEqual([URI, OTHER].sort());
  });

  it('reads elements outside the viewport from their own pixels', async () => {
    const result = await scan(null, [], [renderQr(URI, { moduleSize: 4 })]);
    expect(result.texts).toEqual([URI]);
    expect(stagesOf(result)).toEqual([['element pixels', 1]]);
  });

  it('answers "nothing here" after one whole-frame pass', async () => {
    const result = await scan(composeFrame(1280, 800, []));
    expect(result.texts).toEqual([]);
    expect(stagesOf(result)).toEqual([['whole frame', 0]]);
  });
});
