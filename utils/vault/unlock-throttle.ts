export interface FailedUnlocks {
  count: number;
  lastAt: number;
}

/** Free tries before waiting starts; each wrong try after that doubles the wait, up to 5 minutes. */
const FREE_TRIES = 3;
const FIRST_WAIT_MS = 2_000;
const MAX_WAIT_MS = 5 * 60_000;

export function waitAfterFailures(count: number): number {
  if (count < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (count - FREE_TRIES));
}

/** Milliseconds until another unlock attempt is allowed (0 when allowed now). */
export function retryAfterMs(failures: FailedUnlocks | null, now: number): number {
  if (!failures) return 0;
  return Math.max(0, failures.lastAt + waitAfterFailures(failures.count) - now);
}
