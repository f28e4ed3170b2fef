import { accountHandlers } from '@/utils/background/account-handlers';
import { bindHandlers } from '@/utils/background/bind-handlers';
import { backupHandlers } from '@/utils/background/backup-handlers';
import { clipboardHandlers } from '@/utils/background/clipboard-handlers';
import { contentHandlers } from '@/utils/background/content-handlers';
import type { HandlerTable } from '@/utils/background/context';
import { exportHandlers } from '@/utils/background/export-handlers';
import { fillHandlers } from '@/utils/background/fill-handlers';
import { keyHandlers } from '@/utils/background/key-handlers';
import { recheckHandlers } from '@/utils/background/recheck-handlers';
import { settingsHandlers } from '@/utils/background/settings-handlers';
import { siteHandlers } from '@/utils/background/site-handlers';
import { syncHandlers } from '@/utils/background/sync-handlers';
import { vaultHandlers } from '@/utils/background/vault-handlers';
import type { RequestType } from '@/utils/messaging/protocol';

/** One handler per declared request: the compiler insists none is missing. */
export const handlers: HandlerTable<RequestType> = {
  ...vaultHandlers,
  ...accountHandlers,
  ...settingsHandlers,
  ...contentHandlers,
  ...fillHandlers,
  ...bindHandlers,
  ...siteHandlers,
  ...backupHandlers,
  ...clipboardHandlers,
  ...keyHandlers,
  ...exportHandlers,
  ...recheckHandlers,
  ...syncHandlers,
};
