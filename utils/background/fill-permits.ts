import type { FillWant } from '@/utils/messaging/protocol';

/** How long a person's request to fill stays usable: long enough for every frame to find its field and ask. */
export const PERMIT_TTL_MS = 10_000;

/** What a person asked for in one tab: a fill (popup Fill, the shortcut, QR enrolment) or one field (context menu). */
export interface FillPermit {
  want: FillWant;
  /** The account the person chose in the popup; null for "the one bound to this site". */
  accountId: string | null;
}

interface Granted extends FillPermit {
  expires: number;
  /** Null: every frame of the tab may use it once; otherwise only this frame. */
  frameId: number | null;
  usedBy: Set<number>;
}

export interface FillPermits {
  /** The popup, the shortcut or the context menu (never a content script) grants a permit before asking the tab to fill. */
  grant(tabId: number, frameId: number | null, permit: FillPermit): void;
  /**
   * Spends the frame's permit for a code of `kind`, if a person asked for one there. A frame uses a permit at
   * most once, so one click hands out at most one code (one HOTP step, one backup code) per frame.
   */
  take(tabId: number, frameId: number, kind: 'totp' | 'recovery'): FillPermit | null;
}

const covers = (want: FillWant, kind: 'totp' | 'recovery') => want === 'field-kind' || want === kind;

/**
 * The background's memory of what a person asked for. Content scripts run in pages whose renderer may be
 * compromised, so their payload never says "the user asked": backup codes, HOTP codes and fills with automatic
 * fill turned off are handed out only against a permit granted here by a trusted trigger. Kept in memory only:
 * a permit lives seconds, within the request that granted it, which keeps the worker alive meanwhile.
 */
export function createFillPermits(now: () => number): FillPermits {
  const byTab = new Map<number, Granted[]>();
  const current = (tabId: number) => {
    const live = (byTab.get(tabId) ?? []).filter((permit) => permit.expires > now());
    if (live.length > 0) byTab.set(tabId, live);
    else byTab.delete(tabId);
    return live;
  };
  return {
    grant(tabId, frameId, permit) {
      // A new request replaces what the same tab and frame was granted before.
      const others = current(tabId).filter((granted) => granted.frameId !== frameId);
      byTab.set(tabId, [...others, { ...permit, frameId, expires: now() + PERMIT_TTL_MS, usedBy: new Set() }]);
    },
    take(tabId, frameId, kind) {
      const permit = current(tabId).find(
        (granted) =>
          (granted.frameId === null || granted.frameId === frameId) && !granted.usedBy.has(frameId) && covers(granted.want, kind),
      );
      if (!permit) return null;
      permit.usedBy.add(frameId);
      return { want: permit.want, accountId: permit.accountId };
    },
  };
}
