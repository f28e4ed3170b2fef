import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LocaleMessages } from '@/utils/i18n/messages-en';
import { formatMessage, SUPPORTED_LANGUAGES, t, setLanguage } from '@/utils/i18n/t';

const localeFile = (language: string): LocaleMessages =>
  JSON.parse(readFileSync(path.resolve(__dirname, '../../public/_locales', language, 'messages.json'), 'utf8')) as LocaleMessages;
const locales = Object.fromEntries(SUPPORTED_LANGUAGES.map((language) => [language, localeFile(language)]));
const en = locales.en!;
const translations = SUPPORTED_LANGUAGES.filter((language) => language !== 'en');
/** Named placeholders a message uses, lower-cased as Chrome compares them. */
const placeholdersIn = (message: string) =>
  [...new Set([...message.matchAll(/\$([a-zA-Z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await setLanguage('auto');
});

describe('t()', () => {
  it('falls back to the bundled English, with substitutions, when the browser has no i18n API', () => {
    expect(t('fill_done')).toBe('Code filled in.');
    expect(t('vault_create_too_short', 10)).toBe('The passphrase needs at least 10 characters.');
    expect(t('uri_not_whole_number', 'digits', 'six')).toBe('"digits=six" is not a whole number.');
    expect(t('enrol_added_fills_on', 'Acme · dana@example.com', 'example.com')).toBe(
      'Added Acme · dana@example.com (fills on example.com).',
    );
  });

  it('does not re-read substitutions that contain $ signs', () => {
    expect(t('error_missing_field', '$1 $$')).toBe('The request is missing "$1 $$".');
  });

  it('uses what browser.i18n.getMessage returns, and English when it returns nothing', () => {
    const getMessage = vi
      .spyOn(fakeBrowser.i18n, 'getMessage')
      .mockImplementation(((key: string, subs?: string[]) =>
        key === 'fill_done'
          ? 'Code eingetragen.'
          : key === 'unlock_wait'
            ? `Noch ${subs?.[0]} s.`
            : '') as typeof fakeBrowser.i18n.getMessage);
    expect(t('fill_done')).toBe('Code eingetragen.');
    expect(t('unlock_wait', 5)).toBe('Noch 5 s.');
    expect(getMessage).toHaveBeenCalledWith('unlock_wait', ['5']);
    expect(t('fill_locked')).toBe('Tessera is locked.');
  });

  it('substitutes like Chrome: named placeholders, positional $n, $$, missing values', () => {
    const entry = {
      message: 'A $Who$ has $COUNT$ ($1) and $2 costs $$3',
      placeholders: { who: { content: '$2' }, count: { content: '$1' } },
    };
    expect(formatMessage(entry, ['7', 'cat'])).toBe('A cat has 7 (7) and cat costs $3');
    expect(formatMessage({ message: 'x $1 y' }, [])).toBe('x  y');
  });

  it('uses an installed override dictionary, and the browser again after "auto"', async () => {
    const fetchMock = vi.fn(
      async (url: string) => new Response(JSON.stringify(locales.de), { status: url.endsWith('/_locales/de/messages.json') ? 200 : 404 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    await setLanguage('de');
    expect(fetchMock).toHaveBeenCalledWith(fakeBrowser.runtime.getURL('/_locales/de/messages.json'));
    expect(t('fill_done')).toBe('Code eingetragen.');
    expect(t('unlock_wait', 12)).toBe('Sie können es in 12 s erneut versuchen.');
    await setLanguage('auto');
    expect(t('fill_done')).toBe('Code filled in.');
  });

  it('keeps the previous language when a locale cannot be loaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    await expect(setLanguage('ja')).rejects.toThrow();
    expect(t('fill_done')).toBe('Code filled in.');
  });
});

describe('locale files', () => {
  it('has English as the complete key list, with the manifest keys', () => {
    expect(Object.keys(en).length).toBeGreaterThan(100);
    expect(en.extension_name?.message).toBe('Tessera');
    expect(en.extension_description?.message).toBeTruthy();
  });

  it.each(translations)('%s has every English key and no others', (language) => {
    const keys = Object.keys(locales[language]!);
    expect(keys.filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES)('%s has no empty message and uses Chrome-valid key names', (language) => {
    for (const [key, entry] of Object.entries(locales[language]!)) {
      expect(key, key).toMatch(/^[a-z0-9_]+$/);
      expect(entry.message.trim(), `${language}/${key}`).not.toBe('');
    }
  });

  it.each(translations)('%s defines and uses the placeholders of each English message, in the same positions', (language) => {
    for (const [key, source] of Object.entries(en)) {
      const target = locales[language]![key]!;
      const wanted = placeholdersIn(source.message);
      expect(placeholdersIn(target.message), `${language}/${key}`).toEqual(wanted);
      for (const name of wanted) {
        const content = Object.entries(target.placeholders ?? {}).find(([n]) => n.toLowerCase() === name)?.[1].content;
        const sourceContent = Object.entries(source.placeholders ?? {}).find(([n]) => n.toLowerCase() === name)?.[1].content;
        expect(sourceContent, `en/${key}: $${name}$ has no placeholder`).toBeTruthy();
        expect(content, `${language}/${key}: $${name}$`).toBe(sourceContent);
      }
    }
  });

  it('keeps the manifest description within Chrome’s 132 characters', () => {
    for (const language of SUPPORTED_LANGUAGES) expect(locales[language]!.extension_description!.message.length).toBeLessThanOrEqual(132);
  });
});
