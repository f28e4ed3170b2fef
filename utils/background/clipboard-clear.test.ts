import { describe, expect, it, vi } from 'vitest';
import { createLatestWinsScheduler, needsWakeAlarm, shouldClear, type Timers } from '@/utils/background/clipboard-clear';
import { CLIPBOARD_CLEAR_MESSAGE, isClipboardClearMessage } from '@/utils/messaging/offscreen';

describe('shouldClear', () => {
  it.each([
    { current: '123456', copied: '123456', expected: true, why: 'still the copied code' },
    { current: 'something else', copied: '123456', expected: false, why: 'the user copied something since' },
    { current: '', copied: '123456', expected: false, why: 'already empty' },
    { current: '123456 ', copied: '123456', expected: false, why: 'not exactly the code' },
    { current: null, copied: '123456', expected: false, why: 'clipboard unreadable (permission, focus)' },
    { current: '', copied: '', expected: false, why: 'nothing was copied' },
  ])('$why → $expected', ({ current, copied, expected }) => {
    expect(shouldClear(current, copied)).toBe(expected);
  });
});

describe('needsWakeAlarm', () => {
  it.each([
    [0, false],
    [1_000, false],
    [29_999, false],
    [30_000, true],
    [600_000, true],
  ])('%i ms → %s', (delayMs, expected) => {
    expect(needsWakeAlarm(delayMs)).toBe(expected);
  });
});

describe('isClipboardClearMessage', () => {
  it.each([
    [{ type: CLIPBOARD_CLEAR_MESSAGE, text: '123456', delayMs: 1000 }, true],
    [{ type: CLIPBOARD_CLEAR_MESSAGE, text: '123456', delayMs: -1 }, false],
    [{ type: CLIPBOARD_CLEAR_MESSAGE, text: 123456, delayMs: 1000 }, false],
    [{ type: 'clipboard.clearLater', payload: { text: '123456' } }, false],
    [null, false],
    ['tessera.clipboard.clear', false],
  ])('%j → %s', (message, expected) => {
    expect(isClipboardClearMessage(message)).toBe(expected);
  });
});

/** Timers driven by hand: `advance(ms)` runs whatever falls due, in order. */
function manualTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let nextId = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  return {
    set(run, ms) {
      nextId += 1;
      due.set(nextId, { at: now + ms, run });
      return nextId;
    },
    clear(handle) {
      due.delete(handle as number);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const next = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        due.delete(next[0]);
        now = next[1].at;
        next[1].run();
      }
      now = until;
    },
  };
}

type Step = { at: number; copy: string; delayMs: number };

describe('latest copy wins', () => {
  it.each<{ name: string; steps: Step[]; runUntil: number; cleared: string[] }>([
    { name: 'one copy, delay not yet over', steps: [{ at: 0, copy: 'A', delayMs: 1000 }], runUntil: 999, cleared: [] },
    { name: 'one copy, delay over', steps: [{ at: 0, copy: 'A', delayMs: 1000 }], runUntil: 1000, cleared: ['A'] },
    {
      name: 'a newer copy replaces the pending one',
      steps: [
        { at: 0, copy: 'A', delayMs: 1000 },
        { at: 500, copy: 'B', delayMs: 1000 },
      ],
      runUntil: 5000,
      cleared: ['B'],
    },
    {
      name: 'the newer copy restarts the delay',
      steps: [
        { at: 0, copy: 'A', delayMs: 1000 },
        { at: 900, copy: 'B', delayMs: 1000 },
      ],
      runUntil: 1800,
      cleared: [],
    },
    {
      name: 'a copy after the first clear is cleared too',
      steps: [
        { at: 0, copy: 'A', delayMs: 1000 },
        { at: 2000, copy: 'B', delayMs: 1000 },
      ],
      runUntil: 5000,
      cleared: ['A', 'B'],
    },
    {
      name: 'a shorter delay on the newer copy',
      steps: [
        { at: 0, copy: 'A', delayMs: 30_000 },
        { at: 10, copy: 'B', delayMs: 1000 },
      ],
      runUntil: 60_000,
      cleared: ['B'],
    },
  ])('$name', async ({ steps, runUntil, cleared }) => {
    const timers = manualTimers();
    const seen: string[] = [];
    const scheduler = createLatestWinsScheduler((text) => void seen.push(text), { timers });
    let now = 0;
    for (const step of steps) {
      timers.advance(step.at - now);
      now = step.at;
      scheduler.schedule(step.copy, step.delayMs);
    }
    timers.advance(runUntil - now);
    await vi.waitFor(() => expect(seen).toEqual(cleared));
    // Give any stray clear a chance to show up before asserting the exact list.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(cleared);
  });

  it('reports idle only after the last pending clear ran, and not while one is pending', async () => {
    const timers = manualTimers();
    const onIdle = vi.fn();
    const scheduler = createLatestWinsScheduler(() => undefined, { timers, onIdle });
    scheduler.schedule('A', 1000);
    expect(scheduler.pending()).toBe('A');
    timers.advance(1000);
    expect(scheduler.pending()).toBeNull();
    await vi.waitFor(() => expect(onIdle).toHaveBeenCalledTimes(1));

    // A clear that is running when a new copy arrives does not close the document under the new one.
    const finishers: (() => void)[] = [];
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    const slow = createLatestWinsScheduler(() => new Promise<void>((resolve) => finishers.push(resolve)), { timers, onIdle });
    slow.schedule('B', 1000);
    timers.advance(1000);
    await tick(); // B's clear is now running
    expect(finishers).toHaveLength(1);
    slow.schedule('C', 1000);
    finishers[0]!();
    await tick();
    expect(onIdle).toHaveBeenCalledTimes(1); // C is pending: not idle
    timers.advance(1000);
    await tick();
    expect(finishers).toHaveLength(2);
    finishers[1]!();
    await vi.waitFor(() => expect(onIdle).toHaveBeenCalledTimes(2));
  });

  it('a failing clear is reported, not thrown, and still ends idle', async () => {
    const timers = manualTimers();
    const onIdle = vi.fn();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const scheduler = createLatestWinsScheduler(
      () => {
        throw new Error('denied');
      },
      { timers, onIdle },
    );
    scheduler.schedule('A', 10);
    timers.advance(10);
    await vi.waitFor(() => expect(onIdle).toHaveBeenCalledTimes(1));
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
