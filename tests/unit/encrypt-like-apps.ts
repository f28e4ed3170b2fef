// Test-only encoders that write encrypted exports the way the apps do, from a plain export of the same vault.
// They use node:crypto and @noble/hashes, not the WebCrypto/hash-wasm code under test, so an importer bug is
// not mirrored here. Each layout follows the app's own source (cited per function).
import { createCipheriv, createHash, createHmac, pbkdf2Sync } from 'node:crypto';
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
