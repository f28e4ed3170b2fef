import { render } from 'preact';
import { App } from '@/entrypoints/unlock/App';
import { useLanguage } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { applyTheme } from '@/utils/ui/apply-theme';
import '@/components/theme.css';

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
