import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { fillField, submitFieldForm } from '@/utils/autofill/fill';
import { isFillable } from '@/utils/autofill/fillable';
import { findCodeFields, type CodeField } from '@/utils/autofill/find-fields';
import { shadowRootsIn } from '@/utils/autofill/shadow-roots';
import { watchForFields } from '@/utils/autofill/watch-fields';
import type { ContentCodeAnswer, FillCommand, FillReport, FillTrigger } from '@/utils/messaging/protocol';

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

    const codeFields = (): CodeField[] => roots.flatMap((root) => findCodeFields(root));
    const usable = (field: CodeField) => field.kind === 'totp' && field.inputs.every(isFillable);

    /** Asks the background for this frame's code (it checks the frame's origin) and fills it in. */
    async function fill(field: CodeField, trigger: FillTrigger, accountId: string | null): Promise<FillReport> {
      const answer = (await browser.runtime.sendMessage({ type: 'content.code', payload: { trigger, accountId } })) as
        | { ok: true; value: ContentCodeAnswer }
        | { ok: false };
      if (!answer.ok) return { filled: false, reason: 'no-account' };
      const result = answer.value;
      if (result.status !== 'code') return { filled: false, reason: result.status };
      field.inputs.forEach((input) => handled.add(input));
      if (!fillField(field.inputs, result.code)) return { filled: false, reason: 'not-a-code-field' };
      if (result.autoSubmit) submitFieldForm(field.inputs.at(-1)!);
      return { filled: true };
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
        if (!usable(field)) {
          // Once per field: a transparent or disabled trap stays unfilled instead of being re-checked forever.
          if (!waiting.has(field.inputs[0]!)) showing.observe(field.inputs[0]!);
          waiting.add(field.inputs[0]!);
          continue;
        }
        field.inputs.forEach((input) => handled.add(input));
        void fill(field, 'auto', null).catch(() => undefined);
      }
    }

    function onCommand(command: FillCommand): Promise<FillReport> {
      let field: CodeField | undefined;
      if (command.target === 'context-menu') {
        const target = contextTarget;
        field = target ? codeFields().find((f) => f.inputs.includes(target)) : undefined;
        if (!field || !usable(field)) return Promise.resolve({ filled: false, reason: target ? 'not-a-code-field' : 'no-field' });
      } else {
        const candidates = codeFields().filter(usable);
        field = candidates.find((f) => f.inputs.some((input) => input === document.activeElement)) ?? candidates[0];
        if (!field) return Promise.resolve({ filled: false, reason: 'no-field' });
      }
      return fill(field, 'user', command.accountId);
    }

    watchForFields({
      scanInputs: autoFill,
      shadowRoots: (root) => shadowRootsIn(root, dom),
      onRoot: (root) => roots.push(root),
    });

    document.addEventListener(
      'contextmenu',
      (event) => {
        const target = event.composedPath()[0];
        contextTarget = target instanceof HTMLInputElement ? target : null;
      },
      true,
    );

    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      const command = message as Partial<FillCommand> | null;
      if (sender.id !== browser.runtime.id || command?.type !== 'tessera.fill') return undefined;
      void onCommand(command as FillCommand).then(sendResponse, () => sendResponse({ filled: false, reason: 'no-field' }));
      return true;
    });
  },
});
