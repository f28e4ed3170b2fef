// Bundled by the bench into a page: the content script's real controller, with a fake background and context.
import { createDetector } from '@/utils/autofill/detector';
import { createCodeFiller, type FillerContext } from '@/utils/autofill/code-filler';
import type { ContentSend } from '@/utils/autofill/send';
import { shadowRootsIn } from '@/utils/autofill/shadow-roots';
import { busyMs, instrument, timed } from './content-timing';

let batches = 0;
let fills = 0;
instrument();

// Counts the batches the controller looks at: each starts with its scan of added nodes' inputs.
const NativeObserver = MutationObserver;
globalThis.MutationObserver = class extends NativeObserver {
  constructor(callback: MutationCallback) {
    super((records, observer) => {
      batches++;
      callback(records, observer);
    });
  }
};

// The detector is bundled in (the extension loads it from its own file only when a candidate appears): the
// bench measures what the page pays, decisions included, not reading a file of the extension.
const bundled = createDetector();
const detector = { decide: (candidates: HTMLInputElement[][]) => timed(() => bundled.decide(candidates)) };

const ctx: FillerContext = {
  isInvalid: false,
  onInvalidated: () => () => undefined,
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, options),
} as FillerContext;

// The background as a page with a bound account sees it: one code, asked for once per field filled by itself.
const send = (async (type: string) => {
  if (type === 'content.code') fills++;
  return { ok: true, value: { status: 'code', code: '123456', accountId: 'bench', autoSubmit: false } };
}) as unknown as ContentSend;

(globalThis as unknown as { tesseraBench: unknown }).tesseraBench = {
  /** The start and the decisions it leads to (which follow it in a microtask), until the page's next task. */
  async start() {
    const before = busyMs();
    timed(() => createCodeFiller({ ctx, send, listen: () => () => undefined, detector: async () => detector }).start());
    await new Promise((settled) => setTimeout(settled, 0));
    return { ms: busyMs() - before, fields: fills };
  },
  shadowWalkMs() {
    const t0 = performance.now();
    shadowRootsIn(document, undefined);
    return performance.now() - t0;
  },
  busyMs,
  batches: () => batches,
};
