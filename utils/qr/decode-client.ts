import DecodeWorker from '@/utils/qr/decode.worker?worker';
import type { QrScanMessages } from '@/utils/messaging/qr-scan';
import type { ScanResult } from '@/utils/qr/scan-frame';
import { t } from '@/utils/i18n/t';

const HARD_TIMEOUT_MS = 10_000;

type Decode = QrScanMessages['decode'];

/** Decodes in a fresh worker, which is ended afterwards so no large buffers outlive the scan. */
export function decodeInWorker(request: Decode['request']): Promise<ScanResult> {
  const worker = new DecodeWorker();
  return new Promise<ScanResult>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(t('scan_error_timeout'))), HARD_TIMEOUT_MS);
    worker.onmessage = (event: MessageEvent<Decode['reply']>) => {
      clearTimeout(timer);
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(t('scan_error_reader_failed', event.data.message)));
    };
    worker.onerror = () => {
      clearTimeout(timer);
      reject(new Error(t('scan_error_reader_start')));
    };
    const transfer: Transferable[] = [...request.elementImages, ...(request.frame ? [request.frame] : [])];
    worker.postMessage(request, transfer);
  }).finally(() => worker.terminate());
}
