import type { RequestType, ResponseOf } from '@/utils/messaging/protocol';
import { sendRequest } from '@/utils/messaging/send';

const started = new Map<RequestType, Promise<unknown>>();

/**
 * Requests the popup's first screen needs, sent as soon as its script starts, before anything renders. A
 * component takes its answer once (later refreshes ask afresh), saving a round trip on every opening.
 */
export function prefetch(types: ('accounts.list' | 'accounts.codes')[]): void {
  for (const type of types) started.set(type, sendRequest(type, {}).catch(() => null));
}

export async function takePrefetched<K extends 'accounts.list' | 'accounts.codes'>(type: K): Promise<ResponseOf<K> | null> {
  const pending = started.get(type);
  started.delete(type);
  return pending ? ((await pending) as ResponseOf<K> | null) : null;
}
