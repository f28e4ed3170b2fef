/**
 * Times the content script's own main-thread work in the bench page: the callbacks of the MutationObservers
 * and timers it creates (those created while its code runs), so the figure is what it costs the page and
 * not what the bench's own mutations cost.
 */
let busy = 0;
let depth = 0;

export function timed<T>(work: () => T): T {
  depth++;
  const t0 = performance.now();
  try {
    return work();
  } finally {
    depth--;
    if (depth === 0) busy += performance.now() - t0;
  }
}

export const busyMs = () => busy;

/** Wraps the page's MutationObserver, setTimeout and requestIdleCallback so that the script's callbacks are timed. */
export function instrument(): void {
  const NativeObserver = globalThis.MutationObserver;
  globalThis.MutationObserver = class extends NativeObserver {
    constructor(callback: MutationCallback) {
      super((records, observer) => timed(() => callback(records, observer)));
    }
  };
  const nativeTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((handler: () => void, ms?: number) =>
    nativeTimeout(depth > 0 ? () => timed(handler) : handler, ms)) as typeof setTimeout;
  // The idle-time walk is measured on its own (shadowWalkMs); here it is not run, so it does not land in a burst.
  globalThis.requestIdleCallback = (() => 0) as typeof requestIdleCallback;
}
