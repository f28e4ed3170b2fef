/**
 * Whether a field inside a child frame is visible to a person, through the frame's ancestors in other
 * documents (which may be cross-origin, so nothing here can read their styles).
 *
 * API, for the controller (code-filler.ts):
 *
 *   whenVisibleToPerson(input, signal): Promise<boolean>
 *     Await it before ANY fill in a child frame (automatic, popup, shortcut, context menu), after the
 *     synchronous `isFillable(input)` said yes. Resolves true as soon as the field is seen as visible,
 *     false when `signal` aborts first (pass e.g. `AbortSignal.timeout(FRAME_VISIBILITY_WAIT_MS)`).
 *     In the top frame it answers `isFillable(input)` at once: the sync check sees everything there.
 *   - Chromium: IntersectionObserver v2 (`trackVisibility`), observing the field itself. `isVisible` is
 *     false when anything (in any document, pointer-events:none included) is drawn over the field, when an
 *     ancestor (the <iframe> element and its ancestors in the parent too) has opacity < 1, a filter, or a
 *     transform other than a translation. Strict on purpose: in a frame the page around it is someone else's.
 *   - Elsewhere (Firefox has no v2): the frame's viewport must be at least MIN_FRAME_WIDTH × MIN_FRAME_HEIGHT
 *     (a 1×1 frame is refused) and more than half the field must intersect the top viewport as seen from the
 *     frame (IntersectionObserver v1 with the implicit root clips by the iframe and its ancestors). An
 *     opacity:0 iframe is NOT detected there; asking the parent frame's content script through the background
 *     would close that gap and is left to the protocol work.
 *
 *   isChildFrame(): boolean — whether this document is inside another one (then await the above).
 */
import { isFillable } from '@/utils/autofill/fillable';

export const MIN_FRAME_WIDTH = 100;
export const MIN_FRAME_HEIGHT = 50;
/** A reasonable wait for a fill in a child frame: IntersectionObserver v2 reports within about 100 ms. */
export const FRAME_VISIBILITY_WAIT_MS = 1500;

export const isChildFrame = (): boolean => window !== window.top;

/** The fallback rule without v2, as a pure function of what v1 and the frame's own size say. */
export function fallbackVisible(frameWidth: number, frameHeight: number, intersectionRatio: number): boolean {
  return frameWidth >= MIN_FRAME_WIDTH && frameHeight >= MIN_FRAME_HEIGHT && intersectionRatio > 0.5;
}

export function whenVisibleToPerson(input: HTMLInputElement, signal: AbortSignal): Promise<boolean> {
  if (!isChildFrame()) return Promise.resolve(isFillable(input));
  return new Promise<boolean>((resolve) => {
    const finish = (visible: boolean) => {
      observer.disconnect();
      resolve(visible);
    };
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.at(-1)!;
        // `isVisible` exists where v2 does (on the prototype, so `in` sees it); elsewhere the fallback.
        const visible = 'isVisible' in entry ? entry.isVisible === true : fallbackVisible(innerWidth, innerHeight, entry.intersectionRatio);
        // The field must still pass the in-frame check when the frame turns visible.
        if (visible && isFillable(input)) finish(true);
      },
      // Browsers without v2 ignore the two options they do not know.
      { trackVisibility: true, delay: 100 /* the least v2 allows */, threshold: 0.51 } as IntersectionObserverInit,
    );
    signal.addEventListener('abort', () => finish(false), { once: true });
    if (signal.aborted) finish(false);
    else observer.observe(input);
  });
}
