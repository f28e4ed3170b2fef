import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createCodeFiller, type CommandHandler } from '@/utils/autofill/code-filler';
import { detectorLoader } from '@/utils/autofill/load-detector';
import { sendToBackground } from '@/utils/autofill/send';
import type { ContentCommand } from '@/utils/messaging/protocol';

/** The background's fill and probe commands; anything else, or from anyone else, is not for this script. */
function listenToBackground(handler: CommandHandler): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => {
    const command = message as Partial<ContentCommand> | null;
    if (sender.id !== browser.runtime.id || (command?.type !== 'tessera.fill' && command?.type !== 'tessera.probe')) return undefined;
    void handler(command as ContentCommand).then(sendResponse, () => sendResponse({ filled: false, reason: 'no-field' }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const dom = (browser as unknown as { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } }).dom;
    createCodeFiller({ ctx, send: sendToBackground, listen: listenToBackground, detector: detectorLoader(sendToBackground), dom }).start();
  },
});
