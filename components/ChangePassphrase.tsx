import { useState } from 'preact/hooks';
import { ErrorMessage } from '@/components/ErrorMessage';
import { StrengthMeter } from '@/components/StrengthMeter';
import { sendRequest } from '@/utils/messaging/send';
import { useAction } from '@/utils/ui/use-request';

export function ChangePassphrase() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const change = useAction(() => sendRequest('vault.changePassphrase', { current, next }));

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setDone(false);
    if (next !== repeat) {
      change.setError('The two new passphrases are not the same.');
      return;
    }
    if ((await change.run()) !== undefined) {
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
    }
  };

  return (
    <form class="card" onSubmit={onSubmit}>
      <h2>Change passphrase</h2>
      <label>
        Current passphrase
        <input type="password" autoComplete="current-password" value={current} onInput={(e) => setCurrent(e.currentTarget.value)} required />
      </label>
      <label>
        New passphrase
        <input type="password" autoComplete="new-password" value={next} onInput={(e) => setNext(e.currentTarget.value)} required />
      </label>
      <StrengthMeter passphrase={next} />
      <label>
        Repeat new passphrase
        <input type="password" autoComplete="new-password" value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} required />
      </label>
      <ErrorMessage message={change.error} />
      {done && <p role="status">Passphrase changed. Use the new one from now on.</p>}
      <button type="submit" disabled={change.busy}>{change.busy ? 'Changing…' : 'Change passphrase'}</button>
    </form>
  );
}
