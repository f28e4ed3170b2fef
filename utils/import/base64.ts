import { base64ToBytes } from '@/utils/bytes';

/** Standard or URL-safe Base64 (JSON exports may escape "/" as "\/", which JSON.parse already undid); null when invalid. */
export function decodeBase64(value: unknown): Uint8Array | null {
  if (typeof value !== 'string') return null;
  try {
    return base64ToBytes(value.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}
