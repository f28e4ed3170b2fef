import { AutoLockSetting } from '@/components/AutoLockSetting';
import { ChangePassphrase } from '@/components/ChangePassphrase';
import { FillSettings } from '@/components/FillSettings';

export function App() {
  return (
    <main class="screen wide">
      <h1>Tessera settings</h1>
      <AutoLockSetting />
      <FillSettings />
      <ChangePassphrase />
    </main>
  );
}
