import { generateSync } from 'otplib';
import { counterToBytes, createGuardrails, dynamicTruncate, type HashAlgorithm } from '@otplib/core';
import { NobleCryptoPlugin } from '@otplib/plugin-crypto-noble';

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

/** Steam Guard: TOTP with SHA-1 and a 30 s step, written as 5 characters of Steam's own alphabet. */
export interface SteamParams {
  kind: 'steam';
  period: 30;
}

export type OtpParams = TotpParams | HotpParams | SteamParams;
export type TimeBasedParams = TotpParams | SteamParams;

const HASH: Record<OtpAlgorithm, HashAlgorithm> = { SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512' };
const STEAM_ALPHABET = '23456789BCDFGHJKMNPQRTVWXY';
export const STEAM_CODE_LENGTH = 5;

// Real sites hand out 80-bit (10-byte) secrets; otplib's default minimum of 16 bytes would refuse them.
const guardrails = createGuardrails({ MIN_SECRET_BYTES: 1, MAX_SECRET_BYTES: 1024 });
const noble = new NobleCryptoPlugin();

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

/** otplib's HMAC and truncation, with Steam's alphabet in place of decimal digits. */
export function steamCode(secret: Uint8Array, nowMs: number): string {
  const counter = Math.floor(nowMs / 1000 / 30);
  let value = dynamicTruncate(noble.hmac('sha1', secret, counterToBytes(counter)));
  let code = '';
  for (let i = 0; i < STEAM_CODE_LENGTH; i++) {
    code += STEAM_ALPHABET[value % STEAM_ALPHABET.length];
    value = Math.floor(value / STEAM_ALPHABET.length);
  }
  return code;
}

export function timeBasedCode(secret: Uint8Array, params: TimeBasedParams, nowMs: number): string {
  return params.kind === 'steam' ? steamCode(secret, nowMs) : totpCode(secret, params, nowMs);
}

/** Seconds until the current TOTP step ends (1…period). */
export function secondsLeft(period: number, nowMs: number): number {
  return period - (Math.floor(nowMs / 1000) % period);
}
