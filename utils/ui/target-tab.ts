import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number | null;
  windowId: number | null;
  url: string | null;
}

export const NO_TAB: TargetTab = { id: null, windowId: null, url: null };

/**
 * The tab the popup acts on: the active tab, or the one named by `?tab=<id>` when the popup runs as a
 * detached window. Its URL is readable because opening the popup grants activeTab.
 */
export async function findTargetTab(search: string = location.search): Promise<TargetTab> {
  const named = Number(new URLSearchParams(search).get('tab'));
  try {
    const tab =
      Number.isInteger(named) && named > 0
        ? await browser.tabs.get(named)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    return { id: tab?.id ?? null, windowId: tab?.windowId ?? null, url: tab?.url ?? null };
  } catch {
    return NO_TAB;
  }
}
