import { browser } from 'wxt/browser';
import { clearIfStillThere, createLatestWinsScheduler } from '@/utils/background/clipboard-clear';
import { isClipboardClearMessage, type OffscreenReply } from '@/utils/messaging/offscreen';

/**
 * Chrome's offscreen document (reason CLIPBOARD): holds the pending clear, because the service worker has no
 * DOM to read or write the clipboard with. It closes itself once nothing is pending; the background opens it
 * again for the next copy.
 */
const scheduler = createLatestWinsScheduler((text) => clearIfStillThere(text), { onIdle: () => window.close() });
const extensionOrigin = browser.runtime.getURL('/');

browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only the background may ask (no tab: content scripts also reach extension pages through runtime.sendMessage).
  const fromBackground = sender.id === browser.runtime.id && !sender.tab && (sender.url ?? '').startsWith(extensionOrigin);
  // Anything else is not this page's to answer: returning without a reply leaves it to its real listener.
  if (!fromBackground || !isClipboardClearMessage(message)) return undefined;
  scheduler.schedule(message.text, message.delayMs);
  const reply: OffscreenReply<typeof message.type> = { ok: true };
  sendResponse(reply);
  return undefined;
});
