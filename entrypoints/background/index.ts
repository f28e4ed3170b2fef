import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { lockOnIdleAlarm } from '@/utils/background/auto-lock';
import { onClipboardClearAlarm } from '@/utils/background/clipboard-clear';
import { createFillMenu, fillFromMenu, fillFromShortcut, FILL_COMMAND, FILL_MENU_ID } from '@/utils/background/fill-triggers';
import { createRouter } from '@/utils/background/router';
import { createBackgroundServices } from '@/utils/background/services';
import { sessionKeyStore } from '@/utils/vault/session-key';
import { setLanguage } from '@/utils/i18n/t';
import { settingsItem } from '@/utils/storage';

export default defineBackground({
  type: 'module',
  main() {
    const services = createBackgroundServices();
    // Messages the background writes (errors, the menu title) follow the language setting too.
    const followLanguage = () =>
      void settingsItem
        .getValue()
        .then((settings) => setLanguage(settings.language))
        .catch(() => undefined);
    followLanguage();
    browser.storage.local.onChanged.addListener((changes) => {
      if ('settings' in changes) followLanguage();
    });
    const route = createRouter(services);
    void sessionKeyStore.restrictToTrustedContexts();

    // sendResponse + `return true` rather than a returned promise: the one form every supported browser keeps
    // the channel open for.
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      void route(message, sender).then(sendResponse);
      return true;
    });

    const onAlarm = lockOnIdleAlarm(() => services.vault.lock());
    browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
    // Firefox: a clipboard clear whose timer a suspended event page lost (Chrome never sets this alarm).
    browser.alarms.onAlarm.addListener((alarm) => void onClipboardClearAlarm(alarm));
    // Sync: the periodic alarm, and the one set soon after a local edit (utils/background/sync-service.ts).
    browser.alarms.onAlarm.addListener((alarm) => void services.sync.onAlarm(alarm).catch(() => undefined));

    browser.runtime.onInstalled.addListener(createFillMenu);
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId === FILL_MENU_ID) void fillFromMenu(services.permits, info.frameId, tab?.id);
    });
    browser.commands.onCommand.addListener((command) => {
      if (command === FILL_COMMAND) void fillFromShortcut(services.permits);
    });
  },
});
