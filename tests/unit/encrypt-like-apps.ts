// Test-only encoders that write encrypted exports the way the apps do, from a plain export of the same vault.
// They use node:crypto and @noble/hashes, not the WebCrypto/hash-wasm code under test, so an importer bug is
// not mirrored here. Each layout follows the app's own source (cited per function).
import { createCipheriv, createHash, createHmac, pbkdf2Sync } from 'node:crypto';
import { poly1305 } from '@noble/ciphers/_poly1305.js';
import { argon2id } from '@noble/hashes/argon2.js';

const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const ascii = (text: string) => new TextEncoder().encode(text);

/** Fixed so the files are the same on every run (the apps pick them at random). */
export const SALT16 = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
export const SALT20 = Uint8Array.from({ length: 20 }, (_, i) => 0x40 + i);
export const IV12 = Uint8Array.from({ length: 12 }, (_, i) => 0xa0 + i);
export const IV16 = Uint8Array.from({ length: 16 }, (_, i) => 0xc0 + i);

/** Stratum.Core StrongBackupEncryption: "AUTHENTICATORPRO" ‖ salt ‖ IV ‖ AES-256-GCM(JSON) ‖ tag; Argon2id m = 64 MiB, t = 3, p = 4. */
export function stratumStrong(json: Uint8Array, password: string): Uint8Array {
  const key = argon2id(ascii(password), SALT16, { t: 3, m: 64 * 1024, p: 4, dkLen: 32 });
  const cipher = createCipheriv('aes-256-gcm', key, IV12);
  const sealed = concat(cipher.update(json), cipher.final(), cipher.getAuthTag());
  return concat(ascii('AUTHENTICATORPRO'), SALT16, IV12, sealed);
}

/** Stratum.Core LegacyBackupEncryption: "AuthenticatorPro" ‖ salt (20) ‖ IV (16) ‖ AES-256-CBC/PKCS7(JSON); PBKDF2-SHA1 64,000. */
export function stratumLegacy(json: Uint8Array, password: string): Uint8Array {
  const key = pbkdf2Sync(password, SALT20, 64_000, 32, 'sha1');
  const cipher = createCipheriv('aes-256-cbc', key, IV16);
  return concat(ascii('AuthenticatorPro'), SALT20, IV16, cipher.update(json), cipher.final());
}

export interface BitwardenKdf {
  kdfType: 0 | 1;
  kdfIterations: number;
  kdfMemory?: number;
  kdfParallelism?: number;
}

/** Bitwarden's EncString type 2: "2." iv "|" AES-256-CBC ciphertext "|" HMAC-SHA256(iv ‖ ciphertext), base64. */
function encString(plain: Uint8Array, encKey: Uint8Array, macKey: Uint8Array, iv: Uint8Array): string {
  const cipher = createCipheriv('aes-256-cbc', encKey, iv);
  const data = concat(cipher.update(plain), cipher.final());
  const mac = createHmac('sha256', macKey).update(concat(iv, data)).digest();
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
  return `2.${b64(iv)}|${b64(data)}|${b64(mac)}`;
}

/**
 * Bitwarden's password-protected JSON export (clients: libs/tools/export, "encrypted": true, "passwordProtected": true):
 * the salt string's UTF-8 bytes salt PBKDF2-SHA256 (kdfType 0) or, hashed with SHA-256 first, Argon2id (kdfType 1,
 * kdfMemory in MiB); the 32-byte result is stretched with HKDF-Expand-SHA256 (info "enc" and "mac") into the
 * AES and HMAC keys of the EncStrings.
 */
export function bitwardenPasswordProtected(json: Uint8Array, password: string, salt: string, kdf: BitwardenKdf): string {
  const saltBytes = ascii(salt);
  const master =
    kdf.kdfType === 0
      ? pbkdf2Sync(password, saltBytes, kdf.kdfIterations, 32, 'sha256')
      : argon2id(ascii(password), createHash('sha256').update(saltBytes).digest(), {
          t: kdf.kdfIterations,
          m: kdf.kdfMemory! * 1024,
          p: kdf.kdfParallelism!,
          dkLen: 32,
        });
  const expand = (info: string) => new Uint8Array(hkdfExpand(master, info));
  const encKey = expand('enc');
  const macKey = expand('mac');
  return JSON.stringify({
    encrypted: true,
    passwordProtected: true,
    salt,
    ...kdf,
    encKeyValidation_DO_NOT_EDIT: encString(ascii('5a1e3f0c-4b7d-4c2e-9f1a-2d3c4b5a6e7f'), encKey, macKey, IV16),
    data: encString(
      json,
      encKey,
      macKey,
      IV16.map((b) => b ^ 0xff),
    ),
  });
}

/** HKDF-Expand only (no extract step), as Bitwarden's stretchKey does: T(1) = HMAC(prk, info ‖ 0x01). */
function hkdfExpand(prk: Uint8Array, info: string): Buffer {
  return createHmac('sha256', prk)
    .update(concat(ascii(info), Uint8Array.of(1)))
    .digest();
}

/**
 * Proton Authenticator's "export with password" (proton-authenticator crate, entry/export): {"version": 1, "salt":
 * base64(16 bytes), "content": base64(nonce (12) ‖ AES-256-GCM ciphertext ‖ tag)}, AAD "proton.authenticator.export.v1",
 * keyed with Argon2id m = 19 MiB, t = 2, p = 1 over the UTF-8 password; the plaintext is the plain JSON export.
 */
export function protonPasswordExport(json: Uint8Array, password: string): string {
  const key = argon2id(ascii(password), SALT16, { t: 2, m: 19 * 1024, p: 1, dkLen: 32 });
  const cipher = createCipheriv('aes-256-gcm', key, IV12);
  cipher.setAAD(ascii('proton.authenticator.export.v1'));
  const content = concat(IV12, cipher.update(json), cipher.final(), cipher.getAuthTag());
  return JSON.stringify({ version: 1, salt: Buffer.from(SALT16).toString('base64'), content: Buffer.from(content).toString('base64') });
}

/** ChaCha20 (RFC 8439) keystream XOR through node:crypto, whose 16-byte IV is the block counter (LE) ‖ the nonce. */
function chacha20Xor(key: Uint8Array, nonce: Uint8Array, counter: number, data: Uint8Array): Uint8Array {
  const iv = new Uint8Array(16);
  new DataView(iv.buffer).setUint32(0, counter, true);
  iv.set(nonce, 4);
  const cipher = createCipheriv('chacha20', key, iv);
  return concat(cipher.update(data), cipher.final());
}

/** HChaCha20 from a ChaCha20 block: the keystream minus the input state's words 0–3 and 12–15 (no feed-forward). */
function hchacha20(key: Uint8Array, input: Uint8Array): Uint8Array {
  const block = new DataView(
    chacha20Xor(key, input.subarray(4), new DataView(input.buffer, input.byteOffset).getUint32(0, true), new Uint8Array(64)).buffer,
  );
  const sigma = new DataView(ascii('expand 32-byte k').buffer);
  const inputWords = new DataView(input.buffer, input.byteOffset, 16);
  const out = new DataView(new ArrayBuffer(32));
  for (let i = 0; i < 4; i++) {
    out.setUint32(i * 4, (block.getUint32(i * 4, true) - sigma.getUint32(i * 4, true)) >>> 0, true);
    out.setUint32(16 + i * 4, (block.getUint32(48 + i * 4, true) - inputWords.getUint32(i * 4, true)) >>> 0, true);
  }
  return new Uint8Array(out.buffer);
}

const le64 = (n: number) => {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n), true);
  return out;
};

/** libsodium crypto_secretstream_xchacha20poly1305_push of one message (secretstream.c), after init_push with this header. */
export function secretstreamPush(key: Uint8Array, header: Uint8Array, message: Uint8Array, tag: number): Uint8Array {
  const subkey = hchacha20(key, header.subarray(0, 16));
  const nonce = concat(Uint8Array.of(1, 0, 0, 0), header.subarray(16, 24));
  const polyKey = chacha20Xor(subkey, nonce, 0, new Uint8Array(64)).subarray(0, 32);
  const blockIn = new Uint8Array(64);
  blockIn[0] = tag;
  const block = chacha20Xor(subkey, nonce, 1, blockIn);
  const ciphertext = chacha20Xor(subkey, nonce, 2, message);
  const padding = new Uint8Array((0x10 - 64 + message.length) & 0xf);
  const mac = poly1305(concat(block, ciphertext, padding, le64(0), le64(64 + message.length)), polyKey);
  return concat(block.subarray(0, 1), ciphertext, mac);
}

export const HEADER24 = Uint8Array.from({ length: 24 }, (_, i) => 0x10 + i * 3);

/**
 * Ente Auth's encrypted export: libsodium crypto_pwhash Argon2id13 (memLimit bytes, opsLimit, one lane) keys a
 * one-message secretstream (TAG_FINAL) over the plain export's otpauth lines.
 */
export function enteEncrypted(text: Uint8Array, password: string, memLimit = 64 * 1024 * 1024, opsLimit = 2): string {
  const key = argon2id(ascii(password), SALT16, { t: opsLimit, m: memLimit / 1024, p: 1, dkLen: 32 });
  const b64 = (b: Uint8Array) => Buffer.from(b).toString('base64');
  return JSON.stringify({
    version: 1,
    kdfParams: { memLimit, opsLimit, salt: b64(SALT16) },
    encryptedData: b64(secretstreamPush(key, HEADER24, text, 3)),
    encryptionNonce: b64(HEADER24),
  });
}

/** andOTP's older encrypted backup (before iteration counts): nonce (12) ‖ AES-256-GCM(JSON) ‖ tag, key = SHA-256(password). */
export function andOtpOld(json: Uint8Array, password: string): Uint8Array {
  const key = createHash('sha256').update(ascii(password)).digest();
  const cipher = createCipheriv('aes-256-gcm', key, IV12);
  return concat(IV12, cipher.update(json), cipher.final(), cipher.getAuthTag());
}
