import { generateSync } from 'otplib';
import { createGuardrails, type HashAlgorithm } from '@otplib/core';

export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';
export type OtpDigits = 6 | 7 | 8;

export interface TotpParams {
  kind: 'totp';
  algorithm: OtpAlgorithm;
  digits: OtpDigits;
  period: number;
}

export interface HotpParams {
  kind: 'hotp';
  algorithm: OtpAlgorithm;
  digits: OtpDigits;
  counter: number;
}

export type OtpParams = TotpParams | HotpParams;

const HASH: Record<OtpAlgorithm, HashAlgorithm> = { SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512' };

// Real sites hand out 80-bit (10-byte) secrets; otplib's default minimum of 16 bytes would refuse them.
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 1, MAX_SECRET_BYTES: 1024 });

export function totpCode(secret: Uint8Array, params: Omit<TotpParams, 'kind'>, nowMs: number): string {
  return generateSync({
    strategy: 'totp',
    secret,
    algorithm: HASH[params.algorithm],
    digits: params.digits,
    period: params.period,
    epoch: Math.floor(nowMs / 1000),
    guardrails,
  });
}

export function hotpCode(secret: Uint8Array, params: Omit<HotpParams, 'kind'>): string {
  return generateSync({
    strategy: 'hotp',
    secret,
    algorithm: HASH[params.algorithm],
    digits: params.digits,
    counter: params.counter,
    guardrails,
  });
}

/** Seconds until the current TOTP step ends (1…period). */
export function secondsLeft(period: number, nowMs: number): number {
  return period - (Math.floor(nowMs / 1000) % period);
}
