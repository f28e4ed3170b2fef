import type { HandlerTable } from '@/utils/background/context';
import { AUTO_LOCK_RANGE, type Settings } from '@/utils/storage';
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
