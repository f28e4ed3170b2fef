import { render } from 'preact';
import { App } from '@/entrypoints/options/App';
import '@/components/theme.css';

render(<App />, document.getElementById('app')!);
