// Bundled by the bench into a page: the content script's detection and watching, without the extension APIs.
import { findCodeFields } from '@/utils/autofill/find-fields';
import { shadowRootsIn } from '@/utils/autofill/shadow-roots';
import { watchForFields } from '@/utils/autofill/watch-fields';

interface BenchApi {
  start(): { ms: number; fields: number };
  /** The deferred (idle-time) walk for web components' shadow roots over the whole document. */
  shadowWalkMs(): number;
  scanMs: () => number;
  batches: () => number;
}

let scanTime = 0;
let batches = 0;
let fields = 0;

(globalThis as unknown as { tesseraBench: BenchApi }).tesseraBench = {
  start() {
    const t0 = performance.now();
    const timed = <T>(work: () => T): T => {
      const s0 = performance.now();
      const result = work();
      scanTime += performance.now() - s0;
      return result;
    };
    watchForFields({
      scanInputs: (root) => {
        batches++;
        fields += timed(() => findCodeFields(root).length);
      },
      shadowRoots: (root) => timed(() => shadowRootsIn(root, undefined)),
      onRoot: () => undefined,
    });
    return { ms: performance.now() - t0, fields };
  },
  shadowWalkMs() {
    const t0 = performance.now();
    shadowRootsIn(document, undefined);
    return performance.now() - t0;
  },
  scanMs: () => scanTime,
  batches: () => batches,
};
