import type { HandlerTable } from '@/utils/background/context';
import { AUTO_LOCK_RANGE, CLIPBOARD_CLEAR_RANGE, type Settings } from '@/utils/storage';
import { VaultError } from '@/utils/vault/errors';

function validated(settings: Partial<Settings>, current: Settings): Settings {
  const next = { ...current };
  if (settings.autoLockMinutes !== undefined) {
    const minutes = settings.autoLockMinutes;
    if (!Number.isInteger(minutes) || minutes < AUTO_LOCK_RANGE.min || minutes > AUTO_LOCK_RANGE.max) {
      throw new VaultError('invalid-input', `Auto-lock must be between ${AUTO_LOCK_RANGE.min} and ${AUTO_LOCK_RANGE.max} minutes.`);
    }
    next.autoLockMinutes = minutes;
  }
  if (settings.clipboardClearSeconds !== undefined) {
    const seconds = settings.clipboardClearSeconds;
    if (!Number.isInteger(seconds) || seconds < CLIPBOARD_CLEAR_RANGE.min || seconds > CLIPBOARD_CLEAR_RANGE.max) {
      throw new VaultError('invalid-input', `The clipboard delay must be between ${CLIPBOARD_CLEAR_RANGE.min} and ${CLIPBOARD_CLEAR_RANGE.max} seconds.`);
    }
    next.clipboardClearSeconds = seconds;
  }
  if (settings.theme !== undefined) {
    if (!['system', 'light', 'dark'].includes(settings.theme)) throw new VaultError('invalid-input', 'Unknown theme.');
    next.theme = settings.theme;
  }
  if (settings.language !== undefined) {
    if (!['auto', 'en', 'de', 'fr', 'es', 'ja', 'ka'].includes(settings.language)) throw new VaultError('invalid-input', 'Unknown language.');
    next.language = settings.language;
  }
  for (const flag of ['autoFill', 'autoSubmit'] as const) {
    const value = settings[flag];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') throw new VaultError('invalid-input', `"${flag}" must be on or off.`);
    next[flag] = value;
  }
  return next;
}

export const settingsHandlers: HandlerTable<'settings.get' | 'settings.set'> = {
  'settings.get': async (_payload, ctx) => ctx.settings.get(),
  'settings.set': async ({ settings }, ctx) => {
    const next = validated(settings, await ctx.settings.get());
    await ctx.settings.set(next);
    await ctx.noteActivity();
    return next;
  },
};
