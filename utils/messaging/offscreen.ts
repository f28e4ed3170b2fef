/**
 * Background → Chrome's offscreen document (`runtime.sendMessage`; see utils/background/clipboard-clear.ts).
 * Not a router request: runtime.sendMessage never reaches its own sender, so only the offscreen page answers.
 */

export const CLIPBOARD_CLEAR_MESSAGE = 'tessera.clipboard.clear';

/** Wipe `text` from the clipboard after `delayMs` if it is still there. */
export interface ClipboardClearMessage {
  type: typeof CLIPBOARD_CLEAR_MESSAGE;
  text: string;
  delayMs: number;
}

/** Each message with the offscreen page's answer. */
export interface OffscreenMessages {
  [CLIPBOARD_CLEAR_MESSAGE]: { message: ClipboardClearMessage; reply: { ok: true } };
}

export type OffscreenReply<K extends keyof OffscreenMessages> = OffscreenMessages[K]['reply'];

export function isClipboardClearMessage(value: unknown): value is ClipboardClearMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, text, delayMs } = value as Partial<ClipboardClearMessage>;
  return type === CLIPBOARD_CLEAR_MESSAGE && typeof text === 'string' && typeof delayMs === 'number' && delayMs >= 0;
}
