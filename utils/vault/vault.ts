import type { IDBPDatabase } from 'idb';
import type { Account } from '@/utils/accounts/account';
import { judgePassphrase } from '@/utils/passphrase-strength';
import { importDataKey, newDataKeyBytes } from '@/utils/vault/codec';
import type { TesseraDB, VaultHeader } from '@/utils/vault/db';
import { VaultError } from '@/utils/vault/errors';
import type { Argon2idParams } from '@/utils/vault/kdf';
import { unwrapWithPassphrase, wrapWithPassphrase } from '@/utils/vault/key-wrapping';
import { openAll, sealAccount, type OpenedRecords } from '@/utils/vault/records';
import type { SessionKeyStore } from '@/utils/vault/session-key';
import { retryAfterMs, type FailedUnlocks } from '@/utils/vault/unlock-throttle';
import { t } from '@/utils/i18n/t';

export type VaultState = 'not-created' | 'locked' | 'unlocked';

export interface VaultEnv {
  db: () => Promise<IDBPDatabase<TesseraDB>>;
  sessionKeys: Pick<SessionKeyStore, 'get' | 'set' | 'clear'>;
  failedUnlocks: { get(): Promise<FailedUnlocks | null>; set(value: FailedUnlocks | null): Promise<void> };
  now: () => number;
  /** Argon2id cost for new wrappers; tests use a cheap one. */
  kdf?: Omit<Argon2idParams, 'salt'>;
}

interface Unlocked extends OpenedRecords {
  dataKey: CryptoKey;
}

/**
 * The encrypted store of accounts. Holds decrypted accounts only while unlocked, and can always rebuild
 * them from IndexedDB plus the session key, because a service worker may be stopped at any moment.
 */
export class Vault {
  private unlocked: Unlocked | null = null;
  private writes: Promise<unknown> = Promise.resolve();
  /** A rebuild in progress, shared by the requests that arrive together after a worker restart. */
  private restoring: Promise<Unlocked | null> | null = null;
  /** Bumped by lock and unlock, so that a rebuild started before either cannot install stale accounts. */
  private generation = 0;

  constructor(private readonly env: VaultEnv) {}

  async state(): Promise<VaultState> {
    // Accounts in memory mean a vault exists: the popup's first question costs no disk read.
    if (this.unlocked) return 'unlocked';
    if (!(await this.header())) return 'not-created';
    return (await this.tryRestore()) ? 'unlocked' : 'locked';
  }

  async retryAfterMs(): Promise<number> {
    return retryAfterMs(await this.env.failedUnlocks.get(), this.env.now());
  }

  async create(passphrase: string): Promise<void> {
    const verdict = judgePassphrase(passphrase);
    if (!verdict.acceptable) throw new VaultError('weak-passphrase', verdict.advice);
    await this.serialized(async () => {
      if (await this.header()) throw new VaultError('already-created', t('vault_error_already_created'));
      const rawKey = newDataKeyBytes();
      const header: VaultHeader = {
        format: 1,
        createdAt: this.env.now(),
        wrappers: [await wrapWithPassphrase(rawKey, passphrase, this.env.kdf)],
      };
      const db = await this.env.db();
      const tx = db.transaction('meta', 'readwrite');
      // add(), not put(): two racing creations cannot overwrite each other's header.
      await Promise.all([tx.store.add(header, 'header'), tx.done]);
      await this.becomeUnlocked(rawKey);
    });
  }

  async unlock(passphrase: string): Promise<void> {
    await this.unlockWith((header) => unwrapWithPassphrase(header, passphrase), 'wrong-passphrase');
  }

  /**
   * Unlocks with whatever `open` derives from the header (a passphrase, a security key's PRF result, or
   * both). Wrong attempts of any kind count towards the same slow-down.
   */
  async unlockWith(
    open: (header: VaultHeader) => Promise<Uint8Array<ArrayBuffer> | null>,
    failure: 'wrong-passphrase' | 'wrong-key',
  ): Promise<void> {
    const header = await this.requireHeader();
    const wait = await this.retryAfterMs();
    if (wait > 0) {
      throw new VaultError('throttled', t('vault_error_throttled', Math.ceil(wait / 1000)), wait);
    }
    const rawKey = await open(header);
    if (!rawKey) {
      const previous = await this.env.failedUnlocks.get();
      await this.env.failedUnlocks.set({ count: (previous?.count ?? 0) + 1, lastAt: this.env.now() });
      const next = await this.retryAfterMs();
      if (failure === 'wrong-key') throw new VaultError('wrong-passphrase', t('keys_error_wrong_key'), next || undefined);
      const message = next > 0 ? t('vault_error_wrong_passphrase_wait', Math.ceil(next / 1000)) : t('vault_error_wrong_passphrase');
      throw new VaultError('wrong-passphrase', message, next || undefined);
    }
    await this.env.failedUnlocks.set(null);
    await this.becomeUnlocked(rawKey);
  }

  /** The header as stored: wrappers hold only ciphertext, salts and names. */
  async readHeader(): Promise<VaultHeader> {
    return this.requireHeader();
  }

  /**
   * Replaces the header with what `change` makes of it, given the unlocked raw data key; one write, so an
   * interruption leaves the old header (and every old way in) as it was.
   */
  async editHeader(change: (header: VaultHeader, rawKey: Uint8Array<ArrayBuffer>) => Promise<VaultHeader>): Promise<void> {
    await this.serialized(async () => {
      await this.requireUnlocked();
      const rawKey = await this.env.sessionKeys.get();
      if (!rawKey) throw new VaultError('locked', t('vault_error_locked'));
      const updated = await change(await this.requireHeader(), rawKey);
      const db = await this.env.db();
      const tx = db.transaction('meta', 'readwrite');
      await Promise.all([tx.store.put(updated, 'header'), tx.done]);
    });
  }

  async lock(): Promise<void> {
    this.generation++;
    this.unlocked = null;
    await this.env.sessionKeys.clear();
    // A rebuild that read the key before it was cleared must not finish as "unlocked".
    this.generation++;
  }

  /** Re-wraps the data key only; the records are untouched, and the header is replaced in one write. */
  async changePassphrase(current: string, next: string): Promise<void> {
    const verdict = judgePassphrase(next);
    if (!verdict.acceptable) throw new VaultError('weak-passphrase', verdict.advice);
    await this.serialized(async () => {
      const header = await this.requireHeader();
      if (header.policy === 'both') throw new VaultError('invalid-input', t('keys_error_change_needs_either'));
      const rawKey = await unwrapWithPassphrase(header, current);
      if (!rawKey) throw new VaultError('wrong-passphrase', t('vault_error_wrong_current'));
      const wrapper = await wrapWithPassphrase(rawKey, next, this.env.kdf);
      const updated: VaultHeader = { ...header, wrappers: [...header.wrappers.filter((w) => w.kind !== 'passphrase'), wrapper] };
      const db = await this.env.db();
      const tx = db.transaction('meta', 'readwrite');
      await Promise.all([tx.store.put(updated, 'header'), tx.done]);
    });
  }

  async list(): Promise<{ accounts: Account[]; damaged: string[] }> {
    const unlocked = await this.requireUnlocked();
    const accounts = [...unlocked.accounts.values()].sort((a, b) => (unlocked.order.get(a.id) ?? 0) - (unlocked.order.get(b.id) ?? 0));
    return { accounts, damaged: [...unlocked.damaged] };
  }

  async get(id: string): Promise<Account> {
    const unlocked = await this.requireUnlocked();
    const account = unlocked.accounts.get(id);
    if (account) return account;
    if (unlocked.damaged.includes(id)) {
      throw new VaultError('corrupt', t('vault_error_corrupt'));
    }
    throw new VaultError('not-found', t('vault_error_not_found'));
  }

  async add(account: Account): Promise<void> {
    await this.saveAll([account]);
  }

  /** Adds new accounts and replaces stored ones (same id) in one transaction: all are written or none. */
  async saveAll(accounts: Account[]): Promise<void> {
    if (accounts.length === 0) return;
    await this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      let nextOrder = Math.max(-1, ...unlocked.order.values()) + 1;
      const now = this.env.now();
      const placed = accounts.map((account) => {
        const existing = unlocked.order.get(account.id);
        return existing === undefined ? { account, order: nextOrder++ } : { account: { ...account, updatedAt: now }, order: existing };
      });
      await this.write(unlocked, placed);
    });
  }

  /** Replaces every account with `accounts` in one transaction: the vault holds the old set or the new one. */
  async replaceAll(accounts: Account[]): Promise<void> {
    await this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      const records = await Promise.all(accounts.map((account, order) => sealAccount(unlocked.dataKey, account, order)));
      const db = await this.env.db();
      const tx = db.transaction('records', 'readwrite');
      await Promise.all([tx.store.clear(), ...records.map((record) => tx.store.put(record)), tx.done]);
      unlocked.accounts = new Map(accounts.map((a) => [a.id, a]));
      unlocked.order = new Map(accounts.map((a, i) => [a.id, i]));
      unlocked.damaged = [];
    });
  }

  /** Applies `change` to the stored account and persists it before returning the result. */
  async update(id: string, change: (account: Account) => Account): Promise<Account> {
    return this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      const updated = { ...change(await this.get(id)), id, updatedAt: this.env.now() };
      await this.write(unlocked, [{ account: updated, order: unlocked.order.get(id) ?? 0 }]);
      return updated;
    });
  }

  /** Moves the listed accounts to the front in the given order; only the clear-text order field changes. */
  async setOrder(ids: string[]): Promise<void> {
    await this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      const rest = [...unlocked.order.entries()]
        .filter(([id]) => !ids.includes(id))
        .sort((a, b) => a[1] - b[1])
        .map(([id]) => id);
      const ordered = [...ids.filter((id) => unlocked.order.has(id)), ...rest];
      const db = await this.env.db();
      const tx = db.transaction('records', 'readwrite');
      const writes = ordered.map(async (id, order) => {
        const record = await tx.store.get(id);
        if (record && record.order !== order) await tx.store.put({ ...record, order });
      });
      await Promise.all([...writes, tx.done]);
      ordered.forEach((id, order) => unlocked.order.set(id, order));
    });
  }

  async remove(id: string): Promise<void> {
    await this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      const db = await this.env.db();
      const tx = db.transaction('records', 'readwrite');
      await Promise.all([tx.store.delete(id), tx.done]);
      unlocked.accounts.delete(id);
      unlocked.order.delete(id);
      unlocked.damaged = unlocked.damaged.filter((d) => d !== id);
    });
  }

  private async write(unlocked: Unlocked, entries: { account: Account; order: number }[]): Promise<void> {
    // Encrypt first: an IndexedDB transaction would auto-commit while WebCrypto is awaited.
    const records = await Promise.all(entries.map(({ account, order }) => sealAccount(unlocked.dataKey, account, order)));
    const db = await this.env.db();
    const tx = db.transaction('records', 'readwrite');
    await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
    for (const { account, order } of entries) {
      unlocked.accounts.set(account.id, account);
      unlocked.order.set(account.id, order);
    }
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.writes.then(work, work);
    this.writes = result.catch(() => undefined);
    return result;
  }

  private async header(): Promise<VaultHeader | undefined> {
    return (await this.env.db()).get('meta', 'header');
  }

  private async requireHeader(): Promise<VaultHeader> {
    const header = await this.header();
    if (!header) throw new VaultError('not-created', t('vault_error_not_created'));
    return header;
  }

  private async requireUnlocked(): Promise<Unlocked> {
    const unlocked = await this.tryRestore();
    if (!unlocked) throw new VaultError('locked', t('vault_error_locked'));
    return unlocked;
  }

  /** Rebuilds the decrypted accounts from IndexedDB when a session key survives a worker restart. */
  private async tryRestore(): Promise<Unlocked | null> {
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

  private async restore(): Promise<Unlocked | null> {
    const generation = this.generation;
    const rawKey = await this.env.sessionKeys.get();
    if (!rawKey) return null;
    return this.load(rawKey, generation);
  }

  private async becomeUnlocked(rawKey: Uint8Array<ArrayBuffer>): Promise<void> {
    await this.env.sessionKeys.set(rawKey);
    this.generation++;
    this.unlocked = null;
    this.restoring = null;
    await this.load(rawKey, this.generation);
  }

  /** Decrypts every record; null when a lock or another unlock happened meanwhile (that one's result stands). */
  private async load(rawKey: Uint8Array<ArrayBuffer>, generation: number): Promise<Unlocked | null> {
    const dataKey = await importDataKey(rawKey);
    const unlocked: Unlocked = { dataKey, ...(await openAll(dataKey, await (await this.env.db()).getAll('records'))) };
    if (generation !== this.generation) return null;
    this.unlocked ??= unlocked;
    return this.unlocked;
  }
}
