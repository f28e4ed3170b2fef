import type { AccountDraft } from '@/utils/accounts/account';
import type { OtpAlgorithm, OtpDigits } from '@/utils/otp/otp';
import { normalizeBase32 } from '@/utils/otp/base32';

export class OtpauthUriError extends Error {
  override name = 'OtpauthUriError';
}

const ALGORITHM_NAMES: Record<string, OtpAlgorithm> = {
  SHA1: 'SHA1',
  'SHA-1': 'SHA1',
  SHA256: 'SHA256',
  'SHA-256': 'SHA256',
  SHA512: 'SHA512',
  'SHA-512': 'SHA512',
};

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    throw new OtpauthUriError('The link contains a broken %-escape.');
  }
}

function integerParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new OtpauthUriError(`"${name}=${raw}" is not a whole number.`);
  return Number(raw.trim());
}

/**
 * Parses the Key URI Format (otpauth://TYPE/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=…&digits=…&period=…)
 * into a draft, with a message naming what is wrong when it cannot.
 */
export function parseOtpauthUri(input: string): Omit<AccountDraft, 'domains'> {
  const text = input.trim();
  const match = /^otpauth:\/\/([^/?#]*)\/?([^?#]*)(?:\?([^#]*))?/i.exec(text);
  if (!match) {
    if (/^otpauth-migration:/i.test(text)) {
      throw new OtpauthUriError('This is a Google Authenticator export link; use Import to read it.');
    }
    throw new OtpauthUriError('This is not an otpauth:// link.');
  }
  const kind = (match[1] ?? '').toLowerCase();
  if (kind !== 'totp' && kind !== 'hotp') {
    throw new OtpauthUriError(`"${match[1]}" is not a code type Tessera knows (expected totp or hotp).`);
  }
  const params = new URLSearchParams(match[3] ?? '');
  const path = decodeComponent(match[2] ?? '');
  const colon = path.indexOf(':');
  const pathIssuer = colon >= 0 ? path.slice(0, colon).trim() : '';
  const label = (colon >= 0 ? path.slice(colon + 1) : path).trim();
  const issuer = (params.get('issuer') ?? '').trim() || pathIssuer;

  const rawSecret = params.get('secret');
  if (!rawSecret) throw new OtpauthUriError('The link has no secret.');
  let secret: string;
  try {
    secret = normalizeBase32(rawSecret);
  } catch (error) {
    throw new OtpauthUriError(`The link's secret is not valid: ${(error as Error).message}`);
  }

  const algorithmName = (params.get('algorithm') ?? 'SHA1').trim().toUpperCase();
  const algorithm = ALGORITHM_NAMES[algorithmName];
  if (!algorithm) throw new OtpauthUriError(`The algorithm "${algorithmName}" is not supported (SHA1, SHA256 or SHA512).`);
  const digits = integerParam(params, 'digits', 6);
  if (digits !== 6 && digits !== 7 && digits !== 8) throw new OtpauthUriError(`Codes of ${digits} digits are not supported (6–8).`);
  const period = integerParam(params, 'period', 30);
  if (kind === 'totp' && (period < 1 || period > 3600)) throw new OtpauthUriError(`A period of ${period} s is not supported.`);
  if (kind === 'hotp' && params.get('counter') === null) throw new OtpauthUriError('An HOTP link must give its counter.');
  const counter = integerParam(params, 'counter', 0);
  if (!Number.isSafeInteger(counter)) throw new OtpauthUriError('The counter is too large.');

  return { kind, issuer, label, secret, algorithm, digits: digits as OtpDigits, period, counter };
}
