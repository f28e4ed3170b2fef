/** The parts of `runtime.MessageSender` Tessera relies on (present in Chrome and Firefox unless noted). */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** Chrome only; Firefox gives the URL alone. */
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind =
  | { kind: 'extension-page' }
  | { kind: 'content-script'; origin: string; tabId: number; frameId: number }
  | { kind: 'foreign'; reason: string };

/**
 * Decides who is asking, from what the browser says about the sender and never from the message body.
 * Extension pages (popup, options, pop-out) are served from our own origin; content scripts run in a tab's
 * frame and are known by that frame's origin.
 */
export function classifySender(sender: SenderInfo, runtimeId: string, extensionBaseUrl: string): SenderKind {
  if (sender.id !== runtimeId) return { kind: 'foreign', reason: 'another extension or a web page' };
  // Compared as text: URL.origin is "null" for extension schemes in some engines.
  const extensionOrigin = extensionBaseUrl.replace(/\/$/, '');
  const url = sender.url ?? '';
  if (url.startsWith(`${extensionOrigin}/`) && (sender.origin === undefined || sender.origin === extensionOrigin)) {
    return { kind: 'extension-page' };
  }
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId === undefined) return { kind: 'foreign', reason: 'no tab or frame' };
  // Chrome's `origin` is right for about:blank and srcdoc frames, whose URL says nothing of their origin.
  const origin = sender.origin ?? safeOrigin(url);
  if (!origin || origin === 'null') return { kind: 'foreign', reason: 'an opaque origin' };
  return { kind: 'content-script', origin, tabId, frameId: sender.frameId };
}

function safeOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
