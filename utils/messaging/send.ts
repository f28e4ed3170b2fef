import { browser } from 'wxt/browser';
// Runtime values from errors.ts, not protocol.ts: the pages need no request declarations or validators.
import { ProtocolError, type Reply } from '@/utils/messaging/errors';
import type { Message, RequestOf, RequestType, ResponseOf } from '@/utils/messaging/protocol';
import { t } from '@/utils/i18n/t';

/** Sends a typed request to the background and returns its answer, or throws a ProtocolError with a message for the user. */
export async function sendRequest<K extends RequestType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const message = { type, payload } as Message;
  const reply = (await browser.runtime.sendMessage(message)) as Reply<ResponseOf<K>> | undefined;
  if (!reply) throw new ProtocolError({ code: 'internal', message: t('error_no_answer') });
  if (!reply.ok) throw new ProtocolError(reply.error);
  return reply.value;
}
