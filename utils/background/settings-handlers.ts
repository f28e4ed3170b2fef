import type { HandlerTable } from '@/utils/background/context';
import { AUTO_LOCK_RANGE, CLIPBOARD_CLEAR_RANGE, RECHECK_GRACE_RANGE, THEMES, type Settings } from '@/utils/storage';
import { RequestError } from '@/utils/messaging/protocol';
import { SUPPORTED_LANGUAGES, t } from '@/utils/i18n/t';

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
  if (settings.recheckGraceSeconds !== undefined) {
    const seconds = settings.recheckGraceSeconds;
    if (!Number.isInteger(seconds) || seconds < RECHECK_GRACE_RANGE.min || seconds > RECHECK_GRACE_RANGE.max) {
      throw new RequestError('invalid-input', t('error_recheck_grace_range', RECHECK_GRACE_RANGE.min, RECHECK_GRACE_RANGE.max));
    }
    next.recheckGraceSeconds = seconds;
  }
  if (settings.theme !== undefined) {
    if (!THEMES.includes(settings.theme)) throw new RequestError('invalid-input', t('error_unknown_theme'));
    next.theme = settings.theme;
  }
  if (settings.language !== undefined) {
    if (settings.language !== 'auto' && !(SUPPORTED_LANGUAGES as readonly string[]).includes(settings.language))
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
    if (policy.maxRecheckGraceSeconds !== undefined && next.recheckGraceSeconds > policy.maxRecheckGraceSeconds) {
      throw new RequestError('invalid-input', t('policy_recheck_grace_limited', policy.maxRecheckGraceSeconds));
    }
    if (policy.disableAutoFill && settings.autoFill === true) throw new RequestError('invalid-input', t('policy_auto_fill_disabled'));
    await ctx.settings.set(next);
    return ctx.settings.get();
  },
};
