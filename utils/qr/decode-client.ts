import DecodeWorker from '@/utils/qr/decode.worker?worker';
import type { DecodeReply, DecodeRequest, WorkerReply, WorkerRequest } from '@/utils/messaging/qr-scan';
import type { ScanResult } from '@/utils/qr/scan-frame';
import { t } from '@/utils/i18n/t';

const HARD_TIMEOUT_MS = 10_000;

interface Decoder {
  worker: Worker;
  warmed: boolean;
  pending: Map<number, (reply: DecodeReply) => void>;
  failed: boolean;
}

let decoder: Decoder | null = null; // the popup's one worker, or none yet
let nextId = 0;

/** The popup's one decoding worker, started on first use; a worker that failed or timed out is replaced. */
function currentDecoder(): Decoder {
  if (decoder && !decoder.failed) return decoder;
  const worker = new DecodeWorker();
  const started: Decoder = { worker, warmed: false, pending: new Map(), failed: false };
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    started.pending.get(event.data.id)?.(event.data.reply);
    started.pending.delete(event.data.id);
  };
  worker.onerror = () => {
    started.failed = true;
    for (const answer of started.pending.values()) answer({ ok: false, message: 'WorkerError' });
    started.pending.clear();
    worker.terminate();
  };
  decoder = started;
  return started;
}

type Unsent = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

function ask(message: Unsent, transfer: Transferable[] = []): Promise<DecodeReply> {
  const current = currentDecoder();
  const id = ++nextId;
  return new Promise<DecodeReply>((resolve) => {
    const timer = setTimeout(() => {
      // A reader stuck on one image is ended; the next scan starts a fresh one.
      current.failed = true;
      current.worker.terminate();
      current.pending.delete(id);
      resolve({ ok: false, message: 'Timeout' });
    }, HARD_TIMEOUT_MS);
    current.pending.set(id, (reply) => {
      clearTimeout(timer);
      resolve(reply);
    });
    current.worker.postMessage({ ...message, id } as WorkerRequest, transfer);
  });
}

/**
 * Starts the worker and compiles the reader's WebAssembly off the main thread, so a scan finds it ready.
 * Called when the popup has painted; costs nothing on the main thread.
 */
export function warmDecoder(): void {
  const current = currentDecoder();
  if (current.warmed) return;
  current.warmed = true;
  void ask({ kind: 'warm' });
}

/**
 * Ends the worker once a scan is over, so nothing it read (a secret in a QR code) stays in its memory, and
 * starts a fresh, warm one a moment later for the next scan.
 */
export function retireDecoder(): void {
  if (!decoder) return;
  decoder.failed = true;
  decoder.worker.terminate();
  for (const answer of decoder.pending.values()) answer({ ok: false, message: 'WorkerError' });
  decoder = null;
  setTimeout(warmDecoder, 1000);
}

/** Decodes in the popup's worker; the bitmaps are transferred, and closed there once read. */
export async function decodeInWorker(request: DecodeRequest): Promise<ScanResult> {
  const transfer: Transferable[] = [...request.elementImages, ...(request.frame ? [request.frame] : [])];
  const reply = await ask({ kind: 'decode', request }, transfer);
  if (reply.ok) return reply.result;
  if (reply.message === 'Timeout') throw new Error(t('scan_error_timeout'));
  if (reply.message === 'WorkerError') throw new Error(t('scan_error_reader_start'));
  throw new Error(t('scan_error_reader_failed', reply.message));
}
