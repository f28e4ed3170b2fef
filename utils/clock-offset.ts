/** Beyond this, a TOTP code (30 s steps, one step of grace at most sites) is likely refused. */
export const CLOCK_WARN_MS = 30_000;

/**
 * How far this computer's clock is from a server's, from the server's `Date` header and the local clock read
 * just before the request went out and just after the answer came. Positive: this computer is ahead. The
 * header has whole seconds and the answer took some time, so the comparison is against the midpoint, and
 * `uncertaintyMs` says how wrong it may be. Null when the header is missing or unreadable.
 */
export function clockOffset(
  dateHeader: string | null,
  sentAt: number,
  receivedAt: number,
): { offsetMs: number; uncertaintyMs: number } | null {
  if (!dateHeader) return null;
  const server = Date.parse(dateHeader);
  if (Number.isNaN(server)) return null;
  // The header truncates to the second: the server's clock read somewhere in [server, server + 1 s).
  const serverMid = server + 500;
  const localMid = (sentAt + receivedAt) / 2;
  return { offsetMs: Math.round(localMid - serverMid), uncertaintyMs: Math.round((receivedAt - sentAt) / 2 + 500) };
}

/** Whether the offset is worth a warning: off by more than the threshold even at the edge of the uncertainty. */
export function clockIsOff(offset: { offsetMs: number; uncertaintyMs: number } | null): boolean {
  return offset !== null && Math.abs(offset.offsetMs) - offset.uncertaintyMs > CLOCK_WARN_MS;
}
