import type { OtpAlgorithm, OtpDigits, OtpParams } from '@/utils/otp/otp';

/** Everything Tessera knows about one account. Lives only inside an encrypted record. */
export interface Account {
  id: string;
  issuer: string;
  label: string;
  /** Canonical Base32, upper case, no padding. */
  secret: string;
  otp: OtpParams;
  /** Registrable domains or exact hosts this account's codes may be filled on. */
  domains: string[];
  notes: string;
  createdAt: number;
  updatedAt: number;
}

/** What the popup sends to add an account: the user's words, before validation. */
export interface AccountDraft {
  issuer: string;
  label: string;
  secret: string;
  kind: 'totp' | 'hotp';
  algorithm: OtpAlgorithm;
  digits: OtpDigits;
  period: number;
  counter: number;
  domains: string[];
}

/** The parts of an account any trusted page may see: never the secret. */
export interface AccountSummary {
  id: string;
  issuer: string;
  label: string;
  kind: 'totp' | 'hotp';
  algorithm: OtpAlgorithm;
  digits: OtpDigits;
  period: number | null;
  counter: number | null;
  domains: string[];
  createdAt: number;
  updatedAt: number;
}

export interface AccountEdit {
  issuer?: string;
  label?: string;
  domains?: string[];
}

export function summarize(account: Account): AccountSummary {
  return {
    id: account.id,
    issuer: account.issuer,
    label: account.label,
    kind: account.otp.kind,
    algorithm: account.otp.algorithm,
    digits: account.otp.digits,
    period: account.otp.kind === 'totp' ? account.otp.period : null,
    counter: account.otp.kind === 'hotp' ? account.otp.counter : null,
    domains: account.domains,
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
  };
}
