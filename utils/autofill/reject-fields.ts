import { CODE_PHRASES, CODE_WORD, RECOVERY } from '@/utils/autofill/keywords';

/**
 * The cheap first look at an input, before any text around it is read: attributes only, and a label's own
 * text for inputs whose attributes say nothing either way. What it turns down can never be a code field
 * (detection would read the page's text only to say "none"); what it lets through is decided by detection.
 */

const any = (attribute: string, words: string[], match = '*=') => words.map((word) => `[${attribute}${match}"${word}" i]`).join();

/** Words in a name, id or placeholder that say the field is something else (an address, an account, a search, …). */
const OTHER_WORDS =
  'mail|user|name|login|search|address|street|city|zip|postal|phone|mobile|first|last|company|comment|message|subject|title|qty|quantity|amount|price|birth|coupon|promo|card';
/** Words in a name, id or class that point at a code after all. */
const CODE_WORDS = 'code|otp|auth|verif|token|pin|mfa|2fa|tfa|digit|factor|passcode|secur|confirm';
// autocomplete tokens for what a person types from memory or an address book, never a code.
const OTHER_AUTOCOMPLETE = `${any('autocomplete', 'email username current-password new-password tel postal-code street-address given-name family-name name'.split(' '), '~=')},[autocomplete^=cc- i]`;
const saysOther = (attribute: string) =>
  `:is(${any(attribute, OTHER_WORDS.split('|'))},[${attribute}=q i]):not(${any(attribute, CODE_WORDS.split('|'))})`;

/**
 * The inputs worth a look, as one selector so that the browser turns down the rest in native code without a
 * script touching them: text-like types; no autocomplete token or name or id that says "e-mail", "address",
 * "search", … unless it also says "code"; never one-time-code turned down.
 */
export const CANDIDATE_INPUTS =
  'input:is(:not([type]),[type=""],[type=text i],[type=tel i],[type=number i],[type=password i])' +
  `:not(:is(${OTHER_AUTOCOMPLETE}):not([autocomplete*=one-time-code i]),${saysOther('name')},${saysOther('id')})`;

const OTHER_FIELD = new RegExp(OTHER_WORDS);
const CODE_HINT = new RegExp(`${CODE_WORDS}|one.?time|challenge|recovery|backup`);
/** A placeholder showing a code's shape: 123456, ••••••, ______, "- - - - - -". */
const SAMPLE = /\d{4}|[•·_*x0-]\s?[•·_*x0-]\s?[•·_*x0-]/;

const says = (text: string) => CODE_HINT.test(text) || CODE_PHRASES.test(text) || CODE_WORD.test(text) || RECOVERY.test(text);

/** `for` targets of the labels under each root, indexed once per scan instead of searched once per input. */
export type LabelIndex = (input: HTMLInputElement) => string;

export function createLabelIndex(): LabelIndex {
  const byRoot = new Map<Node, Map<string, string>>();
  return (input) => {
    if (!input.id) return '';
    const root = input.getRootNode() as Document | ShadowRoot;
    let labels = byRoot.get(root);
    if (!labels) {
      labels = new Map();
      for (const label of root.querySelectorAll('label[for]')) labels.set(label.getAttribute('for')!, label.textContent ?? '');
      byRoot.set(root, labels);
    }
    return labels.get(input.id) ?? '';
  };
}

function ownLabel(input: HTMLInputElement, labelFor: LabelIndex): string {
  const root = input.getRootNode() as Document | ShadowRoot;
  const named = root.getElementById?.(input.getAttribute('aria-labelledby') ?? '')?.textContent;
  return `${input.closest('label')?.textContent ?? ''} ${labelFor(input)} ${named ?? ''}`;
}

/**
 * Whether an input among CANDIDATE_INPUTS may be a code field: not when its placeholder or aria-label says
 * it is something else and nothing says "code"; not when neither its shape (a length limit, digits, one-time-code) nor its attributes nor its label say
 * anything about a code. Cheapest reads first: most inputs of a page are turned down by their name alone.
 */
export function mayBeCodeField(input: HTMLInputElement, labelFor: LabelIndex): boolean {
  const autocomplete = (input.getAttribute('autocomplete') ?? '').toLowerCase();
  if (autocomplete.includes('one-time-code')) return true;
  // Names and ids are written by developers (ASCII, English words); placeholders and labels are in the page's language.
  const written = `${input.name} ${input.id} ${input.getAttribute('class') ?? ''}`.toLowerCase();
  const shown = `${input.getAttribute('placeholder') ?? ''} ${input.getAttribute('aria-label') ?? ''} ${input.title}`.toLowerCase();
  const hinted = CODE_HINT.test(written) || (shown.length > 2 && says(shown));
  if (hinted || SAMPLE.test(shown)) return true;
  if (OTHER_FIELD.test(shown)) return false;
  const type = input.getAttribute('type')?.toLowerCase() ?? '';
  const shaped =
    type === 'tel' ||
    type === 'number' ||
    (input.maxLength > 0 && input.maxLength <= 10) ||
    /numeric|decimal/.test(input.inputMode) ||
    input.pattern !== '';
  if (shaped && type !== 'password') return true;
  return says(ownLabel(input, labelFor).toLowerCase());
}
