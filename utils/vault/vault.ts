import type { IDBPDatabase } from 'idb';
import type { Account } from '@/utils/accounts/account';
import { judgePassphrase } from '@/utils/passphrase-strength';
import { importDataKey, newDataKeyBytes } from '@/utils/vault/codec';
import { applyChanges, commit, writeOrder, type RecordChanges } from '@/utils/vault/commit';
import type { KeyWrapper, PassphraseWrapper, StoredRecord, TesseraDB, VaultHeader } from '@/utils/vault/db';
import { VaultError } from '@/utils/vault/errors';
import { requireWellFormed } from '@/utils/vault/header-check';
import type { Argon2idParams } from '@/utils/vault/kdf';
import { unwrapWithPassphrase, wrapWithPassphrase } from '@/utils/vault/key-wrapping';
import { advance, sealManifest } from '@/utils/vault/manifest';
import { loadVault, type DamagedRecord, type OpenedVault } from '@/utils/vault/open-vault';
import { openAccount, sealAccount, writeVersionOf } from '@/utils/vault/records';
import { rewrapForSecurityKey } from '@/utils/vault/security-keys';
import { openSyncState, sealSyncState, type SyncLocalState } from '@/utils/sync/local-state';
import { rotateAndCommit } from '@/utils/vault/rotation';
import type { SessionKeyStore } from '@/utils/vault/session-key';
import { UnlockAttempts, wrongSecret, type FailedUnlocksStore } from '@/utils/vault/unlock-attempts';
import { t } from '@/utils/i18n/t';

export type VaultState = 'not-created' | 'locked' | 'unlocked';

export interface VaultEnv {
  db: () => Promise<IDBPDatabase<TesseraDB>>;
  sessionKeys: Pick<SessionKeyStore, 'get' | 'set' | 'clear'>;
  failedUnlocks: FailedUnlocksStore;
  now: () => number;
  /** Argon2id cost for new wrappers; tests use a cheap one. */
  kdf?: Omit<Argon2idParams, 'salt'>;
  /** Called after every local write (sync schedules itself soon after an edit). */
  onChange?: () => void;
}

interface Unlocked extends OpenedVault {
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
  private readonly attempts: UnlockAttempts;
  /** What else a lock must forget (the re-check grace window): called by every lock, whoever asked for it. */
  private readonly lockListeners: (() => Promise<void>)[] = [];
  /** Bumped by every write, so a sync that merged an older snapshot of the accounts knows to merge again. */
  private revision = 0;

  constructor(private readonly env: VaultEnv) {
    this.attempts = new UnlockAttempts(env.failedUnlocks, env.now);
  }

  async state(): Promise<VaultState> {
    // Accounts in memory mean a vault exists: the popup's first question costs no disk read.
    if (this.unlocked) return 'unlocked';
    if ((await this.storedHeader()) === undefined) return 'not-created';
    return (await this.tryRestore()) ? 'unlocked' : 'locked';
  }

  retryAfterMs(): Promise<number> {
    return this.attempts.retryAfterMs();
  }

  async create(passphrase: string): Promise<void> {
    const verdict = judgePassphrase(passphrase);
    if (!verdict.acceptable) throw new VaultError('weak-passphrase', verdict.advice);
    await this.serialized(async () => {
      if ((await this.storedHeader()) !== undefined) throw new VaultError('already-created', t('vault_error_already_created'));
      const rawKey = newDataKeyBytes();
      const header: VaultHeader = {
        format: 2,
        createdAt: this.env.now(),
        wrappers: [await wrapWithPassphrase(rawKey, passphrase, this.env.kdf)],
        manifest: await sealManifest(await importDataKey(rawKey), new Map()),
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
   * both). Wrong attempts of any kind count towards the same slow-down, which is checked before `open` runs.
   */
  async unlockWith(
    open: (header: VaultHeader) => Promise<Uint8Array<ArrayBuffer> | null>,
    failure: 'wrong-passphrase' | 'wrong-key',
  ): Promise<void> {
    await this.becomeUnlocked(await this.proveSecret(open, failure));
  }

  /**
   * Proves a secret against the header without changing the vault's state: the re-check before revealing a
   * secret. The same queue and slow-down as an unlock (a wrong try counts, a throttled one never runs `open`).
   */
  async proveSecret(
    open: (header: VaultHeader) => Promise<Uint8Array<ArrayBuffer> | null>,
    failure: 'wrong-passphrase' | 'wrong-key',
  ): Promise<Uint8Array<ArrayBuffer>> {
    return this.attempts.run(
      async () => open(await this.requireHeader()),
      (next) => wrongSecret(failure, next),
    );
  }

  /** `listener` runs on every lock (on demand, idle, or any other caller of `lock`). */
  onLock(listener: () => Promise<void>): void {
    this.lockListeners.push(listener);
  }

  /**
   * A request that proves a secret inside its own work (a policy change): one try like an unlock, queued with
   * them and refused while the slow-down lasts; `work` answering false counts as a wrong try.
   */
  async secretTry(work: () => Promise<boolean>): Promise<void> {
    await this.attempts.run(
      async () => ((await work()) ? true : null),
      (next) => wrongSecret('wrong-passphrase', next),
    );
  }

  /** The header as stored: wrappers hold only ciphertext, salts and names. */
  async readHeader(): Promise<VaultHeader> {
    return this.requireHeader();
  }

  /**
   * Replaces the header with what `change` makes of it, given the unlocked raw data key; one write, so an
   * interruption leaves the old header (and every old way in) as it was. The manifest is carried over.
   */
  async editHeader(change: (header: VaultHeader, rawKey: Uint8Array<ArrayBuffer>) => Promise<VaultHeader>): Promise<void> {
    await this.serialized(async () => {
      await this.requireUnlocked();
      const rawKey = await this.env.sessionKeys.get();
      if (!rawKey) throw new VaultError('locked', t('vault_error_locked'));
      const header = await this.requireHeader();
      const updated = { ...(await change(header, rawKey)), format: header.format, manifest: header.manifest };
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
    await Promise.all(this.lockListeners.map((listener) => listener()));
  }

  /**
   * Rotates the data key (rotation.ts) in one transaction. Works locked or unlocked; the current passphrase
   * is a try like an unlock, throttled the same way. Returns the names of security keys that had to be dropped.
   */
  async changePassphrase(current: string, next: string): Promise<{ droppedKeys: string[] }> {
    const verdict = judgePassphrase(next);
    if (!verdict.acceptable) throw new VaultError('weak-passphrase', verdict.advice);
    return this.serialized(async () => {
      const header = await this.requireHeader();
      if (header.policy === 'both') throw new VaultError('invalid-input', t('keys_error_change_needs_either'));
      const oldRaw = await this.attempts.run(
        () => unwrapWithPassphrase(header, current),
        (wait) => new VaultError('wrong-passphrase', t('vault_error_wrong_current'), wait || undefined),
      );
      const rotation = await rotateAndCommit(await this.env.db(), header, oldRaw, next, this.env.kdf);
      // The session must hold the new key, or a restarted worker would come back with one that opens nothing.
      if (this.unlocked || (await this.env.sessionKeys.get())) await this.becomeUnlocked(rotation.rawKey);
      return { droppedKeys: rotation.droppedKeys };
    });
  }

  async list(): Promise<{ accounts: Account[]; damaged: string[]; damage: DamagedRecord[] }> {
    const unlocked = await this.requireUnlocked();
    const accounts = [...unlocked.accounts.values()].sort((a, b) => (unlocked.order.get(a.id) ?? 0) - (unlocked.order.get(b.id) ?? 0));
    return { accounts, damaged: unlocked.damage.map((d) => d.id), damage: [...unlocked.damage] };
  }

  async get(id: string): Promise<Account> {
    const unlocked = await this.requireUnlocked();
    const account = unlocked.accounts.get(id);
    if (account) return account;
    const damage = unlocked.damage.find((d) => d.id === id);
    if (damage?.reason === 'unreadable') throw new VaultError('corrupt', t('vault_error_corrupt'));
    if (damage) throw new VaultError('corrupt', t('vault_error_record_lost'));
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
      const manifest = advance(
        new Map(),
        accounts.map((a) => a.id),
      );
      const records = await Promise.all(accounts.map((a, order) => sealAccount(unlocked.dataKey, a, order, manifest.get(a.id)!)));
      await this.commitChanges(
        unlocked,
        { manifest, accounts: new Map(accounts.map((a) => [a.id, a])), damage: [] },
        { clear: true, put: records },
      );
      unlocked.order = new Map(accounts.map((a, i) => [a.id, i]));
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

  /**
   * The accounts (deleted ones in their undo window included), their order, the damaged ids and the write
   * revision they were read at: what a sync merges. `applySync` refuses once the revision moved on.
   */
  async syncSnapshot(): Promise<{ accounts: Account[]; damaged: string[]; revision: number }> {
    const { accounts, damaged } = await this.list();
    return { accounts, damaged, revision: this.revision };
  }

  /** The data key, for sealing the remote vault's files (utils/sync/remote-vault.ts); never leaves the background. */
  async syncKey(): Promise<CryptoKey> {
    return (await this.requireUnlocked()).dataKey;
  }

  /** Sync's state on this device, or null before sync was set up (or when it does not open: set up again). */
  async readSyncState(): Promise<SyncLocalState | null> {
    const unlocked = await this.requireUnlocked();
    const sealed = await (await this.env.db()).get('sync', 'state');
    return sealed ? openSyncState(unlocked.dataKey, sealed) : null;
  }

  async writeSyncState(state: SyncLocalState): Promise<void> {
    await this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      const { manifest, accounts, damage } = unlocked;
      await this.commitChanges(unlocked, { manifest, accounts, damage }, { syncState: await sealSyncState(unlocked.dataKey, state) });
    });
  }

  /**
   * What a sync merged, in one transaction with sync's state: accounts written (new or changed), records removed
   * (deleted elsewhere) and the list order. Refused (false) when the vault was written since `revision`: the
   * merge saw an older snapshot and would undo that write.
   */
  async applySync(change: {
    revision: number;
    put: Account[];
    remove: string[];
    order: string[];
    state: SyncLocalState;
  }): Promise<boolean> {
    return this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      if (change.revision !== this.revision) return false;
      const db = await this.env.db();
      const stored = new Map((await db.getAll('records')).map((record) => [record.id, record]));
      const removed = new Set(change.remove);
      const order = new Map(change.order.filter((id) => !removed.has(id)).map((id, i) => [id, i]));
      let next = Math.max(-1, ...order.values()) + 1;
      for (const account of change.put) if (!order.has(account.id)) order.set(account.id, next++);
      const putIds = new Set(change.put.map((a) => a.id));
      const manifest = advance(unlocked.manifest, [...putIds], change.remove);
      const sealed = await Promise.all(change.put.map((a) => sealAccount(unlocked.dataKey, a, order.get(a.id)!, manifest.get(a.id)!)));
      // Records only moved in the list keep their ciphertext: the order is outside it.
      const moved: StoredRecord[] = [];
      for (const [id, position] of order) {
        const record = stored.get(id);
        if (record && !putIds.has(id) && record.order !== position) moved.push({ ...record, order: position });
      }
      const accounts = new Map(unlocked.accounts);
      for (const id of change.remove) accounts.delete(id);
      for (const account of change.put) accounts.set(account.id, account);
      const damage = unlocked.damage.filter((d) => !putIds.has(d.id) && !removed.has(d.id));
      await this.commitChanges(
        unlocked,
        { manifest, accounts, damage },
        {
          put: [...sealed, ...moved],
          remove: change.remove.filter((id) => stored.has(id)),
          syncState: await sealSyncState(unlocked.dataKey, change.state),
        },
      );
      for (const id of change.remove) unlocked.order.delete(id);
      for (const [id, position] of order) if (unlocked.order.has(id) || putIds.has(id)) unlocked.order.set(id, position);
      return true;
    });
  }

  /**
   * Takes on the data key of the remote vault this device joins (or that changed its passphrase elsewhere):
   * every readable record re-sealed under it, the remote passphrase wrappers as this vault's, each security key
   * re-wrapped for its public half (those registered before key agreement are dropped and named), in one
   * transaction with sync's state.
   */
  async adoptDataKey(
    rawKey: Uint8Array<ArrayBuffer>,
    passphraseWrappers: PassphraseWrapper[],
    state: SyncLocalState,
  ): Promise<{ droppedKeys: string[] }> {
    return this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      const header = await this.requireHeader();
      if (header.policy === 'both') throw new VaultError('invalid-input', t('keys_error_change_needs_either'));
      const db = await this.env.db();
      const newKey = await importDataKey(rawKey);
      const records = await db.getAll('records');
      const resealed = await Promise.all(
        records.map(async (record) => {
          const account = await openAccount(unlocked.dataKey, record);
          return account ? sealAccount(newKey, account, record.order, writeVersionOf(record)) : null;
        }),
      );
      const wrappers: KeyWrapper[] = [...passphraseWrappers];
      const droppedKeys: string[] = [];
      for (const wrapper of header.wrappers) {
        if (wrapper.kind !== 'security-key') continue;
        const rewrapped = await rewrapForSecurityKey(wrapper, rawKey);
        if (rewrapped) wrappers.push(rewrapped);
        else droppedKeys.push(wrapper.name);
      }
      const changes = {
        put: resealed.filter((record): record is StoredRecord => record !== null),
        header: { ...header, format: 2 as const, wrappers },
        syncState: await sealSyncState(newKey, state),
      };
      const { manifest, accounts, damage } = unlocked;
      const after = applyChanges(unlocked.records, changes);
      await commit(db, { dataKey: newKey, manifest, records: after, accounts, damaged: damage.length > 0 }, changes);
      this.revision++;
      await this.becomeUnlocked(rawKey);
      return { droppedKeys };
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
      await writeOrder(await this.env.db(), ordered);
      ordered.forEach((id, order) => {
        unlocked.order.set(id, order);
        const record = unlocked.records.get(id);
        if (record) unlocked.records.set(id, { ...record, order });
      });
      this.revision++;
      this.env.onChange?.();
    });
  }

  async remove(id: string): Promise<void> {
    await this.serialized(async () => this.removeNow(await this.requireUnlocked(), id));
  }

  /** Removes a record reported as damaged (and its manifest entry), so the report ends; others are refused. */
  async removeDamaged(id: string): Promise<void> {
    await this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      if (!unlocked.damage.some((d) => d.id === id)) throw new VaultError('not-found', t('vault_error_not_found'));
      await this.removeNow(unlocked, id);
    });
  }

  private async removeNow(unlocked: Unlocked, id: string): Promise<void> {
    const accounts = new Map(unlocked.accounts);
    accounts.delete(id);
    const damage = unlocked.damage.filter((d) => d.id !== id);
    await this.commitChanges(unlocked, { manifest: advance(unlocked.manifest, [], [id]), accounts, damage }, { remove: [id] });
    unlocked.order.delete(id);
  }

  private async write(unlocked: Unlocked, entries: { account: Account; order: number }[]): Promise<void> {
    const written = new Set(entries.map(({ account }) => account.id));
    const manifest = advance(unlocked.manifest, [...written]);
    const seal = ({ account, order }: (typeof entries)[number]) => sealAccount(unlocked.dataKey, account, order, manifest.get(account.id)!);
    const accounts = new Map(unlocked.accounts);
    for (const { account } of entries) accounts.set(account.id, account);
    // Written over: a damaged record replaced by a good one is no longer damaged.
    const damage = unlocked.damage.filter((d) => !written.has(d.id));
    await this.commitChanges(unlocked, { manifest, accounts, damage }, { put: await Promise.all(entries.map(seal)) });
    for (const { account, order } of entries) unlocked.order.set(account.id, order);
  }

  /**
   * Records, the manifest that covers them and the snapshot of the whole vault, in one transaction (commit.ts);
   * memory follows only once it committed.
   */
  private async commitChanges(
    unlocked: Unlocked,
    next: Pick<Unlocked, 'manifest' | 'accounts' | 'damage'>,
    changes: RecordChanges,
  ): Promise<void> {
    const records = applyChanges(unlocked.records, changes);
    const contents = {
      dataKey: unlocked.dataKey,
      manifest: next.manifest,
      records,
      accounts: next.accounts,
      damaged: next.damage.length > 0,
    };
    await commit(await this.env.db(), contents, changes);
    Object.assign(unlocked, next, { records });
    this.revision++;
    this.env.onChange?.();
  }

  private serialized<T>(work: () => Promise<T>): Promise<T> {
    const result = this.writes.then(work, work);
    this.writes = result.catch(() => undefined);
    return result;
  }

  private async storedHeader(): Promise<unknown> {
    return (await this.env.db()).get('meta', 'header');
  }

  private async requireHeader(): Promise<VaultHeader> {
    const header = await this.storedHeader();
    if (header === undefined) throw new VaultError('not-created', t('vault_error_not_created'));
    return requireWellFormed(header);
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
    // A header damaged since the unlock: locked, and the unlock screen then says what is wrong.
    return this.load(rawKey, generation).catch((error: unknown) => {
      if (error instanceof VaultError && error.code === 'damaged-header') return null;
      throw error;
    });
  }

  private async becomeUnlocked(rawKey: Uint8Array<ArrayBuffer>): Promise<void> {
    await this.env.sessionKeys.set(rawKey);
    const generation = ++this.generation;
    this.unlocked = null;
    this.restoring = null;
    await this.load(rawKey, generation).catch(async (error: unknown) => {
      // A header found damaged once the key was right: the vault does not stay unlocked with it.
      if (generation === this.generation) await this.env.sessionKeys.clear();
      throw error;
    });
  }

  /** Decrypts every record; null when a lock or another unlock happened meanwhile (that one's result stands). */
  private async load(rawKey: Uint8Array<ArrayBuffer>, generation: number): Promise<Unlocked | null> {
    const dataKey = await importDataKey(rawKey);
    const opened = await loadVault(await this.env.db(), dataKey);
    if (generation !== this.generation) return null;
    this.unlocked ??= { dataKey, ...opened };
    return this.unlocked;
  }
}
