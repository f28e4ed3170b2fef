/**
 * When Tessera may submit a form after filling a code (the person turned auto-submit on): only after a fill a
 * person could see, into the field that has focus, in the top frame or a frame seen as visible; at most once
 * per form, field and code (so a page that re-renders its form after each submit is not sent the same code
 * again and again); and never to another origin.
 *
 * Why "same origin" and not "same site as the account": the background already decided that this frame's
 * origin is bound to the account before it handed out the code, but the content script has no public-suffix
 * list to tell whether another host is the same registrable domain. Requiring the form's action to have the
 * frame's own origin (an empty or relative action always does) is the conservative rule: a form injected into
 * a page (no script needed) that posts elsewhere never carries the code away by itself; the person can still
 * press the page's button.
 *
 * `decideSubmit` is pure; `SubmitGuard` gathers the facts from the DOM and submits.
 */
import { isFillable } from '@/utils/autofill/fillable';

export interface SubmitFacts {
  /** The frame's own origin (`location.origin`). */
  pageOrigin: string;
  /** The form's action, resolved against the document (empty action = the document's URL). */
  actionUrl: string;
  /** What identifies the filled field within its form across re-renders (names or ids). */
  fieldKey: string;
  code: string;
  /** The filled field passed isFillable just now. */
  seen: boolean;
  /** The filled field is the focused element (through shadow roots). */
  focused: boolean;
  /** The top frame, or a child frame that whenVisibleToPerson reported visible. */
  frameVisible: boolean;
}

export type SubmitRefusal = 'not-seen' | 'not-focused' | 'frame-not-visible' | 'other-origin' | 'already-submitted';
export type SubmitDecision = { submit: true; shape: string } | { submit: false; reason: SubmitRefusal };

/** For each form and field (action origin + path, field names), the codes already submitted into it. */
export type SubmitLedger = Map<string, Set<string>>;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function decideSubmit(facts: SubmitFacts, ledger: SubmitLedger): SubmitDecision {
  const action = parse(facts.actionUrl);
  // Query and fragment left out: a re-rendered form must not get a fresh key from a changing ?t=… .
  const shape = `${action?.origin}${action?.pathname}\n${facts.fieldKey}`;
  const reason: SubmitRefusal | null = !facts.seen
    ? 'not-seen'
    : !facts.focused
      ? 'not-focused'
      : !facts.frameVisible
        ? 'frame-not-visible'
        : // An opaque origin ("null": data:, javascript:, sandboxed frames) never equals a real one, nor itself.
          !action || action.origin === 'null' || action.origin !== facts.pageOrigin
          ? 'other-origin'
          : ledger.get(shape)?.has(facts.code)
            ? 'already-submitted'
            : null;
  return reason ? { submit: false, reason } : { submit: true, shape };
}

export function recordSubmit(ledger: SubmitLedger, shape: string, code: string): void {
  ledger.set(shape, (ledger.get(shape) ?? new Set()).add(code));
}

// ---- DOM side ----

// Read through the prototype: a form's named properties are clobbered by its own inputs
// (<input name="action">, <input name="requestSubmit">), in the content script's world too. Looked up when
// used, so the pure part above loads without a DOM.
const formActionOf = (form: HTMLFormElement): string =>
  Object.getOwnPropertyDescriptor(HTMLFormElement.prototype, 'action')!.get!.call(form) as string;

/**
 * Whether the input has focus: a shadow root's activeElement is set only while focus is inside that shadow
 * tree, so the input's own root answers for every root around it too.
 */
export const isFocused = (input: HTMLInputElement): boolean => (input.getRootNode() as Document | ShadowRoot).activeElement === input;

function fieldKeyOf(inputs: readonly HTMLInputElement[]): string {
  return inputs.map((input) => input.name || input.id).join(',');
}

/** One per content script (per document): remembers what it submitted for the document's whole life. */
export class SubmitGuard {
  private readonly ledger: SubmitLedger = new Map();

  /** Submits the form of a field just filled with `code`, when the rules above allow it; says what it did. */
  submitAfterFill(inputs: readonly HTMLInputElement[], code: string, frameVisible: boolean): SubmitDecision {
    const last = inputs.at(-1);
    const form = last?.form;
    if (!last || !form) return { submit: false, reason: 'not-seen' };
    const decision = decideSubmit(
      {
        pageOrigin: location.origin,
        actionUrl: formActionOf(form),
        fieldKey: fieldKeyOf(inputs),
        code,
        seen: inputs.every(isFillable),
        focused: inputs.some(isFocused),
        frameVisible,
      },
      this.ledger,
    );
    if (decision.submit) {
      recordSubmit(this.ledger, decision.shape, code);
      HTMLFormElement.prototype.requestSubmit.call(form);
    }
    return decision;
  }
}
