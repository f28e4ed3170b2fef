import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/shared/ErrorMessage';
import { sendRequest } from '@/utils/messaging/send';
import { CLIPBOARD_CLEAR_RANGE, type Settings } from '@/utils/storage';
import { applyTheme } from '@/utils/ui/apply-theme';
import { fillShortcut, openShortcutSettings } from '@/utils/ui/shortcuts';
import { useRequest } from '@/utils/ui/use-request';
import { t } from '@/utils/i18n/t';

const LANGUAGES: [string, string][] = [
  ['auto', 'Automatic (browser language)'],
  ['en', 'English'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['es', 'Español'],
  ['ja', '日本語'],
  ['ka', 'ქართული'],
];

/** Clipboard, appearance, language and shortcut settings. */
export function GeneralSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcut, setShortcut] = useState('');
  const save = useRequest();

  useEffect(() => {
    void sendRequest('settings.get', {}).then(setSettings);
    void fillShortcut().then(setShortcut, () => undefined);
  }, []);

  const change = async (next: Partial<Settings>) => {
    const saved = await save.run(() => sendRequest('settings.set', { settings: next }));
    if (!saved) return;
    setSettings(saved);
    applyTheme(saved.theme);
    if (next.language !== undefined) location.reload();
  };

  if (!settings) return null;
  return (
    <section class="card" aria-labelledby="general-title">
      <h2 id="general-title">{t('settings_general_title')}</h2>
      <label>
        {t('settings_clipboard_clear_label')}
        <input
          type="number"
          min={CLIPBOARD_CLEAR_RANGE.min}
          max={CLIPBOARD_CLEAR_RANGE.max}
          value={settings.clipboardClearSeconds}
          onChange={(e) => void change({ clipboardClearSeconds: Number(e.currentTarget.value) })}
        />
      </label>
      <label>
        {t('settings_theme')}
        <select value={settings.theme} onChange={(e) => void change({ theme: e.currentTarget.value as Settings['theme'] })}>
          <option value="system">{t('settings_theme_system')}</option>
          <option value="light">{t('settings_theme_light')}</option>
          <option value="dark">{t('settings_theme_dark')}</option>
        </select>
      </label>
      <label>
        {t('settings_language')}
        <select value={settings.language} onChange={(e) => void change({ language: e.currentTarget.value })}>
          {LANGUAGES.map(([code, name]) => (
            <option key={code} value={code}>
              {code === 'auto' ? t('settings_language_auto') : name}
            </option>
          ))}
        </select>
      </label>
      <label class="row">
        <input type="checkbox" checked={settings.hideCodes} onChange={(e) => void change({ hideCodes: e.currentTarget.checked })} />{' '}
        {t('settings_hide_codes')}
      </label>
      <p class="muted small">{t('settings_hide_codes_help')}</p>
      <p>
        {t('settings_fill_shortcut')} <kbd>{shortcut || t('settings_shortcut_not_set')}</kbd>{' '}
        <button type="button" onClick={() => void openShortcutSettings()}>
          {t('settings_change_shortcut')}
        </button>
      </p>
      <ErrorMessage message={save.error} />
    </section>
  );
}
