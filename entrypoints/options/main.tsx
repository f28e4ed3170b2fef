import { render } from 'preact';
import { App } from '@/entrypoints/options/App';
import { startPage } from '@/utils/ui/start-page';
import '@/components/shared/theme.css';
import '@/entrypoints/options/settings.css';

void startPage(() => render(<App />, document.getElementById('app')!));
