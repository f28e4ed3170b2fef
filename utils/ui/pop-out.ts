import { browser } from 'wxt/browser';

/** Opens the popup in a window of its own, acting on the given tab (popup.html?tab=<id>), and closes this one. */
export async function popOut(tabId: number | null): Promise<void> {
  const query = tabId === null ? '' : `?tab=${tabId}`;
  await browser.windows.create({ url: browser.runtime.getURL(`/popup.html${query}`), type: 'popup', width: 420, height: 640 });
  window.close();
}

export const isPoppedOut = (search: string = location.search) => new URLSearchParams(search).has('tab');
