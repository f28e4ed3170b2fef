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

// The detector is bundled in: the bench measures the page's cost, not loading a file of the extension.
const detector = createDetector();

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
  start() {
    const t0 = performance.now();
    timed(() => createCodeFiller({ ctx, send, listen: () => () => undefined, detector: async () => detector }).start());
    return { ms: performance.now() - t0, fields: fills };
  },
  shadowWalkMs() {
    const t0 = performance.now();
    shadowRootsIn(document, undefined);
    return performance.now() - t0;
  },
  busyMs,
  batches: () => batches,
};
