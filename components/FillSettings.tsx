import { useEffect, useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { sendRequest } from '@/utils/messaging/send';
import type { Settings } from '@/utils/storage';
import { useAction } from '@/utils/ui/use-request';

export function FillSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const save = useAction((change: Partial<Settings>) => sendRequest('settings.set', { settings: change }));

  useEffect(() => {
    void sendRequest('settings.get', {}).then(setSettings);
  }, []);

  const toggle = async (key: 'autoFill' | 'autoSubmit', value: boolean) => {
    const next = await save.run({ [key]: value });
    if (next) setSettings(next);
  };

  return (
    <section class="card" aria-labelledby="fill-title">
      <h2 id="fill-title">Filling codes</h2>
      <label class="row">
        <input type="checkbox" checked={settings?.autoFill ?? false} disabled={!settings} onChange={(e) => void toggle('autoFill', e.currentTarget.checked)} />
        Fill automatically when a code field appears on a site with exactly one account
      </label>
      <label class="row">
        <input type="checkbox" checked={settings?.autoSubmit ?? false} disabled={!settings} onChange={(e) => void toggle('autoSubmit', e.currentTarget.checked)} />
        Submit the form after filling
      </label>
      <p class="muted small">
        Shortcut: Alt+Shift+O fills the code for the site you are on; right-click a field for "Fill verification code".
        Codes go only to pages whose address matches the account's site.
      </p>
      <ErrorMessage message={save.error} />
    </section>
  );
}
