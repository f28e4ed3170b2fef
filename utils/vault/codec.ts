import { randomBytes, utf8 } from '@/utils/bytes';

/** What IndexedDB holds for one sealed value: the IV and the AES-GCM ciphertext (tag included). */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  ct: ArrayBuffer;
}

export async function seal(key: CryptoKey, plaintext: Uint8Array<ArrayBuffer>, aad: string): Promise<Sealed> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8.encode(aad) }, key, plaintext);
  return { iv, ct };
}

/** Resolves to null when the key is wrong or the data, IV or additional data were changed. */
export async function open(key: CryptoKey, sealed: Sealed, aad: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: utf8.encode(aad) }, key, sealed.ct);
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}

export function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export function newDataKeyBytes(): Uint8Array<ArrayBuffer> {
  return randomBytes(32);
}
