import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ManagedPolicy } from '@/utils/policy';
import { sendRequest } from '@/utils/messaging/send';
import type { Settings } from '@/utils/storage';

export interface SettingsView {
  settings: Settings;
  policy: ManagedPolicy;
  /** Settings an administrator fixed, which the pages show but do not let a person change. */
  managed: (keyof Settings)[];
}

/**
 * The settings, the administrator's policy and what it manages, as one piece of UI state: asked once, and
 * asked again whenever the stored settings or the managed policy change (from this page, another page or the
 * background). Null until the first answer.
 */
export function useSettings(): SettingsView | null {
  const [view, setView] = useState<SettingsView | null>(null);
  useEffect(() => {
    let current = true;
    const load = () =>
      Promise.all([sendRequest('settings.get', {}), sendRequest('policy.get', {})]).then(
        ([settings, { policy, managed }]) => current && setView({ settings, policy, managed }),
        () => undefined,
      );
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'local' && 'settings' in changes)) void load();
    };
    void load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      current = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return view;
}
