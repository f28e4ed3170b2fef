import type { HandlerTable } from '@/utils/background/context';
import { AUTO_LOCK_RANGE, CLIPBOARD_CLEAR_RANGE, type Settings } from '@/utils/storage';
import { RequestError } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n/t';

function validated(settings: Partial<Settings>, current: Settings): Settings {
  const next = { ...current };
  if (settings.autoLockMinutes !== undefined) {
    const minutes = settings.autoLockMinutes;
    if (!Number.isInteger(minutes) || minutes < AUTO_LOCK_RANGE.min || minutes > AUTO_LOCK_RANGE.max) {
      throw new RequestError('invalid-input', t('error_auto_lock_range', AUTO_LOCK_RANGE.min, AUTO_LOCK_RANGE.max));
    }
    next.autoLockMinutes = minutes;
  }
  if (settings.clipboardClearSeconds !== undefined) {
    const seconds = settings.clipboardClearSeconds;
    if (!Number.isInteger(seconds) || seconds < CLIPBOARD_CLEAR_RANGE.min || seconds > CLIPBOARD_CLEAR_RANGE.max) {
      throw new RequestError('invalid-input', t('error_clipboard_range', CLIPBOARD_CLEAR_RANGE.min, CLIPBOARD_CLEAR_RANGE.max));
    }
    next.clipboardClearSeconds = seconds;
  }
  if (settings.theme !== undefined) {
    if (!['system', 'light', 'dark'].includes(settings.theme)) throw new RequestError('invalid-input', t('error_unknown_theme'));
    next.theme = settings.theme;
  }
  if (settings.language !== undefined) {
    if (!['auto', 'en', 'de', 'fr', 'es', 'ja', 'ka'].includes(settings.language))
      throw new RequestError('invalid-input', t('error_unknown_language'));
    next.language = settings.language;
  }
  // On/off flags are checked as such with the payload (see settingsPayload).
  for (const flag of ['autoFill', 'autoSubmit', 'hideCodes'] as const) next[flag] = settings[flag] ?? next[flag];
  return next;
}

export const settingsHandlers: HandlerTable<'settings.get' | 'settings.set'> = {
  'settings.get': async (_payload, ctx) => ctx.settings.get(),
  'settings.set': async ({ settings }, ctx) => {
    const next = validated(settings, await ctx.settings.get());
    const policy = await ctx.policy();
    if (policy.maxAutoLockMinutes && next.autoLockMinutes > policy.maxAutoLockMinutes) {
      throw new RequestError('invalid-input', t('policy_auto_lock_limited', policy.maxAutoLockMinutes));
    }
    if (policy.disableAutoFill && settings.autoFill === true) throw new RequestError('invalid-input', t('policy_auto_fill_disabled'));
    await ctx.settings.set(next);
    return ctx.settings.get();
  },
};
