import {
  AUTHENTICATOR,
  CODE_PHRASES,
  CODE_WORD,
  CONTACT,
  IMAGE_CAPTCHA,
  NOT_A_CODE,
  PASSWORD,
  PAYMENT_CONTEXT,
  RECOVERY,
  SENT_CODE,
  SENT_CHANNEL,
  SETTING,
  TWO_FACTOR,
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
  /** name and id, joined. */
  attributes: string;
  /** class names (framework classes say little, and never exclude a field). */
  classes: string;
  /** Label, aria-label/-labelledby, placeholder and title text. */
  label: string;
  /** aria-describedby text (help such as "the code expires in 10 minutes"). */
  description: string;
  /** The nearest heading before the field ("Two-factor authentication"). */
  heading: string;
  /** The text of the field's step (its form, dialog or section, with its buttons and links), capped. */
  context: string;
  /** Kinds of the step's other inputs: 'password', 'new-password', 'email', 'name', 'phone', 'date', 'address'. */
  otherFields: string[];
  /** An image or canvas sits beside the field (an image captcha's picture). */
  imageBeside: boolean;
  /** A number input bounded like a setting (min, step, or a max that is not 9…9): a setting, not a code. */
  range: boolean;
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
/** A placeholder showing what a code looks like: 123456, 000000, ••••••, ______ or "- - - - - -". */
const SAMPLE_CODE = /(^|\s)(\d{6,8}|[0•·_*x-]( ?[0•·_*x-]){5,7})(\s|$)/;
const ONE_TIME_PASSWORD = /one[- ]?time|\botp\b|einmal|à usage unique|одноразов|ワンタイム|일회용/;
/** The step holds sign-up, booking, address or change-password fields: a code there is the site's, not an authenticator's. */
function formShape(kinds: string): string | null {
  if (
    /new-password|address/.test(kinds) ||
    (/name/.test(kinds) && /email|password|phone/.test(kinds)) ||
    (/date/.test(kinds) && /name|email/.test(kinds))
  )
    return `form:${kinds.replace(/ /g, '+')}`;
  return null;
}

// name="bypassTwoFactorEmailCode" reads as words: "bypass two factor email code".
const lower = (text: string) =>
  text
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

/** How strongly the field's markup and its step say "verification code"; records what fired. */
function codeScore(facts: FieldFacts, own: string, step: string, signals: string[]): number {
  let score = 0;
  const add = (points: number, signal: string) => {
    score += points;
    signals.push(signal);
  };
  if (/\bone-time-code\b/.test(facts.autocomplete)) add(5, 'autocomplete=one-time-code');
  if (CODE_ATTRIBUTE.test(facts.attributes.toLowerCase())) add(2, 'name/id');
  else if (CODE_ATTRIBUTE.test(facts.classes.toLowerCase())) add(1, 'class');
  if (CODE_PHRASES.test(own) || RECOVERY.test(own)) add(3, 'label:code-phrase');
  else if (CODE_WORD.test(own)) add(2, 'label:code');
  if (TWO_FACTOR.test(facts.heading.toLowerCase())) add(3, 'heading:two-factor');
  else if (CODE_PHRASES.test(step) || AUTHENTICATOR.test(step)) add(2, 'step:code-phrase');
  else if (CODE_WORD.test(step)) add(1, 'step:code');
  const length = facts.boxes > 1 ? facts.boxes : facts.maxLength;
  if (length >= 6 && length <= 8) add(2, `length=${length}`);
  else if (length >= 4 && length <= 10) add(1, `length=${length}`);
  if (/numeric|decimal/.test(facts.inputMode) || facts.type === 'tel' || facts.type === 'number' || /\\d|\[0-9\]/.test(facts.pattern))
    add(1, 'numeric');
  if (facts.boxes > 1) add(1, `boxes=${facts.boxes}`);
  if (SAMPLE_CODE.test(facts.label)) add(3, 'sample-code');
  if (PASSWORD.test(`${own} ${step}`) && !CODE_PHRASES.test(own)) add(-2, 'password-words');
  return score;
}

/** Why the field is not a code field at all, or null. */
function exclusion(facts: FieldFacts, own: string, named: string, step: string, oneTimeCode: boolean): string | null {
  if (!TEXT_TYPES.has(facts.type)) return `type=${facts.type}`;
  if (!oneTimeCode && OTHER_AUTOCOMPLETE.test(facts.autocomplete)) return `autocomplete=${facts.autocomplete}`;
  if (NOT_A_CODE.test(named) && !((oneTimeCode || TWO_FACTOR.test(named)) && CODE_PHRASES.test(named))) return 'not-a-code';
  if (CONTACT.test(named) && !oneTimeCode && !CODE_PHRASES.test(named) && !CODE_WORD.test(named)) return 'contact';
  if (facts.boxes > 1 && !SPLIT_BOX_COUNTS.includes(facts.boxes)) return `boxes=${facts.boxes}`;
  if (facts.boxes === 1 && facts.maxLength > 12 && !oneTimeCode) return `maxlength=${facts.maxLength}`;
  if (PAYMENT_CONTEXT.test(step) && !oneTimeCode && !AUTHENTICATOR.test(`${own} ${step}`)) return 'payment-form';
  if (SETTING.test(named) || (facts.type === 'number' && facts.range && facts.boxes === 1)) return 'setting';
  if (facts.type === 'password' && !oneTimeCode && !(CODE_PHRASES.test(own) && !/password/.test(lower(facts.label))))
    return 'password-field';
  const twoFactor = oneTimeCode || TWO_FACTOR.test(own);
  if (!twoFactor && (facts.imageBeside || IMAGE_CAPTCHA.test(own) || /captcha|the (characters|letters)/.test(step))) return 'image-captcha';
  return null;
}

/**
 * Decides what a field is: an authenticator (or generic) code field, an SMS/e-mail code field, a recovery code
 * field, or not a code field; and whether the evidence is strong enough to fill it without a person asking.
 * Strong: `autocomplete=one-time-code`, or authenticator / two-factor words in the field's own label and
 * attributes or in its step's heading, with no sign the code was sent and no sign-up, booking or password form
 * around it. Anything weaker is only offered.
 */
export function decideField(facts: FieldFacts): FieldDecision {
  const signals: string[] = [];
  const decided = (kind: FieldKind, automatic = false): FieldDecision => ({ kind, automatic: kind === 'totp' && automatic, signals });
  const named = lower(`${facts.attributes} ${facts.label}`);
  const own = `${named} ${facts.description.toLowerCase()}`;
  const heading = facts.heading.toLowerCase();
  const step = `${heading} ${facts.context.toLowerCase()}`;
  const oneTimeCode = /\bone-time-code\b/.test(facts.autocomplete);
  const excluded = exclusion(facts, own, named, step, oneTimeCode);
  if (excluded) return (signals.push(excluded), decided('none'));
  if (codeScore(facts, own, step, signals) < 5) return decided('none');

  // "Authentication code or backup code" takes the authenticator's code; only a recovery-only field is 'recovery'.
  const ownAuthenticator = AUTHENTICATOR.test(own) || TWO_FACTOR.test(own);
  if (RECOVERY.test(own) && !ownAuthenticator) return (signals.push('recovery'), decided('recovery'));
  // "Two-factor e-mail code" is still sent by e-mail; only an authenticator app named by the field itself wins.
  if (SENT_CHANNEL.test(own) && !AUTHENTICATOR.test(own)) return (signals.push('own:sent'), decided('sms-email'));
  const stepAuthenticator = AUTHENTICATOR.test(step);
  if (!ownAuthenticator && !stepAuthenticator) {
    if (RECOVERY.test(step) && !CODE_PHRASES.test(own)) return (signals.push('step:recovery'), decided('recovery'));
    if (SENT_CODE.test(step)) return (signals.push('step:sent'), decided('sms-email'));
    if (facts.otherFields.some((kind) => kind === 'phone' || kind === 'email') && !TWO_FACTOR.test(heading))
      return (signals.push('step:contact-field'), decided('sms-email'));
  }
  const shape = formShape(facts.otherFields.join(' '));
  if (shape) {
    signals.push(shape);
    if (!oneTimeCode && !ONE_TIME_PASSWORD.test(own) && !ownAuthenticator) return decided('none');
    return decided('totp');
  }
  if (ownAuthenticator) signals.push('own:two-factor');
  else if (stepAuthenticator) signals.push('step:authenticator');
  const strong = oneTimeCode || ownAuthenticator || stepAuthenticator || TWO_FACTOR.test(heading);
  // A code box beside the sign-in's own password: the second factor comes after the password, so a person asks.
  if (facts.otherFields.includes('password')) return (signals.push('form:password'), decided('totp'));
  return decided('totp', strong);
}

/** The kind alone, for callers that do not care about certainty. */
export function classifyField(facts: FieldFacts): FieldKind {
  return decideField(facts).kind;
}
