import type { Account } from '@/utils/accounts/account';
import type { CodeView } from '@/utils/messaging/protocol';
import { decodeBase32 } from '@/utils/otp/base32';
import { secondsLeft, timeBasedCode } from '@/utils/otp/otp';

/** Within this many seconds of a step's end the next code is shown as well. */
export const SHOW_NEXT_CODE_WITHIN_S = 5;

// Decoded once per account object; an edited account is a new object, so stale bytes are never used.
const secretBytes = new WeakMap<Account, Uint8Array>();

export function secretOf(account: Account): Uint8Array {
  let bytes = secretBytes.get(account);
  if (!bytes) {
    bytes = decodeBase32(account.secret);
    secretBytes.set(account, bytes);
  }
  return bytes;
}

/** The current code of a time-based account (TOTP or Steam); null for HOTP, whose codes cost a counter step. */
export function currentTimeCode(account: Account, nowMs: number): string | null {
  if (account.otp.kind === 'hotp') return null;
  return timeBasedCode(secretOf(account), account.otp, nowMs);
}

// Codes change once per step: a popup opened again within the step costs no HMAC.
const stepCache = new WeakMap<Account, { step: number; code: string; next: string | null }>();

function codesForStep(account: Account, otp: Exclude<Account['otp'], { kind: 'hotp' }>, nowMs: number, wantNext: boolean) {
  const step = Math.floor(nowMs / 1000 / otp.period);
  let cached = stepCache.get(account);
  if (cached?.step !== step) {
    cached = { step, code: timeBasedCode(secretOf(account), otp, nowMs), next: null };
    stepCache.set(account, cached);
  }
  if (wantNext && cached.next === null) cached.next = timeBasedCode(secretOf(account), otp, nowMs + otp.period * 1000);
  return cached;
}

export function codeView(account: Account, nowMs: number): CodeView {
  const { otp } = account;
  if (otp.kind === 'hotp') {
    return { id: account.id, code: null, nextCode: null, period: null, secondsLeft: null };
  }
  const { period } = otp;
  const left = secondsLeft(period, nowMs);
  const { code, next } = codesForStep(account, otp, nowMs, left <= SHOW_NEXT_CODE_WITHIN_S);
  return {
    id: account.id,
    code,
    nextCode: left <= SHOW_NEXT_CODE_WITHIN_S ? next : null,
    period,
    secondsLeft: left,
  };
}
