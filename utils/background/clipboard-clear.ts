import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { CLIPBOARD_CLEAR_MESSAGE, type ClipboardClearMessage, type OffscreenReply } from '@/utils/messaging/offscreen';

/**
 * Wiping a copied code from the clipboard after a delay, if the clipboard still holds it.
 *
 * Reading and writing the clipboard without a user gesture needs a DOM (`document.execCommand` with the
 * clipboardRead/clipboardWrite permissions). Chrome's service worker has none, so the work is handed to an
 * offscreen document (offscreen.html, entrypoints/offscreen); Firefox's background is an event page with a
 * DOM, so it does the work itself. The choice is made once, by capability, in `clearClipboardLater`.
 */

export const CLIPBOARD_CLEAR_ALARM = 'tessera.clipboard-clear';
/** From this delay on, an event page may be suspended before its timer fires, so an alarm backs the timer up. */
export const WAKE_ALARM_FROM_MS = 30_000;
const OFFSCREEN_PATH = '/offscreen.html';

// ---------------------------------------------------------------------------------------------------------
// Pure decisions (unit-tested)

/**
 * Clear only when the clipboard could be read and still holds exactly what Tessera copied. An unreadable
 * clipboard (`null`: permission refused, no focus) is left alone: it may hold something the user copied since.
 */
export function shouldClear(current: string | null, copied: string): boolean {
  return current !== null && copied !== '' && current === copied;
}

/** Whether a pending clear also needs an alarm to survive a suspended event page. */
export function needsWakeAlarm(delayMs: number): boolean {
  return delayMs >= WAKE_ALARM_FROM_MS;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface LatestWinsScheduler {
  /** Replaces any pending clear: only the latest copied code matters. */
  schedule(text: string, delayMs: number): void;
  /** The text of the pending clear, or null. */
  pending(): string | null;
}

/**
 * One pending clear at a time. `onIdle` runs after a clear finished with nothing else pending (the offscreen
 * document closes itself there).
 */
export function createLatestWinsScheduler(
  clear: (text: string) => Promise<unknown> | unknown,
  { timers = realTimers, onIdle }: { timers?: Timers; onIdle?: () => void } = {},
): LatestWinsScheduler {
  let current: { text: string; handle: unknown } | null = null;
  let running = 0;
  return {
    schedule(text, delayMs) {
      if (current) timers.clear(current.handle);
      const entry = {
        text,
        handle: timers.set(() => {
          if (current === entry) current = null;
          running += 1;
          void Promise.resolve()
            .then(() => clear(text))
            .catch((error: unknown) => console.warn('Tessera could not clear the clipboard:', error))
            .finally(() => {
              running -= 1;
              if (current === null && running === 0) onIdle?.();
            });
        }, delayMs),
      };
      current = entry;
    },
    pending: () => current?.text ?? null,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The DOM side: runs in the offscreen document (Chrome) or the background page (Firefox)

/** The clipboard's text, or null when the browser refused to paste. Needs clipboardRead. */
export function readClipboardText(doc: Document = document): string | null {
  const area = doc.createElement('textarea');
  area.setAttribute('aria-hidden', 'true');
  doc.body.append(area);
  let fromEvent: string | null = null;
  const onPaste = (event: ClipboardEvent): void => {
    fromEvent = event.clipboardData?.getData('text/plain') ?? null;
  };
  doc.addEventListener('paste', onPaste, true);
  try {
    area.focus();
    if (!doc.execCommand('paste')) return null;
    return fromEvent ?? area.value;
  } catch {
    return null;
  } finally {
    doc.removeEventListener('paste', onPaste, true);
    area.remove();
  }
}

/** Replaces the clipboard's content with an empty text. Needs clipboardWrite. */
export function emptyClipboard(doc: Document = document): boolean {
  const onCopy = (event: ClipboardEvent): void => {
    event.clipboardData?.setData('text/plain', '');
    event.preventDefault();
  };
  doc.addEventListener('copy', onCopy, true);
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    doc.removeEventListener('copy', onCopy, true);
  }
}

export type ClearOutcome = 'cleared' | 'changed' | 'unreadable' | 'failed';

/** Reads, compares and clears: never wipes what the user copied after Tessera, nor an unreadable clipboard. */
export function clearIfStillThere(text: string, doc: Document = document): ClearOutcome {
  const current = readClipboardText(doc);
  if (current === null) return 'unreadable';
  if (!shouldClear(current, text)) return 'changed';
  // Checked by reading back: a write the browser dropped is tried again rather than reported as done.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (emptyClipboard(doc) && !shouldClear(readClipboardText(doc), text)) return 'cleared';
  }
  return 'failed';
}

// ---------------------------------------------------------------------------------------------------------
// Chrome: the offscreen document

interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: 'CLIPBOARD'[]; justification: string }): Promise<void>;
}

let creating: Promise<void> | null = null;

async function offscreenIsOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({
    contextTypes: ['OFFSCREEN_DOCUMENT'],
    documentUrls: [browser.runtime.getURL(OFFSCREEN_PATH)],
  });
  return contexts.length > 0;
}

async function ensureOffscreen(offscreen: OffscreenApi): Promise<void> {
  if (await offscreenIsOpen()) return;
  // Two copies in quick succession must not both create it: Chrome allows one offscreen document.
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['CLIPBOARD'],
      justification: 'Wipe a copied verification code from the clipboard after the delay, only if it is still the code Tessera copied.',
    })
    .finally(() => {
      creating = null;
    });
  await creating;
}

/**
 * runtime.sendMessage reaches every extension page except the sender, so the background's own router never
 * receives this message; the offscreen page is the only listener that answers it (popup and options do not
 * listen). One retry covers the document closing itself just as a new copy arrives.
 */
async function sendToOffscreen(offscreen: OffscreenApi, message: ClipboardClearMessage): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await ensureOffscreen(offscreen);
      const reply = (await browser.runtime.sendMessage(message)) as OffscreenReply<typeof CLIPBOARD_CLEAR_MESSAGE> | undefined;
      if (reply?.ok === true) return;
      throw new Error('The offscreen document did not take the clipboard request.');
    } catch (error) {
      if (attempt >= 1) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Firefox: the event page itself

/** The code awaiting a clear, in storage.session (memory only), for an alarm that fires after a suspension. */
const pendingClearItem = storage.defineItem<string | null>('session:clipboard.pendingClear', { fallback: null });

const pageScheduler = createLatestWinsScheduler(async (text) => {
  clearIfStillThere(text);
  // The timer did the job: the backup alarm must not act on it again.
  if ((await pendingClearItem.getValue()) === text) await forgetPendingClear();
});

async function forgetPendingClear(): Promise<void> {
  await browser.alarms.clear(CLIPBOARD_CLEAR_ALARM);
  await pendingClearItem.removeValue();
}

async function clearInThisPage(text: string, delayMs: number): Promise<void> {
  pageScheduler.schedule(text, delayMs);
  if (needsWakeAlarm(delayMs)) {
    await pendingClearItem.setValue(text);
    await browser.alarms.create(CLIPBOARD_CLEAR_ALARM, { when: Date.now() + delayMs });
  } else {
    // A shorter delay replaces an earlier long one: its alarm must not clear the new code's slot later.
    await forgetPendingClear();
  }
}

/** The alarm listener (registered in the background's main): clears after a suspension ate the timer. */
export async function onClipboardClearAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name !== CLIPBOARD_CLEAR_ALARM) return;
  const text = await pendingClearItem.getValue();
  await pendingClearItem.removeValue();
  if (text !== null && typeof document !== 'undefined') clearIfStillThere(text);
}

// ---------------------------------------------------------------------------------------------------------

/** The one place that picks the way by capability: an offscreen API (Chrome), else a DOM here (Firefox). */
function pickStrategy(): ((text: string, delayMs: number) => Promise<void>) | null {
  const offscreen = (browser as unknown as { offscreen?: Partial<OffscreenApi> }).offscreen;
  if (typeof offscreen?.createDocument === 'function') {
    const api = offscreen as OffscreenApi;
    return (text, delayMs) => sendToOffscreen(api, { type: CLIPBOARD_CLEAR_MESSAGE, text, delayMs });
  }
  if (typeof document !== 'undefined' && typeof document.execCommand === 'function') return clearInThisPage;
  return null;
}

/** Wipes `text` from the clipboard after `delayMs` if the clipboard still holds it. A newer copy replaces the pending one. */
export async function clearClipboardLater(text: string, delayMs: number): Promise<void> {
  const strategy = pickStrategy();
  if (!strategy) throw new Error('This browser offers no way to clear the clipboard from the background.');
  await strategy(text, delayMs);
}
