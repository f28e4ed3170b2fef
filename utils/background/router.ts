import { accountHandlers } from '@/utils/background/account-handlers';
import { backupHandlers } from '@/utils/background/backup-handlers';
import { clipboardHandlers } from '@/utils/background/clipboard-handlers';
import { contentHandlers } from '@/utils/background/content-handlers';
import { exportHandlers } from '@/utils/background/export-handlers';
import { fillHandlers } from '@/utils/background/fill-handlers';
import { keyHandlers } from '@/utils/background/key-handlers';
import type { BackgroundServices, Handler, HandlerTable } from '@/utils/background/context';
import { classifySender, type SenderInfo } from '@/utils/background/sender';
import { settingsHandlers } from '@/utils/background/settings-handlers';
import { siteHandlers } from '@/utils/background/site-handlers';
import { vaultHandlers } from '@/utils/background/vault-handlers';
import { CONTENT_SCRIPT_REQUESTS, isMessage, type ProtocolErrorBody, type Reply, type RequestType } from '@/utils/messaging/protocol';
import { VaultError } from '@/utils/vault/errors';
import { t } from '@/utils/i18n/t';

const handlers: HandlerTable<RequestType> = {
  ...vaultHandlers,
  ...accountHandlers,
  ...settingsHandlers,
  ...contentHandlers,
  ...fillHandlers,
  ...siteHandlers,
  ...backupHandlers,
  ...clipboardHandlers,
  ...keyHandlers,
  ...exportHandlers,
};

export interface RouterEnv extends BackgroundServices {
  runtimeId: string;
  extensionBaseUrl: string;
}

const forbidden = (message: string): Reply<never> => ({ ok: false, error: { code: 'forbidden', message } });

/**
 * Answers one message. The sender is checked first: foreign senders get nothing, content scripts may make
 * only the requests in CONTENT_SCRIPT_REQUESTS, and extension pages may make every request except those
 * meant for content scripts.
 */
export function createRouter(env: RouterEnv) {
  return async (message: unknown, rawSender: SenderInfo): Promise<Reply<unknown>> => {
    const sender = classifySender(rawSender, env.runtimeId, env.extensionBaseUrl);
    if (sender.kind === 'foreign') return forbidden(t('error_foreign_sender'));
    if (!isMessage(message)) return { ok: false, error: { code: 'bad-request', message: t('error_bad_request') } };
    const forContentScripts = CONTENT_SCRIPT_REQUESTS.has(message.type);
    if ((sender.kind === 'content-script') !== forContentScripts) {
      return forbidden(t('error_not_available', message.type));
    }
    const handler = handlers[message.type] as Handler<RequestType>;
    try {
      return { ok: true, value: await handler(message.payload, { ...env, sender }) };
    } catch (error) {
      return { ok: false, error: toErrorBody(error) };
    }
  };
}

function toErrorBody(error: unknown): ProtocolErrorBody {
  if (error instanceof VaultError) {
    return { code: error.code, message: error.message, ...(error.retryAfterMs ? { retryAfterMs: error.retryAfterMs } : {}) };
  }
  // Unexpected errors are reported by name only: their messages could quote data.
  const name = error instanceof Error ? error.name : 'Error';
  return { code: 'internal', message: t('error_internal', name) };
}
