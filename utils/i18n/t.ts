import { browser } from 'wxt/browser';
import { messagesEn, type LocaleMessage, type LocaleMessages, type MessageKey } from '@/utils/i18n/messages-en';

export type { MessageKey } from '@/utils/i18n/messages-en';

/** The languages Tessera ships. */
export const SUPPORTED_LANGUAGES = ['en', 'de', 'fr', 'es', 'ja', 'ka'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/** Messages of a language the user picked in settings, used instead of the browser's language. */
let override: { language: SupportedLanguage; messages: LocaleMessages } | null = null;
/** Counts setLanguage calls, so a slow fetch cannot replace the result of a later call. */
let generation = 0;

/**
 * Substitutes like chrome.i18n.getMessage: named `$NAME$` placeholders become their `content` (case-insensitive
 * names), then `$1`…`$9` become the substitutions (missing ones become ''), and `$$` becomes `$`.
 */
export function formatMessage(entry: LocaleMessage, substitutions: readonly string[]): string {
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const expanded = entry.message.replace(/\$([a-zA-Z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  return expanded.replace(/\$(\$|[1-9])/g, (_whole, token: string) => (token === '$' ? '$' : (substitutions[Number(token) - 1] ?? '')));
}

function browserMessage(key: MessageKey, substitutions: string[]): string {
  try {
    // Typed loosely: WXT's generated overloads list single keys, not the MessageKey union.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string | undefined;
    return getMessage(key, substitutions) ?? '';
  } catch {
    // No i18n API here: unit tests with the fake browser, or a context without extension APIs.
    return '';
  }
}

/**
 * The text for `key` in the user's language: the language picked in settings when one is loaded (see
 * setLanguage), else the browser's, else the bundled English. Substitutions fill `$1`…`$9` in order.
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const values = substitutions.map(String);
  const picked = override?.messages[key];
  if (picked?.message) return formatMessage(picked, values);
  return browserMessage(key, values) || formatMessage(messagesEn[key], values);
}

/**
 * Follows a language setting: 'auto' (or an unknown value) uses the browser's language; a supported language
 * loads that locale's messages.json from the extension and uses it from then on. Call before rendering (or
 * re-render afterwards). Rejects, keeping the previous language, when the file cannot be loaded.
 */
export async function setLanguage(language: SupportedLanguage | 'auto' | (string & {})): Promise<void> {
  const call = ++generation;
  if (!isSupportedLanguage(language)) {
    override = null;
    setDocumentLanguage(null);
    return;
  }
  const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`));
  if (!response.ok) throw new Error(`Could not load the ${language} messages (${response.status}).`);
  const messages = (await response.json()) as LocaleMessages;
  if (call !== generation) return;
  override = { language, messages };
  setDocumentLanguage(language);
}

/** Keeps <html lang> in step, so fonts, hyphenation and screen readers use the right language. */
function setDocumentLanguage(language: string | null): void {
  if (typeof document === 'undefined') return;
  let lang = language;
  if (!lang) {
    try {
      lang = browser.i18n.getUILanguage();
    } catch {
      return;
    }
  }
  if (lang) document.documentElement.lang = lang;
}
