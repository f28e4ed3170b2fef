import { render } from 'preact';
import { App } from '@/entrypoints/popup/App';
import '@/components/theme.css';

render(<App />, document.getElementById('app')!);
