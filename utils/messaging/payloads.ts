import type { AccountDraft, AccountEdit, OtpKind } from '@/utils/accounts/account';
import type { OtpAlgorithm, OtpDigits } from '@/utils/otp/otp';
import type { Settings } from '@/utils/storage';
import { listOf, loosely, number, object, onOff, optional, text, type Validator } from '@/utils/messaging/validate';

/**
 * The payload parts several requests share. Kinds are checked here; the rules (allowed algorithms, digits,
 * periods, themes, ranges) stay with the draft, edit and settings checks, which explain each one.
 */

const algorithm = loosely(text, 'SHA1' as OtpAlgorithm);
const digits = loosely(number, 6 as OtpDigits);

const draftFields = {
  issuer: text,
  label: text,
  secret: text,
  kind: loosely(text, 'totp' as OtpKind),
  algorithm,
  digits,
  period: number,
  counter: number,
};

export const draftPayload: Validator<AccountDraft> = object({ ...draftFields, domains: listOf(text) });

/** An entry of another app's export, with the sites the person confirmed for it in the preview (none when absent). */
export const importDraftPayload: Validator<Omit<AccountDraft, 'domains'> & { domains?: string[] }> = object({
  ...draftFields,
  domains: optional(listOf(text)),
});

export const editPayload: Validator<AccountEdit> = object({
  issuer: optional(text),
  label: optional(text),
  domains: optional(listOf(text)),
  algorithm: optional(algorithm),
  digits: optional(digits),
  period: optional(number),
});

export const settingsPayload: Validator<Partial<Settings>> = object({
  autoLockMinutes: optional(number),
  autoFill: optional(onOff),
  autoSubmit: optional(onOff),
  clipboardClearSeconds: optional(number),
  theme: optional(loosely(text, 'system' as Settings['theme'])),
  language: optional(text),
  hideCodes: optional(onOff),
  recheckGraceSeconds: optional(number),
});
