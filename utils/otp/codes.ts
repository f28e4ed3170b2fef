import type { Account } from '@/utils/accounts/account';
import type { CodeView } from '@/utils/messaging/protocol';
import { decodeBase32 } from '@/utils/otp/base32';
import { counterCode, keyFor, secondsLeft, stepAt, timeBasedCodeWithKey, type OtpKey } from '@/utils/otp/otp';

/** Within this many seconds of a step's end the next code is shown as well. */
export const SHOW_NEXT_CODE_WITHIN_S = 5;

// Keyed once per account object while the vault is unlocked (the decrypted accounts live as long as that);
// an edited account is a new object, so a stale key is never used.
const keys = new WeakMap<Account, OtpKey>();

function keyOf(account: Account): OtpKey {
  let key = keys.get(account);
  if (!key) {
    key = keyFor(decodeBase32(account.secret), account.otp);
    keys.set(account, key);
  }
  return key;
}

/** The current code of a time-based account (TOTP or Steam); null for HOTP, whose codes cost a counter step. */
export function currentTimeCode(account: Account, nowMs: number): string | null {
  if (account.otp.kind === 'hotp') return null;
  return timeBasedCodeWithKey(keyOf(account), account.otp, nowMs);
}

/** An HOTP account's code for one counter value. */
export function hotpCodeAt(account: Account, counter: number): string {
  if (account.otp.kind !== 'hotp') throw new TypeError('not an HOTP account');
  return counterCode(keyOf(account), counter, account.otp.digits);
}

// Codes change once per step: a popup opened again within the step costs no HMAC.
const stepCache = new WeakMap<Account, { step: number; code: string; next: string | null }>();

function codesForStep(account: Account, otp: Exclude<Account['otp'], { kind: 'hotp' }>, nowMs: number, wantNext: boolean) {
  const step = stepAt(otp.period, nowMs);
  let cached = stepCache.get(account);
  if (cached?.step !== step) {
    cached = { step, code: timeBasedCodeWithKey(keyOf(account), otp, nowMs), next: null };
    stepCache.set(account, cached);
  }
  if (wantNext && cached.next === null) cached.next = timeBasedCodeWithKey(keyOf(account), otp, nowMs + otp.period * 1000);
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
