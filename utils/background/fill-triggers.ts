import { browser } from 'wxt/browser';
import type { FillPermits } from '@/utils/background/fill-permits';
import { fillTab } from '@/utils/background/fill-tab';
import { fillAllFrames, fillFrame } from '@/utils/background/tab-messaging';
import { t } from '@/utils/i18n/t';

export const FILL_MENU_ID = 'tessera-fill-code';
export const FILL_COMMAND = 'fill-code';

/** The context-menu item on editable fields. Menus persist, so they are (re)made on install and update. */
export function createFillMenu(): void {
  browser.contextMenus.create({ id: FILL_MENU_ID, title: t('fill_menu_title'), contexts: ['editable'] }, () => {
    // Re-creating an existing item on update is harmless; reading lastError keeps the console quiet.
    void browser.runtime.lastError;
  });
}

/** The context menu: the browser names the tab and frame it was opened in, so the permit is for that frame only. */
export async function fillFromMenu(permits: FillPermits, frameId: number | undefined, tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  permits.grant(tabId, frameId ?? 0, { want: 'field-kind', accountId: null });
  const report = await fillFrame(tabId, frameId ?? 0, {
    type: 'tessera.fill',
    accountId: null,
    target: 'context-menu',
    want: 'field-kind',
  });
  if (report && !report.filled && report.reason === 'several-accounts') await openPopup();
}

/** The keyboard shortcut: fill the active tab; when the site has several accounts, let the person pick. */
export async function fillFromShortcut(permits: FillPermits): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  const summary = await fillTab({ tabs: { fillAllFrames }, permits }, tab.id, null, 'totp');
  if (summary.reason === 'several-accounts' || summary.reason === 'locked') await openPopup();
}

async function openPopup(): Promise<void> {
  const action = browser.action as typeof browser.action & { openPopup?: () => Promise<void> };
  await action.openPopup?.().catch(() => undefined);
}
