import { poly1305 } from '@noble/ciphers/_poly1305.js';
import { chacha20, hchacha } from '@noble/ciphers/chacha.js';

// libsodium's crypto_secretstream_xchacha20poly1305, pull side, for a stream of one message (what Ente Auth's export
// is). WebCrypto has no ChaCha20, so the primitives come from @noble/ciphers; the framing follows libsodium's
// secretstream.c and is pinned by a vector libsodium itself produced (secretstream.test.ts).

export const SECRETSTREAM_HEADER_BYTES = 24;
/** Encrypted tag byte before the message, Poly1305 MAC after it. */
export const SECRETSTREAM_OVERHEAD = 17;
export const TAG_MESSAGE = 0;
export const TAG_FINAL = 3;

const SIGMA = new Uint32Array([0x61707865, 0x3320646e, 0x79622d32, 0x6b206574]);

const words = (bytes: Uint8Array): Uint32Array => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Uint32Array.from({ length: bytes.length / 4 }, (_, i) => view.getUint32(i * 4, true));
};

/** HChaCha20(key, 16-byte input): the subkey XChaCha20 derives from the first 16 header bytes. */
function hchacha20(key: Uint8Array, input: Uint8Array): Uint8Array {
  const out = new Uint32Array(8);
  hchacha(SIGMA, words(key), words(input), out);
  const bytes = new Uint8Array(32);
  const view = new DataView(bytes.buffer);
  out.forEach((word, i) => view.setUint32(i * 4, word, true));
  out.fill(0);
  return bytes;
}

const le64 = (n: number): Uint8Array => {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n), true);
  return out;
};

/** The message and its tag, or null when the MAC does not check (wrong key, or a damaged or cut-off stream). */
export function secretstreamOpenOne(key: Uint8Array, header: Uint8Array, sealed: Uint8Array): { message: Uint8Array; tag: number } | null {
  if (key.length !== 32 || header.length !== SECRETSTREAM_HEADER_BYTES || sealed.length < SECRETSTREAM_OVERHEAD) return null;
  const subkey = hchacha20(key, header.subarray(0, 16));
  // The nonce is a 32-bit counter, reset to 1 by init_pull, then the header's last 8 bytes.
  const nonce = new Uint8Array(12);
  nonce[0] = 1;
  nonce.set(header.subarray(16, 24), 4);
  try {
    const polyKey = chacha20(subkey, nonce, new Uint8Array(64), undefined, 0).subarray(0, 32);
    const block = chacha20(subkey, nonce, new Uint8Array(64), undefined, 1);
    const tag = block[0]! ^ sealed[0]!;
    block[0] = sealed[0]!;
    const messageLength = sealed.length - SECRETSTREAM_OVERHEAD;
    const ciphertext = sealed.subarray(1, 1 + messageLength);
    const mac = sealed.subarray(1 + messageLength);
    // No additional data. libsodium pads the ciphertext by (16 − 64 + length) mod 16 bytes: kept as it is, since
    // that is what every secretstream writer MACs.
    const padding = (0x10 - 64 + messageLength) & 0xf;
    const authenticated = new Uint8Array(64 + messageLength + padding + 16);
    authenticated.set(block);
    authenticated.set(ciphertext, 64);
    authenticated.set(le64(0), 64 + messageLength + padding);
    authenticated.set(le64(64 + messageLength), 64 + messageLength + padding + 8);
    const expected = poly1305(authenticated, polyKey);
    let difference = 0;
    for (let i = 0; i < 16; i++) difference |= expected[i]! ^ mac[i]!;
    if (difference !== 0) return null;
    return { message: chacha20(subkey, nonce, ciphertext, undefined, 2), tag };
  } finally {
    subkey.fill(0);
  }
}

/** The message's first bytes whatever the MAC says, to tell a cut-off stream (readable text) from a wrong key. */
export function secretstreamPeek(key: Uint8Array, header: Uint8Array, sealed: Uint8Array): Uint8Array {
  if (key.length !== 32 || header.length !== SECRETSTREAM_HEADER_BYTES || sealed.length < 2) return new Uint8Array(0);
  const subkey = hchacha20(key, header.subarray(0, 16));
  const nonce = new Uint8Array(12);
  nonce[0] = 1;
  nonce.set(header.subarray(16, 24), 4);
  try {
    return chacha20(subkey, nonce, sealed.subarray(1, Math.min(sealed.length, 17)), undefined, 2);
  } finally {
    subkey.fill(0);
  }
}
