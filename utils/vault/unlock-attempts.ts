import { t } from '@/utils/i18n/t';
import { VaultError } from '@/utils/vault/errors';
import { retryAfterMs, type FailedUnlocks } from '@/utils/vault/unlock-throttle';

export interface FailedUnlocksStore {
  get(): Promise<FailedUnlocks | null>;
  set(value: FailedUnlocks | null): Promise<void>;
}

/**
 * Every try of a secret against the vault (unlock by passphrase or key, the current passphrase of a change)
 * passes here: one at a time, and refused before any key derivation while the slow-down lasts. Tries that
 * arrive together therefore wait for the ones before them and see their failures, instead of all running
 * Argon2id at once.
 */
export class UnlockAttempts {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly failures: FailedUnlocksStore,
    private readonly now: () => number,
  ) {}

  async retryAfterMs(): Promise<number> {
    return retryAfterMs(await this.failures.get(), this.now());
  }

  /** Runs `attempt` when allowed; its null counts as a wrong try and becomes `wrong(wait)`'s error. */
  run<T>(attempt: () => Promise<T | null>, wrong: (retryAfterMs: number) => VaultError): Promise<T> {
    const result = this.queue.then(() => this.runNow(attempt, wrong));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async runNow<T>(attempt: () => Promise<T | null>, wrong: (retryAfterMs: number) => VaultError): Promise<T> {
    const wait = await this.retryAfterMs();
    if (wait > 0) throw new VaultError('throttled', t('vault_error_throttled', Math.ceil(wait / 1000)), wait);
    const opened = await attempt();
    if (opened === null) {
      const previous = await this.failures.get();
      await this.failures.set({ count: (previous?.count ?? 0) + 1, lastAt: this.now() });
      throw wrong(await this.retryAfterMs());
    }
    await this.failures.set(null);
    return opened;
  }
}

/** The error for a wrong passphrase or key, with the wait that now applies. */
export function wrongSecret(failure: 'wrong-passphrase' | 'wrong-key', next: number): VaultError {
  if (failure === 'wrong-key') return new VaultError('wrong-passphrase', t('keys_error_wrong_key'), next || undefined);
  const message = next > 0 ? t('vault_error_wrong_passphrase_wait', Math.ceil(next / 1000)) : t('vault_error_wrong_passphrase');
  return new VaultError('wrong-passphrase', message, next || undefined);
}
