import { setLanguage } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { applyTheme } from '@/utils/ui/apply-theme';

/**
 * Applies the theme and language from the settings, then renders. If the background does not answer, the page
 * still renders, in the system theme and the browser's language.
 */
export async function startPage(render: () => void | Promise<void>): Promise<void> {
  try {
    const settings = await sendRequest('settings.get', {});
    applyTheme(settings.theme);
    if (settings.language !== 'auto') await setLanguage(settings.language);
  } catch {
    // Defaults stand.
  }
  await render();
}
