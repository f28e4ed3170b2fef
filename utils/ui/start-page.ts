import { setLanguage } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { applyTheme } from '@/utils/ui/apply-theme';
import type { Settings } from '@/utils/storage';

/**
 * Applies the theme and language from the settings, then renders. If the background does not answer, the page
 * still renders, in the system theme and the browser's language. The settings go to `render` (null when unknown).
 */
export async function startPage(render: (settings: Settings | null) => void | Promise<void>): Promise<void> {
  let settings: Settings | null = null;
  try {
    settings = await sendRequest('settings.get', {});
    applyTheme(settings.theme);
    if (settings.language !== 'auto') await setLanguage(settings.language);
  } catch {
    // Defaults stand.
  }
  await render(settings);
}
