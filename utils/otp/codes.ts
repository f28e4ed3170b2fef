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

export function codeView(account: Account, nowMs: number): CodeView {
  const { otp } = account;
  if (otp.kind === 'hotp') {
    return { id: account.id, code: null, nextCode: null, period: null, secondsLeft: null };
  }
  const { period } = otp;
  const left = secondsLeft(period, nowMs);
  return {
    id: account.id,
    code: timeBasedCode(secretOf(account), otp, nowMs),
    nextCode: left <= SHOW_NEXT_CODE_WITHIN_S ? timeBasedCode(secretOf(account), otp, nowMs + period * 1000) : null,
    period,
    secondsLeft: left,
  };
}
