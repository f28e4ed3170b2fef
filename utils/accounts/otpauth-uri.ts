import type { AccountDraft, OtpKind } from '@/utils/accounts/account';
import { algorithmNamed } from '@/utils/otp/algorithm-names';
import type { OtpDigits } from '@/utils/otp/otp';
import { normalizeBase32 } from '@/utils/otp/base32';
import { t } from '@/utils/i18n/t';

export class OtpauthUriError extends Error {
  override name = 'OtpauthUriError';
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, '%20'));
  } catch {
    throw new OtpauthUriError(t('uri_bad_escape'));
  }
}

function integerParam(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  if (!/^\d+$/.test(raw.trim())) throw new OtpauthUriError(t('uri_not_whole_number', name, raw));
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
    throw new OtpauthUriError(t('uri_not_otpauth'));
  }
  const type = (match[1] ?? '').toLowerCase();
  if (type !== 'totp' && type !== 'hotp' && type !== 'steam') {
    throw new OtpauthUriError(t('uri_unknown_type', match[1] ?? ''));
  }
  const params = new URLSearchParams(match[3] ?? '');
  // The issuer/account separator is a literal ":" or, from some generators, "%3A". Split before decoding, so
  // an encoded colon inside an issuer is not taken for the separator when a literal one follows.
  const rawPath = match[2] ?? '';
  const separator = rawPath.includes(':') ? /:/ : /%3A/i;
  const [rawIssuer, ...rest] = rawPath.split(separator);
  const hasPrefix = rest.length > 0;
  const pathIssuer = hasPrefix ? decodeComponent(rawIssuer ?? '').trim() : '';
  const label = decodeComponent(hasPrefix ? rest.join(rawPath.includes(':') ? ':' : '%3A') : rawPath).trim();
  const issuer = (params.get('issuer') ?? '').trim() || pathIssuer;
  // Steam Guard links come as otpauth://steam/…, with encoder=steam, or as a plain TOTP link issued by Steam.
  const isSteam =
    type === 'steam' || params.get('encoder')?.toLowerCase() === 'steam' || (type === 'totp' && issuer.toLowerCase() === 'steam');
  const kind: OtpKind = isSteam ? 'steam' : type === 'hotp' ? 'hotp' : 'totp';

  const rawSecret = params.get('secret');
  if (!rawSecret) throw new OtpauthUriError(t('uri_no_secret'));
  let secret: string;
  try {
    secret = normalizeBase32(rawSecret);
  } catch (error) {
    throw new OtpauthUriError(t('uri_bad_secret', (error as Error).message));
  }

  const algorithmName = (params.get('algorithm') ?? 'SHA1').trim().toUpperCase();
  const algorithm = algorithmNamed(algorithmName);
  if (!algorithm) throw new OtpauthUriError(t('uri_bad_algorithm', algorithmName));
  const digits = integerParam(params, 'digits', 6);
  if (kind !== 'steam' && digits !== 6 && digits !== 7 && digits !== 8) throw new OtpauthUriError(t('uri_bad_digits', digits));
  const period = integerParam(params, 'period', 30);
  if (kind === 'totp' && (period < 1 || period > 3600)) throw new OtpauthUriError(t('uri_bad_period', period));
  if (kind === 'hotp' && params.get('counter') === null) throw new OtpauthUriError(t('uri_hotp_no_counter'));
  const counter = integerParam(params, 'counter', 0);
  if (!Number.isSafeInteger(counter)) throw new OtpauthUriError(t('uri_counter_too_large'));

  if (kind === 'steam') return { kind, issuer: issuer || 'Steam', label, secret, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 };
  return { kind, issuer, label, secret, algorithm, digits: digits as OtpDigits, period, counter };
}

/** The Key URI Format link for an account, as authenticator apps read it (Steam in the steam-totp form). */
export function formatOtpauthUri(account: Omit<AccountDraft, 'domains'>): string {
  // Without an issuer, a label holding ":" gets an empty prefix so its encoded colon is not read as the separator.
  const name =
    account.issuer || account.label.includes(':')
      ? `${encodeURIComponent(account.issuer)}:${encodeURIComponent(account.label)}`
      : encodeURIComponent(account.label);
  const params = new URLSearchParams({ secret: account.secret });
  if (account.issuer) params.set('issuer', account.issuer);
  if (account.kind === 'steam') {
    params.set('encoder', 'steam');
    return `otpauth://totp/${name}?${params.toString()}`;
  }
  params.set('algorithm', account.algorithm);
  params.set('digits', String(account.digits));
  if (account.kind === 'hotp') params.set('counter', String(account.counter));
  else params.set('period', String(account.period));
  return `otpauth://${account.kind}/${name}?${params.toString()}`;
}
