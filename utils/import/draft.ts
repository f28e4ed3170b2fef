import type { OtpKind } from '@/utils/accounts/account';
import { OtpauthUriError } from '@/utils/accounts/otpauth-uri';
import { Base32Error, encodeBase32, normalizeBase32 } from '@/utils/otp/base32';
import { algorithmNamed } from '@/utils/otp/algorithm-names';
import type { OtpAlgorithm, OtpDigits } from '@/utils/otp/otp';
import { EntryError } from '@/utils/import/errors';
import * as msg from '@/utils/import/messages';
import type { ImportDraft, ImportFailure, ImportPreview } from '@/utils/import/types';

export interface RawEntry {
  kind: OtpKind;
  issuer?: string;
  label?: string;
  /** Base32 text, or the raw key bytes for apps that store them (FreeOTP+, Steam). */
  secret: string | Uint8Array | undefined;
  algorithm?: string | undefined;
  digits?: number | string | undefined;
  period?: number | string | undefined;
  counter?: number | string | undefined;
}

export function secretFrom(secret: RawEntry['secret']): string {
  if (secret instanceof Uint8Array) {
    if (secret.length === 0) throw new EntryError(msg.noSecret());
    return encodeBase32(secret);
  }
  const raw = (secret ?? '').trim();
  if (raw === '') throw new EntryError(msg.noSecret());
  try {
    return normalizeBase32(raw);
  } catch (error) {
    throw new EntryError(msg.badSecret(error instanceof Error ? error.message : String(error)));
  }
}

export function algorithmFrom(name: string | undefined): OtpAlgorithm {
  const key = (name ?? '').trim().toUpperCase();
  if (key === '') return 'SHA1';
  const algorithm = algorithmNamed(key);
  if (!algorithm) throw new EntryError(msg.unsupportedAlgorithm(name ?? ''));
  return algorithm;
}

function wholeNumber(value: number | string | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
}

/**
 * Turns one app's entry into a draft, applying the same limits as the otpauth parser so that every format
 * is held to one standard. Throws EntryError with the reason when the entry cannot be used.
 */
export function buildDraft(raw: RawEntry): ImportDraft {
  const issuer = (raw.issuer ?? '').trim();
  const label = (raw.label ?? '').trim();
  const secret = secretFrom(raw.secret);
  // Steam codes are fixed (SHA-1, 30 s, 5 characters); store the same neutral values parseOtpauthUri does.
  if (raw.kind === 'steam')
    return { kind: 'steam', issuer: issuer || 'Steam', label, secret, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 };
  const algorithm = algorithmFrom(raw.algorithm);
  const digits = wholeNumber(raw.digits, 6);
  if (digits !== 6 && digits !== 7 && digits !== 8) throw new EntryError(msg.badDigits(String(raw.digits)));
  if (raw.kind === 'hotp') {
    const counter = wholeNumber(raw.counter, 0);
    if (counter === undefined || counter < 0) throw new EntryError(msg.badCounter(String(raw.counter)));
    return { kind: 'hotp', issuer, label, secret, algorithm, digits: digits as OtpDigits, period: 30, counter };
  }
  const period = wholeNumber(raw.period, 30);
  if (period === undefined || period < 1 || period > 3600) throw new EntryError(msg.badPeriod(String(raw.period)));
  return { kind: 'totp', issuer, label, secret, algorithm, digits: digits as OtpDigits, period, counter: 0 };
}

/** Maps an app's type name (case-insensitive) to a kind, or throws the "unsupported type" reason. */
export function kindFrom(type: string, names: Record<string, OtpKind>): OtpKind {
  const kind = names[type.trim().toLowerCase()];
  if (!kind) throw new EntryError(msg.unsupportedType(type));
  return kind;
}

export const displayName = (issuer: string, label: string, index: number): string =>
  [issuer.trim(), label.trim()].filter(Boolean).join(': ') || msg.unnamedEntry(index);

/** Collects drafts and per-entry failures, so one bad entry never stops the rest of a file from importing. */
export class EntryList {
  readonly entries: ImportDraft[] = [];
  readonly failures: ImportFailure[] = [];

  add(name: string, read: () => ImportDraft): void {
    try {
      this.entries.push(read());
    } catch (error) {
      this.fail(name, error);
    }
  }

  fail(name: string, error: unknown): void {
    const known = error instanceof EntryError || error instanceof OtpauthUriError || error instanceof Base32Error;
    this.failures.push({ name, reason: known ? error.message : msg.unreadableEntry() });
  }

  preview(format: string): ImportPreview {
    return { format, entries: this.entries, failures: this.failures };
  }
}
