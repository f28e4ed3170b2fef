import { render } from 'preact';
import { App } from '@/entrypoints/popup/App';
import { loadFirstScreen } from '@/utils/ui/first-screen';
import { startPage } from '@/utils/ui/start-page';
import '@/components/shared/theme.css';

performance.mark('tessera:script-start');
// Asked before anything renders, in parallel with the settings startPage reads.
const firstScreen = loadFirstScreen();
void startPage(async (settings) =>
  render(<App firstScreen={await firstScreen} hideCodes={settings?.hideCodes ?? false} />, document.getElementById('app')!),
);
