import type { IDBPDatabase } from 'idb';
import type { Account } from '@/utils/accounts/account';
import { judgePassphrase } from '@/utils/passphrase-strength';
import { applyChanges, commit, writeOrder } from '@/utils/vault/commit';
import type { PassphraseWrapper, TesseraDB, VaultHeader } from '@/utils/vault/db';
import { placeAccounts, planOrder, planRemove, planReplaceAll, planWrite, type PlannedChange } from '@/utils/vault/edits';
import { VaultError } from '@/utils/vault/errors';
import { newVaultHeader, requireHeader, storedHeader, writeHeader } from '@/utils/vault/header-store';
import type { Argon2idParams } from '@/utils/vault/kdf';
import { unwrapWithPassphrase } from '@/utils/vault/key-wrapping';
import { contentsOf, type DamagedRecord } from '@/utils/vault/open-vault';
import { openSyncState, sealSyncState, type SyncLocalState } from '@/utils/sync/local-state';
import { rotateAndCommit } from '@/utils/vault/rotation';
import type { SessionKeyStore } from '@/utils/vault/session-key';
import { planKeyAdoption, planSyncApply, type SyncChange } from '@/utils/vault/sync-apply';
import { UnlockedSession, type UnlockedVault } from '@/utils/vault/unlocked-session';
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

/**
 * The encrypted store of accounts. Holds decrypted accounts only while unlocked, and can always rebuild
 * them from IndexedDB plus the session key (unlocked-session.ts). Writes are queued one at a time; each is
 * planned (edits.ts, sync-apply.ts) and committed in one transaction.
 */
export class Vault {
  private readonly session: UnlockedSession;
  private writes: Promise<unknown> = Promise.resolve();
  private readonly attempts: UnlockAttempts;
  /** Bumped by every write, so a sync that merged an older snapshot of the accounts knows to merge again. */
  private revision = 0;

  constructor(private readonly env: VaultEnv) {
    this.attempts = new UnlockAttempts(env.failedUnlocks, env.now);
    this.session = new UnlockedSession(env.db, env.sessionKeys);
  }

  async state(): Promise<VaultState> {
    // Accounts in memory mean a vault exists: the popup's first question costs no disk read.
    if (this.session.inMemory) return 'unlocked';
    if ((await this.storedHeader()) === undefined) return 'not-created';
    return (await this.session.current()) ? 'unlocked' : 'locked';
  }

  retryAfterMs(): Promise<number> {
    return this.attempts.retryAfterMs();
  }

  async create(passphrase: string): Promise<void> {
    const verdict = judgePassphrase(passphrase);
    if (!verdict.acceptable) throw new VaultError('weak-passphrase', verdict.advice);
    await this.serialized(async () => {
      if ((await this.storedHeader()) !== undefined) throw new VaultError('already-created', t('vault_error_already_created'));
      const { header, rawKey } = await newVaultHeader(passphrase, this.env.now(), this.env.kdf);
      await writeHeader(await this.env.db(), header, 'add');
      await this.session.unlock(rawKey);
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
    await this.session.unlock(await this.proveSecret(open, failure));
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
    this.session.onLock(listener);
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
      await writeHeader(await this.env.db(), updated, 'put');
    });
  }

  async lock(): Promise<void> {
    await this.session.lock();
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
      if (this.session.inMemory || (await this.env.sessionKeys.get())) await this.session.unlock(rotation.rawKey);
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
      const placed = placeAccounts(unlocked.order, accounts, this.env.now());
      await this.commitChanges(unlocked, await planWrite(unlocked, placed));
    });
  }

  /** Replaces every account with `accounts` in one transaction: the vault holds the old set or the new one. */
  async replaceAll(accounts: Account[]): Promise<void> {
    await this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      await this.commitChanges(unlocked, await planReplaceAll(unlocked.dataKey, accounts));
    });
  }

  /** Applies `change` to the stored account and persists it before returning the result. */
  async update(id: string, change: (account: Account) => Account): Promise<Account> {
    return this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      const updated = { ...change(await this.get(id)), id, updatedAt: this.env.now() };
      await this.commitChanges(unlocked, await planWrite(unlocked, [{ account: updated, order: unlocked.order.get(id) ?? 0 }]));
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
      await this.commitChanges(unlocked, { next: unlocked, changes: { syncState: await sealSyncState(unlocked.dataKey, state) } });
    });
  }

  /**
   * What a sync merged, in one transaction with sync's state: accounts written (new or changed), records removed
   * (deleted elsewhere) and the list order. Refused (false) when the vault was written since `revision`: the
   * merge saw an older snapshot and would undo that write.
   */
  async applySync(change: SyncChange): Promise<boolean> {
    return this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      if (change.revision !== this.revision) return false;
      const stored = await (await this.env.db()).getAll('records');
      await this.commitChanges(unlocked, await planSyncApply(unlocked, stored, change));
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
      const stored = await db.getAll('records');
      const adoption = await planKeyAdoption({ unlocked, header, stored, rawKey, passphraseWrappers, state });
      await commit(db, adoption.contents, adoption.changes);
      this.revision++;
      await this.session.unlock(rawKey);
      return { droppedKeys: adoption.droppedKeys };
    });
  }

  /** Moves the listed accounts to the front in the given order; only the clear-text order field changes. */
  async setOrder(ids: string[]): Promise<void> {
    await this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      const { ordered, order, records } = planOrder(unlocked, ids);
      await writeOrder(await this.env.db(), ordered);
      Object.assign(unlocked, { order, records });
      this.revision++;
      this.env.onChange?.();
    });
  }

  async remove(id: string): Promise<void> {
    await this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      await this.commitChanges(unlocked, planRemove(unlocked, id));
    });
  }

  /** Removes a record reported as damaged (and its manifest entry), so the report ends; others are refused. */
  async removeDamaged(id: string): Promise<void> {
    await this.serialized(async () => {
      const unlocked = await this.requireUnlocked();
      if (!unlocked.damage.some((d) => d.id === id)) throw new VaultError('not-found', t('vault_error_not_found'));
      await this.commitChanges(unlocked, planRemove(unlocked, id));
    });
  }

  /**
   * Records, the manifest that covers them and the snapshot of the whole vault, in one transaction (commit.ts);
   * memory (accounts, damage and list order included) follows only once it committed.
   */
  private async commitChanges(unlocked: UnlockedVault, { next, changes }: PlannedChange): Promise<void> {
    const records = applyChanges(unlocked.records, changes);
    await commit(await this.env.db(), contentsOf(unlocked.dataKey, { ...next, records }), changes);
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
    return storedHeader(await this.env.db());
  }

  private async requireHeader(): Promise<VaultHeader> {
    return requireHeader(await this.env.db());
  }

  private async requireUnlocked(): Promise<UnlockedVault> {
    const unlocked = await this.session.current();
    if (!unlocked) throw new VaultError('locked', t('vault_error_locked'));
    return unlocked;
  }
}
