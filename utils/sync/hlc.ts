import type { HlcStamp } from '@/utils/sync/types';

/**
 * A hybrid logical clock (Kulkarni et al.): stamps follow the wall clock when it moves forward, never go back
 * when it does not, and always come after every stamp this device has seen. Encoded as in types.ts so that
 * string order is time order: `<ms base 36, 9 digits>-<counter base 36, 4 digits>-<device id>`.
 *
 * A remote clock far ahead: `receive` still advances past the remote stamp, however far ahead it is. Capping
 * the advance would make an edit made *after* seeing the remote value lose to it on every device (the edit
 * would silently be undone by the next sync); an uncapped advance only moves this device's stamps ahead of its
 * wall clock, which orders edits just as well (the counter carries on, and carries into the milliseconds).
 * `receive` returns how far ahead the remote was so the caller can warn about a device with a wrong clock.
 * Only stamps beyond the encodable range (year 5188) are refused, by `decodeStamp`.
 */

const TIME_DIGITS = 9;
const COUNTER_DIGITS = 4;
const MAX_TIME = 36 ** TIME_DIGITS - 1;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
export const DEVICE_ID_LENGTH = 8;
const DEVICE_ID = /^[0-9a-z]{8}$/;
const STAMP = /^([0-9a-z]{9})-([0-9a-z]{4})-([0-9a-z]{8})$/;

export interface DecodedStamp {
  /** Milliseconds since the epoch, as the clock read them (maybe ahead of the device's wall clock). */
  time: number;
  counter: number;
  deviceId: string;
}

export interface Clock {
  readonly deviceId: string;
  /** A stamp for a local event, after every stamp this clock produced or received. */
  tick(): HlcStamp;
  /** Moves the clock past a stamp seen from another device; returns how many ms it was ahead of this wall clock. */
  receive(remote: HlcStamp): number;
  /** The latest stamp produced or received: persist it and pass it back to `createClock` after a restart. */
  last(): HlcStamp;
}

/** A new device id: 8 characters of [0-9a-z] (about 41 random bits), safe inside a stamp. */
export function newDeviceId(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(DEVICE_ID_LENGTH));
  // 36 does not divide 256: the few values ≥ 252 would favour the first letters, so they are drawn again.
  let id = '';
  for (const byte of bytes) if (byte < 252) id += (byte % 36).toString(36);
  return id.length === DEVICE_ID_LENGTH ? id : (id + newDeviceId(random)).slice(0, DEVICE_ID_LENGTH);
}

export function isDeviceId(id: string): boolean {
  return DEVICE_ID.test(id);
}

export function encodeStamp({ time, counter, deviceId }: DecodedStamp): HlcStamp {
  if (!Number.isSafeInteger(time) || time < 0 || time > MAX_TIME) throw new RangeError(`HLC time out of range: ${time}`);
  if (!Number.isSafeInteger(counter) || counter < 0 || counter > MAX_COUNTER) throw new RangeError(`HLC counter out of range: ${counter}`);
  if (!isDeviceId(deviceId)) throw new RangeError(`Not a device id: ${deviceId}`);
  return `${time.toString(36).padStart(TIME_DIGITS, '0')}-${counter.toString(36).padStart(COUNTER_DIGITS, '0')}-${deviceId}`;
}

/** The parts of a stamp; throws a RangeError for anything that is not one. */
export function decodeStamp(stamp: HlcStamp): DecodedStamp {
  const match = STAMP.exec(stamp);
  if (!match) throw new RangeError(`Not an HLC stamp: ${stamp}`);
  return { time: parseInt(match[1]!, 36), counter: parseInt(match[2]!, 36), deviceId: match[3]! };
}

export function isStamp(value: unknown): value is HlcStamp {
  return typeof value === 'string' && STAMP.test(value);
}

/** Time order, which is string order because every part has a fixed width. */
export function compareStamps(a: HlcStamp, b: HlcStamp): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxStamp(a: HlcStamp, b: HlcStamp): HlcStamp {
  return a >= b ? a : b;
}

/** The wall-clock milliseconds a stamp was taken at (by its device's clock). */
export function stampTime(stamp: HlcStamp): number {
  return decodeStamp(stamp).time;
}

/**
 * A clock for this device. `now` is the wall clock (ms); `last` is the stamp persisted from a previous run, so
 * stamps stay monotonic across restarts even if the wall clock was set back.
 */
export function createClock(deviceId: string, now: () => number, last?: HlcStamp): Clock {
  if (!isDeviceId(deviceId)) throw new RangeError(`Not a device id: ${deviceId}`);
  let time = 0;
  let counter = 0;
  if (last !== undefined) ({ time, counter } = decodeStamp(last));

  const advance = (seenTime: number, seenCounter: number) => {
    const wall = Math.floor(now());
    const top = Math.max(time, seenTime, wall);
    if (top === time && top === seenTime) counter = Math.max(counter, seenCounter) + 1;
    else if (top === time) counter += 1;
    else if (top === seenTime) counter = seenCounter + 1;
    else counter = 0;
    time = top;
    // More than 1.6 million stamps in one millisecond: borrow the next millisecond rather than repeat a stamp.
    if (counter > MAX_COUNTER) {
      time += 1;
      counter = 0;
    }
    return wall;
  };

  return {
    deviceId,
    tick() {
      advance(0, 0);
      return encodeStamp({ time, counter, deviceId });
    },
    receive(remote) {
      const seen = decodeStamp(remote);
      const wall = advance(seen.time, seen.counter);
      return Math.max(0, seen.time - wall);
    },
    last: () => encodeStamp({ time, counter, deviceId }),
  };
}
