/**
 * Performance marks along a QR scan (`tessera:scan:<step>`), read by `npm run bench -- qr-e2e`. A mark holds a
 * name and a time only, never what was read, and costs a few microseconds; nothing reads them in normal use.
 */
export type ScanStep = 'start' | 'located' | 'captured' | 'frame' | 'decoded' | 'enrolled';

export function markScan(step: ScanStep): void {
  performance.mark(`tessera:scan:${step}`);
}
