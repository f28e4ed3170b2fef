import { browser } from 'wxt/browser';

/**
 * Whether this page can run a security-key ceremony itself. The popup cannot (it closes when the browser's key
 * dialog takes focus), and the pop-out is the same page in a window of its own: both send the ceremony to a tab,
 * as the unlock does. The options page and the unlock page are tabs.
 */
export const canRunKeyCeremonyHere = (path: string = location.pathname) => !path.endsWith('/popup.html');

/** The key re-check in a tab of its own (the unlock page in its re-check mode); the popup closes meanwhile. */
export async function openKeyRecheck(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/unlock.html?recheck=1') });
  window.close();
}
