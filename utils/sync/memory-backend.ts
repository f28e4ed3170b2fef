import { t } from '@/utils/i18n/t';
import { assertValidName } from '@/utils/sync/names';
import { SyncError, type RemoteEntry, type SyncBackend, type SyncFailure } from '@/utils/sync/types';

type Operation = 'list' | 'read' | 'write' | 'delete';

/** An in-memory SyncBackend for tests of the sync engine, with faults to inject. Passes the backend contract. */
export interface MemoryBackend extends SyncBackend {
  /**
   * The next `count` calls (of the given operations, every operation by default) throw SyncError(failure)
   * without touching the files, as a server that answers an error does.
   */
  failNext(count: number, failure: SyncFailure, options?: { operations?: Operation[]; status?: number }): void;
  /** Every call waits this long before it acts (the check and the change then happen together, as on a server). */
  setDelay(ms: number): void;
  /** Runs before each call acts, e.g. to let another writer in between a read and a write. */
  onCall(hook: ((operation: Operation, name?: string) => void | Promise<void>) | null): void;
  /** The stored files (copies), by name. */
  files(): Map<string, { bytes: Uint8Array; version: string }>;
  /** How many calls of each operation were made. */
  readonly calls: Record<Operation, number>;
}

const MESSAGES: Record<SyncFailure, () => string> = {
  conflict: () => t('sync_conflict'),
  unauthorized: () => t('sync_unauthorized'),
  forbidden: () => t('sync_forbidden'),
  'not-found': () => t('sync_not_found'),
  unavailable: () => t('sync_server_error', 503),
  quota: () => t('sync_quota_total', 100),
  'bad-response': () => t('sync_not_webdav', 200),
};

/** `kind` only labels it; the behaviour is the same for both. */
export function createMemoryBackend(kind: SyncBackend['kind'] = 'webdav'): MemoryBackend {
  const stored = new Map<string, { bytes: Uint8Array; version: string }>();
  /** Versions are never reused, even after a delete, so a stale version can never match a new file. */
  let counter = 0;
  let delayMs = 0;
  let hook: ((operation: Operation, name?: string) => void | Promise<void>) | null = null;
  const faults: { count: number; failure: SyncFailure; operations: Operation[] | null; status?: number }[] = [];
  const calls: Record<Operation, number> = { list: 0, read: 0, write: 0, delete: 0 };

  async function enter(operation: Operation, name?: string): Promise<void> {
    calls[operation]++;
    if (name !== undefined) assertValidName(name);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    await hook?.(operation, name);
    const fault = faults.find((f) => f.count > 0 && (!f.operations || f.operations.includes(operation)));
    if (fault) {
      fault.count--;
      throw new SyncError(fault.failure, MESSAGES[fault.failure](), fault.status);
    }
  }

  return {
    kind,
    calls,
    failNext(count, failure, options = {}) {
      faults.push({ count, failure, operations: options.operations ?? null, status: options.status });
    },
    setDelay(ms) {
      delayMs = ms;
    },
    onCall(next) {
      hook = next;
    },
    files() {
      return new Map([...stored].map(([name, file]) => [name, { bytes: file.bytes.slice(), version: file.version }]));
    },

    async list(): Promise<RemoteEntry[]> {
      await enter('list');
      return [...stored].map(([name, file]) => ({ name, version: file.version, size: file.bytes.length }));
    },

    async read(name) {
      await enter('read', name);
      const file = stored.get(name);
      return file ? { bytes: file.bytes.slice(), version: file.version } : null;
    },

    async write(name, bytes, expected) {
      await enter('write', name);
      const current = stored.get(name);
      if ((current?.version ?? null) !== expected) throw new SyncError('conflict', t('sync_conflict'));
      const version = `m${++counter}`;
      stored.set(name, { bytes: bytes.slice(), version });
      return version;
    },

    async delete(name, expected) {
      await enter('delete', name);
      const current = stored.get(name);
      if (!current) return;
      if (current.version !== expected) throw new SyncError('conflict', t('sync_conflict'));
      stored.delete(name);
    },
  };
}
