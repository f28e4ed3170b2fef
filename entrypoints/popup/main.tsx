import { render } from 'preact';
import { App } from '@/entrypoints/popup/App';
import { sendRequest } from '@/utils/messaging/send';
import { prefetch } from '@/utils/ui/prefetch';
import { startPage } from '@/utils/ui/start-page';
import '@/components/theme.css';

performance.mark('tessera:script-start');
// Asked at once, in parallel: the vault's state decides the first screen; when unlocked, the list and codes
// are needed next (when locked they are refused and simply unused).
const status = sendRequest('vault.status', {}).catch(() => null);
prefetch(['accounts.list', 'accounts.codes']);
void startPage(async () => render(<App initialStatus={await status} />, document.getElementById('app')!));
