import { browser } from 'wxt/browser';

/** The security-key ceremony needs a visible page that keeps focus: a tab, not the popup. */
export async function openKeyUnlock(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/unlock.html') });
  window.close();
}
