import { render } from 'preact';
import { App } from '@/entrypoints/options/App';
import { useLanguage } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { applyTheme } from '@/utils/ui/apply-theme';
import '@/components/theme.css';

// Theme and language come from the settings; if the background does not answer, the page still renders.
async function start(): Promise<void> {
  try {
    const settings = await sendRequest('settings.get', {});
    applyTheme(settings.theme);
    await useLanguage(settings.language);
  } catch {
    // Defaults: the system theme and the browser's language.
  }
  render(<App />, document.getElementById('app')!);
}

void start();
