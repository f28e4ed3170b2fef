import { createDetector } from '@/utils/autofill/detector';
// Bundled into a plain page by code-filler.spec.ts: the real controller with a fake background and WXT context.
import { createCodeFiller, type CommandHandler, type FillerContext } from '@/utils/autofill/code-filler';
import { fillField } from '@/utils/autofill/fill';
import { findCodeFields } from '@/utils/autofill/find-fields';
import type { ContentSend } from '@/utils/autofill/send';

const abort = new AbortController();
const ctx = {
  get isInvalid() {
    return abort.signal.aborted;
  },
  onInvalidated: (callback: () => void) => {
    abort.signal.addEventListener('abort', callback);
    return () => abort.signal.removeEventListener('abort', callback);
  },
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, { ...options, signal: abort.signal }),
} as FillerContext;

const asked: string[] = [];
let handler: CommandHandler | null = null;
const send = (async (type: string) => {
  asked.push(type);
  return {
    ok: true,
    value: { status: 'code', code: (window as unknown as { code: string }).code ?? '123456', accountId: 'a', autoSubmit: false },
  };
}) as unknown as ContentSend;

// Counts text reads, to check that inputs which cannot be code fields cost no text.
let textReads = 0;
const textContent = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent')!;
Object.defineProperty(Node.prototype, 'textContent', {
  ...textContent,
  get(this: Node) {
    textReads++;
    return textContent.get!.call(this);
  },
});

// Counts the scans for code fields (each queries its root once for candidate inputs).
let scans = 0;
for (const proto of [Element.prototype, Document.prototype]) {
  const query = proto.querySelectorAll as (this: ParentNode, selector: string) => NodeList;
  proto.querySelectorAll = function (this: ParentNode, selector: string) {
    if (selector.startsWith('input:is(')) scans++;
    return query.call(this, selector);
  } as typeof proto.querySelectorAll;
}

const detector = createDetector();

Object.assign(window, {
  filler: {
    start: () =>
      createCodeFiller({
        ctx,
        send,
        listen: (h) => {
          handler = h;
          return () => (handler = null);
        },
        detector: async () => detector,
      }).start(),
    invalidate: () => abort.abort(),
    command: (command: Parameters<CommandHandler>[0]) => handler?.(command) ?? 'not listening',
    asked: () => asked,
    scans: () => scans,
    groups: () => findCodeFields(document, detector).map((field) => field.inputs.map((input) => input.name || input.id)),
    textReadsOfScan: () => {
      const before = textReads;
      const count = findCodeFields(document, detector).length;
      return { count, reads: textReads - before };
    },
    fill: (selector: string, code: string) => fillField([...document.querySelectorAll<HTMLInputElement>(selector)], code),
  },
});
