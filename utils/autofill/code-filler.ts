import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fillField } from '@/utils/autofill/fill';
import { isFillable, isFillableOnRequest } from '@/utils/autofill/fillable';
import { FRAME_VISIBILITY_WAIT_MS, whenVisibleToPerson } from '@/utils/autofill/frame-visibility';
import { SubmitGuard } from '@/utils/autofill/submit-guard';
import { trustedContextTarget } from '@/utils/autofill/trusted-events';
import type { Detector } from '@/utils/autofill/detector';
import { findCandidates, toCodeFields, type CodeField } from '@/utils/autofill/find-fields';
import type { ContentSend } from '@/utils/autofill/send';
import { shadowRootsIn } from '@/utils/autofill/shadow-roots';
import { watchForFields } from '@/utils/autofill/watch-fields';
import type { ContentCommand, FillCommand, FillReport, ProbeReport } from '@/utils/messaging/protocol';

/** What the controller needs of WXT's content-script context: to stop when the extension is reloaded or removed. */
export type FillerContext = Pick<ContentScriptContext, 'isInvalid' | 'onInvalidated' | 'addEventListener'>;

export type CommandHandler = (command: ContentCommand) => Promise<FillReport | ProbeReport>;

export interface CodeFillerOptions {
  ctx: FillerContext;
  /** The way to the background (`sendToBackground`, or a fake in tests and the bench). */
  send: ContentSend;
  /** Subscribes to the background's fill and probe commands; returns the unsubscribe. */
  listen: (handler: CommandHandler) => () => void;
  /** The half of detection that reads words, loaded when a page first shows a candidate (`detectorLoader`). */
  detector: () => Promise<Detector>;
  /** `browser.dom`, where the browser has it: closed shadow roots. */
  dom?: { openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null };
}

export interface CodeFiller {
  start(): void;
}

/**
 * The content script's controller: watches the page for code fields, fills an authenticator-code field by
 * itself only when detection is certain (`automatic`), and answers the background's commands (popup Fill,
 * shortcut, context menu: any code field of the kind asked for, since a person chose it). Everything it
 * starts stops when `ctx` is invalidated.
 */
export function createCodeFiller({ ctx, send, listen, detector, dom }: CodeFillerOptions): CodeFiller {
  const roots: (Document | ShadowRoot)[] = [];
  const handled = new WeakSet<HTMLInputElement>();
  const waiting = new WeakSet<HTMLInputElement>();
  let contextTarget: HTMLInputElement | null = null;
  const submitGuard = new SubmitGuard();
  // In a child frame the frame itself must be visible in its parent; in the top frame isFillable already decided.
  const seenInFrame = (field: CodeField) => whenVisibleToPerson(field.inputs[0]!, AbortSignal.timeout(FRAME_VISIBILITY_WAIT_MS));

  /** The code fields under `root`; the detector is loaded only once a candidate survives the cheap look. */
  async function fieldsIn(root: ParentNode): Promise<CodeField[]> {
    const candidates = findCandidates(root);
    return candidates.length === 0 ? [] : toCodeFields(candidates, await detector());
  }
  const codeFields = async (): Promise<CodeField[]> => (await Promise.all(roots.map(fieldsIn))).flat();
  const fillable = (field: CodeField, kind: CodeField['kind']) => field.kind === kind && field.inputs.every(isFillable);

  function put(field: CodeField, code: string): boolean {
    if (ctx.isInvalid) return false;
    field.inputs.forEach((input) => handled.add(input));
    return fillField(field.inputs, code);
  }

  /**
   * Asks the background for this frame's code (it checks the frame's origin), or for the next unused backup
   * code for a recovery-code field (the background marks it used), and fills it in.
   */
  async function fill(field: CodeField): Promise<FillReport> {
    if (!(await seenInFrame(field))) return { filled: false, reason: 'no-field' };
    const answer = await (field.kind === 'recovery' ? send('content.backupCode', {}) : send('content.code', {}));
    if (!answer.ok) return { filled: false, reason: 'no-account' };
    const result = answer.value;
    if (result.status !== 'code') return { filled: false, reason: result.status };
    if (!put(field, result.code)) return { filled: false, reason: 'not-a-code-field' };
    if (!('left' in result)) {
      if (result.autoSubmit) submitGuard.submitAfterFill(field.inputs, result.code, true);
      return { filled: true };
    }
    return { filled: true, backupCode: { accountId: result.accountId, code: result.code, left: result.left } };
  }

  // Code fields that exist but cannot be seen yet (a later step of the form): filled when they show up.
  const showing = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      showing.unobserve(entry.target);
      const parent = entry.target.parentElement;
      if (parent) void autoFill(parent).catch(() => undefined);
    }
  });

  /** Automatic fill: a visible, empty authenticator-code field detection is sure of, not filled before. */
  async function autoFill(root: ParentNode) {
    for (const field of await fieldsIn(root)) {
      if (field.kind !== 'totp' || !field.automatic || field.inputs.some((input) => handled.has(input) || input.value !== '')) continue;
      const first = field.inputs[0]!;
      if (!field.inputs.every(isFillable)) {
        // Once per field: a transparent or disabled trap stays unfilled instead of being re-checked forever.
        if (!waiting.has(first)) showing.observe(first);
        waiting.add(first);
        continue;
      }
      field.inputs.forEach((input) => handled.add(input));
      void fill(field).catch(() => undefined);
    }
  }

  async function onFill(command: FillCommand): Promise<FillReport> {
    let field: CodeField | undefined;
    if (command.target === 'context-menu') {
      const target = contextTarget;
      field = target ? (await codeFields()).find((f) => f.inputs.includes(target)) : undefined;
      if (!field || !(fillable(field, 'totp') || fillable(field, 'recovery'))) {
        return { filled: false, reason: target ? 'not-a-code-field' : 'no-field' };
      }
    } else {
      const kind = command.want === 'recovery' ? 'recovery' : 'totp';
      const fields = await codeFields();
      const candidates = fields.filter((f) => fillable(f, kind));
      const focused = (f: CodeField) => f.inputs.some((input) => input === document.activeElement);
      // The focused field first, then the surest one.
      field =
        candidates.find(focused) ??
        candidates.find((f) => f.automatic) ??
        candidates[0] ??
        // None in view; the person asked, so a field below the fold may be scrolled into view.
        fields.find((f) => f.kind === kind && f.inputs.every(isFillableOnRequest));
      if (!field) return { filled: false, reason: 'no-field' };
    }
    return fill(field);
  }

  const onCommand: CommandHandler = async (command) => {
    if (command.type !== 'tessera.probe') return onFill(command);
    const fields = await codeFields();
    return { totp: fields.some((f) => fillable(f, 'totp')), recovery: fields.some((f) => fillable(f, 'recovery')) };
  };

  return {
    start() {
      const stopWatching = watchForFields({
        scanInputs: (root) => void autoFill(root).catch(() => undefined),
        shadowRoots: (root) => shadowRootsIn(root, dom),
        onRoot: (root) => roots.push(root),
      });
      const stopListening = listen(onCommand);
      ctx.addEventListener(
        document,
        'contextmenu',
        (event) => {
          // A contextmenu event the page dispatches itself is not a person's right-click.
          if (event.isTrusted) contextTarget = trustedContextTarget(event);
        },
        { capture: true },
      );
      ctx.onInvalidated(() => {
        stopWatching();
        stopListening();
        showing.disconnect();
      });
    },
  };
}
