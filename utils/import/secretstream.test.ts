import { describe, expect, it } from 'vitest';
import { secretstreamOpenOne, TAG_FINAL } from '@/utils/import/secretstream';
import { readImportFile } from '@/utils/import';

// A known-answer vector produced by libsodium 1.0.18 itself (Debian's libsodium23, through ctypes): crypto_pwhash
// (Argon2id13, opslimit 2, memlimit 64 MiB) over the password below and salt 0x30..0x3f, then
// crypto_secretstream_xchacha20poly1305_init_push + push(TAG_FINAL) of one otpauth line. Written by us for this test;
// the secret is RFC 4226's test key.
const PASSWORD = 'Ente KAT pässword';
const KEY = Buffer.from('5c34a6b6d0a242ebb6603f13b805dc5b5eae59a93ca0a09ba8b5731fbea0d2a1', 'hex');
const HEADER = Buffer.from('MqSyqtv7Dluo1fEJcn+0LUbJ+bNWHw8m', 'base64');
const SEALED = Buffer.from(
  'UQ58MLhQ+ou7hpcW6hiW+ffeAbSlb2x25JqUzqGD6al8GM13Uo+4cX7tDKwLvcPN7qE6RXbKg/kGlt58thi/pgkACtO4WwdfwjSy/xht3NsttdI4H91+oJD5NjJP86iaUMfQpatYATehuAlEIQJkODAWbrXLiDbdJIpPRu6qlLmr/LMPbrbQPCfx7TDEDZHVnXrVpOk=',
  'base64',
);
const MESSAGE =
  'otpauth://totp/Example:alice%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example&algorithm=SHA1&digits=6&period=30\n';
const ENTE_FILE = JSON.stringify({
  version: 1,
  kdfParams: { memLimit: 67108864, opsLimit: 2, salt: 'MDEyMzQ1Njc4OTo7PD0+Pw==' },
  encryptedData: SEALED.toString('base64'),
  encryptionNonce: HEADER.toString('base64'),
});

describe('secretstream (libsodium known answer)', () => {
  it('opens libsodium output to the message and its FINAL tag', () => {
    const opened = secretstreamOpenOne(KEY, HEADER, SEALED);
    expect(opened).not.toBeNull();
    expect(new TextDecoder().decode(opened!.message)).toBe(MESSAGE);
    expect(opened!.tag).toBe(TAG_FINAL);
  });

  it('refuses any flipped byte: tag, ciphertext or MAC', () => {
    for (const index of [0, 1, 60, SEALED.length - 1]) {
      const damaged = Buffer.from(SEALED);
      damaged[index]! ^= 0x01;
      expect(secretstreamOpenOne(KEY, HEADER, damaged), `byte ${index}`).toBeNull();
    }
    const otherHeader = Buffer.from(HEADER);
    otherHeader[20]! ^= 0x80;
    expect(secretstreamOpenOne(KEY, otherHeader, SEALED)).toBeNull();
  });

  it('reads the vector as an Ente Auth encrypted export, key derived from the password', async () => {
    const preview = await readImportFile({ name: 'ente.json', bytes: new TextEncoder().encode(ENTE_FILE) }, PASSWORD);
    expect(preview.format).toBe('Ente Auth (encrypted)');
    expect(preview.failures).toEqual([]);
    expect(preview.entries).toEqual([
      expect.objectContaining({
        kind: 'totp',
        issuer: 'Example',
        label: 'alice@example.com',
        secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
        digits: 6,
        period: 30,
      }),
    ]);
  });
});
