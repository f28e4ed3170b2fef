import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStamps, createClock, decodeStamp, encodeStamp, isDeviceId, isStamp, newDeviceId } from '@/utils/sync/hlc';

describe('HLC stamps', () => {
  it('encodes as types.ts shows, and decodes back', () => {
    const stamp = encodeStamp({ time: 1_700_000_000_000, counter: 5, deviceId: 'd1f4c2a0' });
    expect(stamp).toBe(`0${(1_700_000_000_000).toString(36)}-0005-d1f4c2a0`);
    expect(decodeStamp(stamp)).toEqual({ time: 1_700_000_000_000, counter: 5, deviceId: 'd1f4c2a0' });
    expect(isStamp(stamp)).toBe(true);
  });

  it.each(['', 'x', '0lq3v2k8w-0000-D1F4C2A0', '0lq3v2k8w-000-d1f4c2a0', '0lq3v2k8w-0000-d1f4c2a', '0lq3v2k8w-0000-d1f4c2a0-'])(
    'refuses %j',
    (text) => {
      expect(isStamp(text)).toBe(false);
      expect(() => decodeStamp(text)).toThrow(RangeError);
    },
  );

  it('refuses what it cannot encode', () => {
    expect(() => encodeStamp({ time: -1, counter: 0, deviceId: 'd1f4c2a0' })).toThrow(RangeError);
    expect(() => encodeStamp({ time: 36 ** 9, counter: 0, deviceId: 'd1f4c2a0' })).toThrow(RangeError);
    expect(() => encodeStamp({ time: 0, counter: 36 ** 4, deviceId: 'd1f4c2a0' })).toThrow(RangeError);
    expect(() => encodeStamp({ time: 0, counter: 0, deviceId: 'd1-f4c2a' })).toThrow(RangeError);
  });

  it('orders strings as it orders (time, counter, device)', () => {
    const part = fc.record({ time: fc.integer({ min: 0, max: 36 ** 9 - 1 }), counter: fc.integer({ min: 0, max: 36 ** 4 - 1 }) });
    const device = fc.stringMatching(/^[0-9a-z]{8}$/);
    fc.assert(
      fc.property(part, device, part, device, (a, da, b, db) => {
        const byParts = a.time - b.time || a.counter - b.counter || (da < db ? -1 : da > db ? 1 : 0);
        const byText = compareStamps(encodeStamp({ ...a, deviceId: da }), encodeStamp({ ...b, deviceId: db }));
        expect(Math.sign(byText)).toBe(Math.sign(byParts));
      }),
    );
  });
});

describe('device ids', () => {
  it('are 8 characters of [0-9a-z], drawn without bias from random bytes', () => {
    for (let i = 0; i < 50; i++) expect(isDeviceId(newDeviceId())).toBe(true);
    // Bytes ≥ 252 are drawn again: an all-255 first draw is thrown away.
    let calls = 0;
    const random = (bytes: Uint8Array) => bytes.fill(calls++ === 0 ? 255 : 37);
    expect(newDeviceId(random)).toBe('11111111');
  });

  it('differ between devices', () => {
    expect(new Set(Array.from({ length: 1000 }, () => newDeviceId())).size).toBe(1000);
  });
});

describe('createClock', () => {
  it('follows the wall clock, and counts within one millisecond', () => {
    let wall = 1000;
    const clock = createClock('aaaaaaaa', () => wall);
    expect(decodeStamp(clock.tick())).toMatchObject({ time: 1000, counter: 0 });
    expect(decodeStamp(clock.tick())).toMatchObject({ time: 1000, counter: 1 });
    wall = 2000;
    expect(decodeStamp(clock.tick())).toMatchObject({ time: 2000, counter: 0 });
  });

  it('never goes back when the wall clock does, nor across a restart', () => {
    let wall = 5000;
    const clock = createClock('aaaaaaaa', () => wall);
    const before = clock.tick();
    wall = 10;
    const after = clock.tick();
    expect(after > before).toBe(true);
    const restarted = createClock('aaaaaaaa', () => wall, clock.last());
    expect(restarted.tick() > after).toBe(true);
  });

  it('moves past a remote stamp, however far ahead, and says how far', () => {
    const wall = 1000;
    const clock = createClock('aaaaaaaa', () => wall);
    const year = 365 * 24 * 3600 * 1000;
    const remote = encodeStamp({ time: wall + year, counter: 7, deviceId: 'bbbbbbbb' });
    expect(clock.receive(remote)).toBe(year);
    const next = clock.tick();
    expect(next > remote).toBe(true);
    expect(decodeStamp(next)).toMatchObject({ time: wall + year, counter: 9 });
    expect(clock.receive(encodeStamp({ time: 10, counter: 0, deviceId: 'bbbbbbbb' }))).toBe(0);
  });

  it('carries a full counter into the next millisecond instead of repeating a stamp', () => {
    const clock = createClock('aaaaaaaa', () => 0, encodeStamp({ time: 50, counter: 36 ** 4 - 1, deviceId: 'aaaaaaaa' }));
    expect(decodeStamp(clock.tick())).toMatchObject({ time: 51, counter: 0 });
  });

  it('is monotonic and unique across devices, whatever the wall clocks do', () => {
    const event = fc.record({
      device: fc.integer({ min: 0, max: 3 }),
      wallStep: fc.integer({ min: -5000, max: 5000 }),
      receiveFrom: fc.option(fc.integer({ min: 0, max: 3 })),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 200 }), (events) => {
        const walls = [1000, 1000, 50_000, 0];
        const clocks = ['aaaaaaaa', 'bbbbbbbb', 'cccccccc', 'dddddddd'].map((id, i) => createClock(id, () => walls[i]!));
        const lastOf: (string | undefined)[] = [];
        const all = new Set<string>();
        for (const { device, wallStep, receiveFrom } of events) {
          walls[device] = Math.max(0, walls[device]! + wallStep);
          const clock = clocks[device]!;
          const seen = receiveFrom !== null ? lastOf[receiveFrom] : undefined;
          if (seen !== undefined) clock.receive(seen);
          const stamp = clock.tick();
          if (lastOf[device] !== undefined) expect(stamp > lastOf[device]!).toBe(true);
          if (seen !== undefined) expect(stamp > seen).toBe(true);
          expect(all.has(stamp)).toBe(false);
          all.add(stamp);
          lastOf[device] = stamp;
        }
      }),
    );
  });
});
