import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fillField } from '@/utils/autofill/fill';
import { isFillable, isFillableOnRequest } from '@/utils/autofill/fillable';
import { FRAME_VISIBILITY_WAIT_MS, whenVisibleToPerson } from '@/utils/autofill/frame-visibility';
import { SubmitGuard } from '@/utils/autofill/submit-guard';
import { trustedContextTarget } from '@/utils/autofill/trusted-events';
import { sendToBackground } from '@/utils/autofill/send';
import { findCodeFields, type CodeField } from '@/utils/autofill/find-fields';
import { shadowRootsIn } from '@/utils/autofill/shadow-roots';
import { watchForFields } from '@/utils/autofill/watch-fields';
import type { ContentCommand, FillCommand, FillReport, FillTrigger, ProbeReport } from '@/utils/messaging/protocol';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main() {
    const dom = (browser as unknown as { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } }).dom;
    const roots: (Document | ShadowRoot)[] = [];
    const handled = new WeakSet<HTMLInputElement>();
    const waiting = new WeakSet<HTMLInputElement>();
    let contextTarget: HTMLInputElement | null = null;
    const submitGuard = new SubmitGuard();
    // issue 14: in a child frame the frame itself must be visible in its parent; in the top frame this is isFillable.
    const seenInFrame = (field: CodeField) => whenVisibleToPerson(field.inputs[0]!, AbortSignal.timeout(FRAME_VISIBILITY_WAIT_MS));

    const codeFields = (): CodeField[] => roots.flatMap((root) => findCodeFields(root));

    function put(field: CodeField, code: string): boolean {
      field.inputs.forEach((input) => handled.add(input));
      return fillField(field.inputs, code);
    }

    /** Asks the background for this frame's code (it checks the frame's origin) and fills it in. */
    async function fill(field: CodeField, trigger: FillTrigger, accountId: string | null): Promise<FillReport> {
      if (!(await seenInFrame(field))) return { filled: false, reason: 'no-field' };
      const answer = await sendToBackground('content.code', { trigger, accountId });
      if (!answer.ok) return { filled: false, reason: 'no-account' };
      const result = answer.value;
      if (result.status !== 'code') return { filled: false, reason: result.status };
      if (!put(field, result.code)) return { filled: false, reason: 'not-a-code-field' };
      if (result.autoSubmit) submitGuard.submitAfterFill(field.inputs, result.code, true);
      return { filled: true };
    }

    /** The next unused backup code, into a recovery-code field; the background marks it used. */
    async function fillBackupCode(field: CodeField, accountId: string | null): Promise<FillReport> {
      if (!(await seenInFrame(field))) return { filled: false, reason: 'no-field' };
      const answer = await sendToBackground('content.backupCode', { accountId });
      if (!answer.ok) return { filled: false, reason: 'no-account' };
      const result = answer.value;
      if (result.status !== 'code') return { filled: false, reason: result.status };
      if (!put(field, result.code)) return { filled: false, reason: 'not-a-code-field' };
      return { filled: true, backupCode: { accountId: result.accountId, code: result.code, left: result.left } };
    }

    // Code fields that exist but cannot be seen yet (a later step of the form): filled when they show up.
    const showing = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        showing.unobserve(entry.target);
        const parent = entry.target.parentElement;
        if (parent) autoFill(parent);
      }
    });

    /** Automatic fill: a visible, empty authenticator-code field that Tessera has not filled before. */
    function autoFill(root: ParentNode) {
      for (const field of findCodeFields(root)) {
        if (field.kind !== 'totp' || field.inputs.some((input) => handled.has(input) || input.value !== '')) continue;
        if (!fillable(field, 'totp')) {
          // Once per field: a transparent or disabled trap stays unfilled instead of being re-checked forever.
          if (!waiting.has(field.inputs[0]!)) showing.observe(field.inputs[0]!);
          waiting.add(field.inputs[0]!);
          continue;
        }
        field.inputs.forEach((input) => handled.add(input));
        void fill(field, 'auto', null).catch(() => undefined);
      }
    }

    const fillable = (field: CodeField, kind: CodeField['kind']) => field.kind === kind && field.inputs.every(isFillable);

    function onFill(command: FillCommand): Promise<FillReport> {
      let field: CodeField | undefined;
      if (command.target === 'context-menu') {
        const target = contextTarget;
        field = target ? codeFields().find((f) => f.inputs.includes(target)) : undefined;
        if (!field || !(fillable(field, 'totp') || fillable(field, 'recovery'))) {
          return Promise.resolve({ filled: false, reason: target ? 'not-a-code-field' : 'no-field' });
        }
      } else {
        const kind = command.want === 'recovery' ? 'recovery' : 'totp';
        const candidates = codeFields().filter((f) => fillable(f, kind));
        field =
          candidates.find((f) => f.inputs.some((input) => input === document.activeElement)) ??
          candidates[0] ??
          // issue 14: none in view; the person asked, so a field below the fold may be scrolled into view.
          codeFields().find((f) => f.kind === kind && f.inputs.every(isFillableOnRequest));
        if (!field) return Promise.resolve({ filled: false, reason: 'no-field' });
      }
      return field.kind === 'recovery' ? fillBackupCode(field, command.accountId) : fill(field, 'user', command.accountId);
    }

    function onCommand(command: ContentCommand): Promise<FillReport | ProbeReport> {
      if (command.type === 'tessera.probe') {
        const fields = codeFields();
        return Promise.resolve({ totp: fields.some((f) => fillable(f, 'totp')), recovery: fields.some((f) => fillable(f, 'recovery')) });
      }
      return onFill(command);
    }

    watchForFields({
      scanInputs: autoFill,
      shadowRoots: (root) => shadowRootsIn(root, dom),
      onRoot: (root) => roots.push(root),
    });

    document.addEventListener(
      'contextmenu',
      (event) => {
        if (event.isTrusted) contextTarget = trustedContextTarget(event);
      },
      true,
    );

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      const command = message as Partial<ContentCommand> | null;
      if (sender.id !== browser.runtime.id || (command?.type !== 'tessera.fill' && command?.type !== 'tessera.probe')) return undefined;
      void onCommand(command as ContentCommand).then(sendResponse, () => sendResponse({ filled: false, reason: 'no-field' }));
      return true;
    });
  },
});
