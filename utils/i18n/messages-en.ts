import en from '@/public/_locales/en/messages.json';

/** One entry of a `_locales/<lang>/messages.json` file, in Chrome's format. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type LocaleMessages = Record<string, LocaleMessage>;

/** Every message key; `public/_locales/en/messages.json` is the source of truth for which keys exist. */
export type MessageKey = keyof typeof en;

/** The English messages, bundled so that text is available where `browser.i18n` is not (unit tests, workers). */
export const messagesEn: Record<MessageKey, LocaleMessage> = en;
