/**
 * Constants the pages share, defined once. The undo window is the background's (a deleted account is kept that
 * long before it is purged); the popup offers Undo within it.
 */
export { UNDO_WINDOW_MS } from '@/utils/background/live-accounts';
export { SUPPORTED_LANGUAGES } from '@/utils/i18n/t';
export { THEMES } from '@/utils/storage';
