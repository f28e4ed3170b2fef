import { browser } from 'wxt/browser';
import { siteOfUrl } from '@/utils/domain';

export interface TargetTab {
  id: number | null;
  windowId: number | null;
  url: string | null;
  site: string | null;
}

/**
 * The tab the popup acts on: the active tab, or the one named by `?tab=<id>` when the popup runs as a
 * detached window. Its URL is readable because opening the popup grants activeTab.
 */
export async function findTargetTab(search: string = location.search): Promise<TargetTab> {
  const named = Number(new URLSearchParams(search).get('tab'));
  try {
    const tab = Number.isInteger(named) && named > 0
      ? await browser.tabs.get(named)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    const url = tab?.url ?? null;
    return { id: tab?.id ?? null, windowId: tab?.windowId ?? null, url, site: url ? siteOfUrl(url) : null };
  } catch {
    return { id: null, windowId: null, url: null, site: null };
  }
}
