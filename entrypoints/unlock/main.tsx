import { render } from 'preact';
import { App } from '@/entrypoints/unlock/App';
import { startPage } from '@/utils/ui/start-page';
import '@/components/shared/theme.css';

void startPage(() => render(<App />, document.getElementById('app')!));
