// WebCrypto wrappers. Inputs are copied into fresh ArrayBuffers because subtle.* rejects views of shared or
// oversized buffers, and TypeScript's BufferSource type wants ArrayBuffer-backed views.

const own = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

async function aesKey(raw: Uint8Array, usage: 'AES-GCM' | 'AES-CTR'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', own(raw), usage, false, ['decrypt']);
}

/** AES-GCM decryption of ciphertext‖tag; null when authentication fails (wrong key or damaged data). */
export async function aesGcmOpen(
  key: Uint8Array,
  iv: Uint8Array,
  sealed: Uint8Array,
  additionalData?: Uint8Array,
): Promise<Uint8Array<ArrayBuffer> | null> {
  if (sealed.length < 16 || iv.length === 0) return null;
  try {
    const cryptoKey = await aesKey(key, 'AES-GCM');
    const params: AesGcmParams = { name: 'AES-GCM', iv: own(iv), tagLength: 128 };
    if (additionalData) params.additionalData = own(additionalData);
    return new Uint8Array(await crypto.subtle.decrypt(params, cryptoKey, own(sealed)));
  } catch {
    return null;
  }
}

/**
 * Decrypts the first block of a GCM ciphertext without checking its tag. GCM is counter mode underneath
 * (first block counter = IV‖00000002 for a 96-bit IV), so when the tag fails this still tells a truncated
 * file (the right key yields readable JSON) from a wrong password (noise).
 */
export async function aesGcmPeek(key: Uint8Array, iv: Uint8Array, sealed: Uint8Array): Promise<string> {
  if (iv.length !== 12 || sealed.length === 0 || key.length !== 32) return '';
  const counter = new Uint8Array(16);
  counter.set(iv);
  counter[15] = 2;
  try {
    const cryptoKey = await aesKey(key, 'AES-CTR');
    const block = sealed.subarray(0, 16);
    const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CTR', counter, length: 32 }, cryptoKey, own(block)));
    return String.fromCharCode(...plain);
  } catch {
    return '';
  }
}

/** True when a peeked first block looks like the start of a JSON array or object. */
export const looksLikeJsonStart = (peek: string): boolean => /^\s*[[{]\s*[{"\]}]/.test(peek);

export async function pbkdf2(password: string, salt: Uint8Array, iterations: number, hash: 'SHA-1' | 'SHA-256'): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash, salt: own(salt), iterations }, base, 256);
  return new Uint8Array(bits);
}

export async function sha256(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', own(data)));
}

export function hexToBytes(hex: string): Uint8Array | null {
  const clean = hex.trim();
  if (clean.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(clean)) return null;
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(clean.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** AES-CBC decryption with PKCS#7 padding; null when the padding does not check (usually a wrong key). */
export async function aesCbcOpen(key: Uint8Array, iv: Uint8Array, sealed: Uint8Array): Promise<Uint8Array<ArrayBuffer> | null> {
  if (iv.length !== 16 || sealed.length === 0 || sealed.length % 16 !== 0) return null;
  try {
    const cryptoKey = await crypto.subtle.importKey('raw', own(key), 'AES-CBC', false, ['decrypt']);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv: own(iv) }, cryptoKey, own(sealed)));
  } catch {
    return null;
  }
}

/**
 * Decrypts the first CBC block whatever the padding at the end says. WebCrypto only decrypts whole padded
 * messages, so a block that decrypts to a full block of padding is appended: it is AES-CBC's encryption of
 * nothing with the first ciphertext block as IV. Used, like aesGcmPeek, to tell a cut-off file from a wrong
 * password.
 */
export async function aesCbcPeek(key: Uint8Array, iv: Uint8Array, sealed: Uint8Array): Promise<string> {
  if (iv.length !== 16 || sealed.length < 16 || key.length !== 32) return '';
  try {
    const cryptoKey = await crypto.subtle.importKey('raw', own(key), 'AES-CBC', false, ['encrypt', 'decrypt']);
    const first = sealed.subarray(0, 16);
    const padding = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-CBC', iv: own(first) }, cryptoKey, new Uint8Array(0)));
    const probe = new Uint8Array(32);
    probe.set(first);
    probe.set(padding, 16);
    const plain = new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv: own(iv) }, cryptoKey, probe));
    return String.fromCharCode(...plain);
  } catch {
    return '';
  }
}

export async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey('raw', own(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, own(data)));
}
