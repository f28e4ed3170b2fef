/**
 * When Tessera may submit a form after filling a code (the person turned auto-submit on): only after a fill a
 * person could see, into the field that has focus, in the top frame or a frame seen as visible; at most once
 * per form, field and code (so a page that re-renders its form after each submit is not sent the same code
 * again and again), at most MAX_SUBMITS_PER_FORM times per form and field in a document's life; and never
 * to another origin.
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

export const MAX_SUBMITS_PER_FORM = 3;

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

export type SubmitRefusal = 'not-seen' | 'not-focused' | 'frame-not-visible' | 'other-origin' | 'already-submitted' | 'too-many';
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
  if (!facts.seen) return { submit: false, reason: 'not-seen' };
  if (!facts.focused) return { submit: false, reason: 'not-focused' };
  if (!facts.frameVisible) return { submit: false, reason: 'frame-not-visible' };
  const action = parse(facts.actionUrl);
  // An opaque origin ("null": data:, javascript:, sandboxed frames) never equals a real one, nor itself.
  if (!action || action.origin === 'null' || action.origin !== facts.pageOrigin) return { submit: false, reason: 'other-origin' };
  // Query and fragment left out: a re-rendered form must not get a fresh key from a changing ?t=… .
  const shape = `${action.origin}${action.pathname}\n${facts.fieldKey}`;
  const codes = ledger.get(shape);
  if (codes?.has(facts.code)) return { submit: false, reason: 'already-submitted' };
  if ((codes?.size ?? 0) >= MAX_SUBMITS_PER_FORM) return { submit: false, reason: 'too-many' };
  return { submit: true, shape };
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

/** Whether the input has focus, through every shadow root it sits in. */
export function isFocused(input: HTMLInputElement): boolean {
  let node: Element = input;
  let root = node.getRootNode();
  while (root instanceof ShadowRoot) {
    if (root.activeElement !== node) return false;
    node = root.host;
    root = node.getRootNode();
  }
  return root instanceof Document && root.activeElement === node;
}

function fieldKeyOf(inputs: readonly HTMLInputElement[]): string {
  return inputs.map((input) => input.name || input.id || `${input.type}#${inputs.indexOf(input)}`).join(',');
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
