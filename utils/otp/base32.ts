import { t } from '@/utils/i18n/t';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export class Base32Error extends Error {
  override name = 'Base32Error';
}

/**
 * Accepts what people paste from setup pages: lower case, spaces, hyphens, `=` padding.
 * Returns the canonical upper-case form without padding, or throws a Base32Error that says why.
 */
export function normalizeBase32(input: string): string {
  const compact = input
    .replace(/[\s-]+/g, '')
    .toUpperCase()
    .replace(/=+$/, '');
  if (compact.length === 0) throw new Base32Error(t('base32_empty'));
  const bad = [...compact].find((ch) => !ALPHABET.includes(ch));
  if (bad !== undefined) {
    const looksLikeDigit = bad === '0' || bad === '1' || bad === '8' || bad === '9';
    throw new Base32Error(t(looksLikeDigit ? 'base32_bad_char_digit' : 'base32_bad_char', bad));
  }
  // Lengths 1, 3 and 6 (mod 8) cannot come from whole bytes.
  if ([1, 3, 6].includes(compact.length % 8)) {
    throw new Base32Error(t('base32_bad_length'));
  }
  return compact;
}

export function decodeBase32(input: string): Uint8Array {
  const clean = normalizeBase32(input);
  const out = new Uint8Array(Math.floor((clean.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const ch of clean) {
    buffer = (buffer << 5) | ALPHABET.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >>> bits) & 0xff;
    }
  }
  return out;
}

export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >>> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}
