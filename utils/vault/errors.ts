export type VaultErrorCode =
  | 'not-created'
  | 'already-created'
  | 'locked'
  | 'wrong-passphrase'
  | 'weak-passphrase'
  | 'throttled'
  | 'corrupt'
  | 'damaged-header'
  | 'not-found'
  | 'invalid-input'
  /** A secret is shown or a way in is changed only shortly after the passphrase or a key was proven again. */
  | 'recheck-required';

/** An error whose message is written for the person using Tessera; it never contains secret material. */
export class VaultError extends Error {
  override name = 'VaultError';
  constructor(
    readonly code: VaultErrorCode,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
