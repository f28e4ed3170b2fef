/**
 * Authenticator-app (TOTP) logic: secrets, otpauth URIs and code checks, via otplib
 * (the same library the extension's tests compute codes with).
 */
import { generateSecret, verify } from 'otplib';

export const ISSUER = 'Tessera Demo';
/** Issuer of the decoy second QR in the `two` variant. */
export const DECOY_ISSUER = 'Tessera Demo (backup)';

/**
 * 20 random bytes (160 bits, RFC 4226's recommendation). otplib v13 refuses
 * secrets under 16 bytes by default, so shorter "real-site" secrets are avoided.
 */
export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

/** `otpauth://totp/Tessera%20Demo:<user>?secret=…&issuer=Tessera%20Demo`, the Key URI Format apps expect. */
export function otpauthUri(secret: string, username: string, issuer: string = ISSUER): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(username)}`;
  return `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;
}

/** The setup key as sites print it for typing by hand: groups of four. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** Codes are typed by people: spaces and dashes ("123 456") are forgiven. */
export function normalizeCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/** True if `input` is the current code, or the one just before or after (±30 s clock drift). */
export async function checkTotp(secret: string, input: string): Promise<boolean> {
  const token = normalizeCode(input);
  if (!/^\d{6}$/.test(token)) return false;
  const result = await verify({ secret, token, epochTolerance: 30 });
  return result.valid;
}
