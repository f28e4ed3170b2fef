import type { VaultErrorCode } from '@/utils/vault/errors';

/** Every code a refused request can carry; the UI relies on some of them (`locked`, `throttled`, …). */
export type ErrorCode = VaultErrorCode | 'forbidden' | 'bad-request' | 'internal';

export interface ProtocolErrorBody {
  code: ErrorCode;
  message: string;
  retryAfterMs?: number;
}

/** Errors cross contexts as data: thrown Error objects lose their fields between browsers. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ProtocolErrorBody };

/**
 * Thrown by request handling for a refusal a person reads (a bad entry, a managed policy, a wrong
 * backup password). The router turns it, like the vault's own VaultError, into the same reply.
 */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** What a page's `sendRequest` throws when the background refused: the reply's error, as an Error. */
export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(readonly body: ProtocolErrorBody) {
    super(body.message);
  }
  get code(): ErrorCode {
    return this.body.code;
  }
}
