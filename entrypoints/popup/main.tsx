import { render } from 'preact';
import { App } from '@/entrypoints/popup/App';
import { useLanguage } from '@/utils/i18n/t';
import { sendRequest } from '@/utils/messaging/send';
import { applyTheme } from '@/utils/ui/apply-theme';
import { prefetch } from '@/utils/ui/prefetch';
import '@/components/theme.css';

// Theme and language come from the settings; if the background does not answer, the page still renders.
async function start(): Promise<void> {
  performance.mark('tessera:script-start');
  // Asked together: the vault's state is needed for the first screen, the settings for its look.
  const status = sendRequest('vault.status', {}).catch(() => null);
  // When unlocked, the list and codes are needed next; when locked these are refused and simply unused.
  prefetch(['accounts.list', 'accounts.codes']);
  try {
    const settings = await sendRequest('settings.get', {});
    applyTheme(settings.theme);
    if (settings.language !== 'auto') await useLanguage(settings.language);
  } catch {
    // Defaults: the system theme and the browser's language.
  }
  render(<App initialStatus={await status} />, document.getElementById('app')!);
}

void start();
