import { t, type MessageKey } from '@/utils/i18n/t';

/** The settings page's sections, in page order: the anchors the navigation links to. */
export const SETTINGS_SECTIONS: readonly { id: string; label: MessageKey; needsUnlock: boolean }[] = [
  { id: 'general', label: 'settings_nav_general', needsUnlock: false },
  { id: 'filling', label: 'settings_nav_filling', needsUnlock: false },
  { id: 'security-keys', label: 'settings_nav_keys', needsUnlock: true },
  { id: 'passphrase', label: 'settings_nav_passphrase', needsUnlock: false },
  { id: 'backup', label: 'settings_nav_backup', needsUnlock: true },
  { id: 'import', label: 'settings_nav_import', needsUnlock: true },
  { id: 'export', label: 'settings_nav_export', needsUnlock: true },
  { id: 'sync', label: 'settings_nav_sync', needsUnlock: true },
];

export function SettingsNav({ shown }: { shown: ReadonlySet<string> }) {
  return (
    <nav class="settings-nav" aria-label={t('settings_nav_label')}>
      <ul>
        {SETTINGS_SECTIONS.filter((section) => shown.has(section.id)).map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{t(section.label)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
