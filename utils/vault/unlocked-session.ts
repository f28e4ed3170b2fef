import type { IDBPDatabase } from 'idb';
import { importDataKey } from '@/utils/vault/codec';
import type { TesseraDB } from '@/utils/vault/db';
import { VaultError } from '@/utils/vault/errors';
import { loadVault, type OpenedVault } from '@/utils/vault/open-vault';
import type { SessionKeyStore } from '@/utils/vault/session-key';

/** The decrypted vault, with the data key it was opened with. */
export interface UnlockedVault extends OpenedVault {
  dataKey: CryptoKey;
}

/**
 * The decrypted vault while unlocked. It can always be rebuilt from IndexedDB plus the session key, because a
 * service worker may be stopped at any moment; a lock or an unlock makes a rebuild started before it come to nothing.
 * A lock also tells its listeners, so whatever else it must forget goes with it.
 */
export class UnlockedSession {
  private unlocked: UnlockedVault | null = null;
  /** A rebuild in progress, shared by the requests that arrive together after a worker restart. */
  private restoring: Promise<UnlockedVault | null> | null = null;
  /** Bumped by lock and unlock, so that a rebuild started before either cannot install stale accounts. */
  private generation = 0;
  /** What else a lock must forget (the re-check grace window): called by every lock, whoever asked for it. */
  private readonly lockListeners: (() => Promise<void>)[] = [];

  constructor(
    private readonly db: () => Promise<IDBPDatabase<TesseraDB>>,
    private readonly sessionKeys: Pick<SessionKeyStore, 'get' | 'set' | 'clear'>,
  ) {}

  /** Whether the accounts are in memory right now (answering needs no disk read). */
  get inMemory(): boolean {
    return this.unlocked !== null;
  }

  /** The decrypted vault, rebuilt from IndexedDB when a session key survives a worker restart; null when locked. */
  async current(): Promise<UnlockedVault | null> {
    if (this.unlocked) return this.unlocked;
    // The popup asks several things at once; after a worker restart they share one decryption of the vault.
    if (!this.restoring) {
      const restoring = this.restore().finally(() => {
        if (this.restoring === restoring) this.restoring = null;
      });
      this.restoring = restoring;
    }
    return this.restoring;
  }

  async unlock(rawKey: Uint8Array<ArrayBuffer>): Promise<void> {
    await this.sessionKeys.set(rawKey);
    const generation = ++this.generation;
    this.unlocked = null;
    this.restoring = null;
    await this.load(rawKey, generation).catch(async (error: unknown) => {
      // A header found damaged once the key was right: the vault does not stay unlocked with it.
      if (generation === this.generation) await this.sessionKeys.clear();
      throw error;
    });
  }

  async lock(): Promise<void> {
    this.generation++;
    this.unlocked = null;
    await this.sessionKeys.clear();
    // A rebuild that read the key before it was cleared must not finish as "unlocked".
    this.generation++;
    await Promise.all(this.lockListeners.map((listener) => listener()));
  }

  /** `listener` runs on every lock (on demand, idle, or any other caller of `lock`). */
  onLock(listener: () => Promise<void>): void {
    this.lockListeners.push(listener);
  }

  private async restore(): Promise<UnlockedVault | null> {
    const generation = this.generation;
    const rawKey = await this.sessionKeys.get();
    if (!rawKey) return null;
    // A header damaged since the unlock: locked, and the unlock screen then says what is wrong.
    return this.load(rawKey, generation).catch((error: unknown) => {
      if (error instanceof VaultError && error.code === 'damaged-header') return null;
      throw error;
    });
  }

  /** Decrypts every record; null when a lock or another unlock happened meanwhile (that one's result stands). */
  private async load(rawKey: Uint8Array<ArrayBuffer>, generation: number): Promise<UnlockedVault | null> {
    const dataKey = await importDataKey(rawKey);
    const opened = await loadVault(await this.db(), dataKey);
    if (generation !== this.generation) return null;
    this.unlocked ??= { dataKey, ...opened };
    return this.unlocked;
  }
}
