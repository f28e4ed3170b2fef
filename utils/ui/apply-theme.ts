import type { Settings } from '@/utils/storage';

/** Applies the theme setting to the page; 'system' leaves it to the operating system's preference. */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
