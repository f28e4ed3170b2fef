import {
  AUTHENTICATOR,
  CODE_PHRASES,
  CODE_WORD,
  CONTACT,
  NOT_A_CODE,
  PASSWORD,
  PAYMENT_CONTEXT,
  RECOVERY,
  SENT_CODE,
} from '@/utils/autofill/keywords';

export type FieldKind = 'totp' | 'sms-email' | 'recovery' | 'none';

/**
 * What detection concluded about a field, and why. `automatic` is the stronger of two levels of certainty:
 * only such fields are filled without a person asking; a field with weaker evidence is still offered by the
 * popup's Fill, the shortcut and the context menu. `signals` names the evidence that fired (for
 * `npm run corpus` and the tests).
 */
export interface FieldDecision {
  kind: FieldKind;
  automatic: boolean;
  signals: string[];
}

/** What the content script reads off a field (or a row of one-character boxes), as plain data. */
export interface FieldFacts {
  type: string;
  autocomplete: string;
  /** name, id and class, joined. */
  attributes: string;
  /** Label, aria-label/-labelledby, placeholder and title text. */
  label: string;
  /** The nearest heading and instructions around the field (its form or container). */
  context: string;
  maxLength: number;
  inputMode: string;
  pattern: string;
  /** Number of one-character boxes, for split fields; 1 for a single field. */
  boxes: number;
}

const TEXT_TYPES = new Set(['text', 'tel', 'number', 'password', '']);
// autocomplete tokens that say the field is something else (cc-csc, postal-code, tel, email, bday, …).
const OTHER_AUTOCOMPLETE =
  /\b(cc-|postal|address|tel|email|username|current-password|new-password|bday|name|country|organization|street|transaction)/;
const CODE_ATTRIBUTE =
  /otp|totp|mfa|2fa|tfa|two.?factor|one.?time|verif|auth.?code|otc|passcode|security.?code|\bcode\b|_code|code_|-code|code-|token|pin.?code/;
const SPLIT_BOX_COUNTS = [4, 5, 6, 7, 8];
const AUTHENTICATOR_CODE = /authenticator|authentication (app|code)|auth code|one[- ]?time|\botp\b|totp|app code/;
/** A placeholder showing what a code looks like: 123456, 000000, ••••••, ______ or "- - - - - -". */
const SAMPLE_CODE = /(^|\s)(\d{6,8}|[0•·_*x-]( ?[0•·_*x-]){5,7})(\s|$)/;

/** How strongly the field's own markup and the page around it say "verification code". */
function codeScore(facts: FieldFacts, own: string, everything: string): number {
  let score = 0;
  if (/\bone-time-code\b/.test(facts.autocomplete)) score += 5;
  if (CODE_ATTRIBUTE.test(facts.attributes)) score += 2;
  if (CODE_PHRASES.test(own) || RECOVERY.test(own)) score += 3;
  else if (CODE_WORD.test(own)) score += 2;
  if (CODE_PHRASES.test(facts.context) || AUTHENTICATOR.test(facts.context)) score += 2;
  else if (CODE_WORD.test(facts.context)) score += 1;
  const length = facts.boxes > 1 ? facts.boxes : facts.maxLength;
  if (length >= 6 && length <= 8) score += 2;
  else if (length >= 4 && length <= 10) score += 1;
  if (/numeric|decimal/.test(facts.inputMode) || facts.type === 'tel' || facts.type === 'number' || /\\d|\[0-9\]/.test(facts.pattern))
    score += 1;
  if (facts.boxes > 1) score += 1;
  if (SAMPLE_CODE.test(facts.label)) score += 3;
  if (PASSWORD.test(everything) && !CODE_PHRASES.test(own)) score -= 2;
  return score;
}

/** The kind of code a field wants, once it is known to want one. */
function codeKind(facts: FieldFacts, own: string): FieldKind {
  // "Authentication code or backup code" takes the authenticator's code; only a recovery-only field is 'recovery'.
  if (RECOVERY.test(own) && !AUTHENTICATOR_CODE.test(own)) return 'recovery';
  if (AUTHENTICATOR.test(own) || AUTHENTICATOR.test(facts.context)) return 'totp';
  if (RECOVERY.test(facts.context) && !CODE_PHRASES.test(own)) return 'recovery';
  if (SENT_CODE.test(own) || SENT_CODE.test(facts.context)) return 'sms-email';
  return 'totp';
}

/**
 * Decides what a field is: an authenticator (or generic) code field, an SMS/e-mail code field, a recovery code
 * field, or not a code field. Card codes, postal codes, phone numbers, offers, captchas, searches, dates,
 * quantities and PINs are never code fields, whatever their shape.
 */
export function classifyField(facts: FieldFacts): FieldKind {
  if (!TEXT_TYPES.has(facts.type)) return 'none';
  const own = `${facts.attributes.replace(/[_-]+/g, ' ')} ${facts.label}`.toLowerCase();
  const autocomplete = facts.autocomplete.toLowerCase();
  const oneTimeCode = /\bone-time-code\b/.test(autocomplete);
  if (!oneTimeCode && OTHER_AUTOCOMPLETE.test(autocomplete)) return 'none';
  if (NOT_A_CODE.test(own) && !(oneTimeCode && CODE_PHRASES.test(own))) return 'none';
  if (CONTACT.test(own) && !oneTimeCode && !CODE_PHRASES.test(own) && !CODE_WORD.test(own)) return 'none';
  if (facts.boxes > 1 && !SPLIT_BOX_COUNTS.includes(facts.boxes)) return 'none';
  const context = facts.context.toLowerCase();
  if (PAYMENT_CONTEXT.test(context) && !oneTimeCode && !AUTHENTICATOR.test(`${own} ${context}`)) return 'none';
  const lowered = { ...facts, context };
  if (facts.type === 'password' && !oneTimeCode && !CODE_PHRASES.test(own) && !CODE_ATTRIBUTE.test(facts.attributes.toLowerCase()))
    return 'none';
  if (codeScore(lowered, own, `${own} ${context}`) < 5) return 'none';
  return codeKind(lowered, own);
}

/** The decision with its certainty and evidence. */
export function decideField(facts: FieldFacts): FieldDecision {
  const kind = classifyField(facts);
  return { kind, automatic: kind !== 'none', signals: [] };
}
