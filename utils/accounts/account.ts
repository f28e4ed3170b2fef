import { STEAM_CODE_LENGTH, type OtpAlgorithm, type OtpDigits, type OtpParams } from '@/utils/otp/otp';

export type OtpKind = OtpParams['kind'];

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
  /** Single-use recovery codes the site issued; absent in records written before backup codes existed. */
  backupCodes?: BackupCode[];
  pinned?: boolean;
  /** Last copy or fill, for "recently used" ordering. */
  lastUsedAt?: number;
  /** Set when deleted; the record is purged once the undo window has passed. */
  deletedAt?: number;
}

export interface BackupCode {
  code: string;
  used: boolean;
  usedAt?: number;
}

/** What the popup sends to add an account: the user's words, before validation. */
export interface AccountDraft {
  issuer: string;
  label: string;
  secret: string;
  kind: OtpKind;
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
  kind: OtpKind;
  algorithm: OtpAlgorithm;
  /** Code length: 6–8 digits, or 5 characters for Steam. */
  digits: number;
  period: number | null;
  counter: number | null;
  domains: string[];
  createdAt: number;
  updatedAt: number;
  pinned: boolean;
  lastUsedAt: number;
  backupCodesLeft: number;
  backupCodesTotal: number;
}

export interface AccountEdit {
  issuer?: string;
  label?: string;
  domains?: string[];
  algorithm?: OtpAlgorithm;
  digits?: OtpDigits;
  period?: number;
}

export function summarize(account: Account): AccountSummary {
  const { otp } = account;
  return {
    id: account.id,
    issuer: account.issuer,
    label: account.label,
    kind: otp.kind,
    algorithm: otp.kind === 'steam' ? 'SHA1' : otp.algorithm,
    digits: otp.kind === 'steam' ? STEAM_CODE_LENGTH : otp.digits,
    period: otp.kind === 'hotp' ? null : otp.period,
    counter: otp.kind === 'hotp' ? otp.counter : null,
    domains: account.domains,
    createdAt: account.createdAt,
    updatedAt: account.updatedAt,
    pinned: account.pinned === true,
    lastUsedAt: account.lastUsedAt ?? 0,
    backupCodesLeft: (account.backupCodes ?? []).filter((c) => !c.used).length,
    backupCodesTotal: (account.backupCodes ?? []).length,
  };
}
