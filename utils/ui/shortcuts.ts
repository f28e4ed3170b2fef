import { browser } from 'wxt/browser';

/** Opens the browser's own page for extension keyboard shortcuts (each browser has its own way). */
export async function openShortcutSettings(): Promise<void> {
  const commands = browser.commands as typeof browser.commands & { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) return commands.openShortcutSettings();
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/** The shortcut currently assigned to filling, as the browser reports it ('' when none is set). */
export async function fillShortcut(): Promise<string> {
  const all = await browser.commands.getAll();
  return all.find((command) => command.name === 'fill-code')?.shortcut ?? '';
}
