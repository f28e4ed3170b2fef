import { IDBFactory } from 'fake-indexeddb';
import { createSyncService, type SyncService } from '@/utils/background/sync-service';
import type { SyncStatus } from '@/utils/sync/status';
import type { SyncStep } from '@/utils/sync/sync-run';
import { SyncError, type RemoteEntry, type SyncBackend } from '@/utils/sync/types';
import { openVaultDb } from '@/utils/vault/db';
import { Vault } from '@/utils/vault/vault';
import { CHEAP_KDF, memoryVaultStores } from '@/tests/unit/vault-env';

export type Operation = 'list' | 'read' | 'write' | 'delete';

/**
 * A remote folder in memory with versions like ETags, and a fault hook that can fail any request. (A stand-in
 * for the shared memory backend of utils/sync, used where a test needs to reach into files and faults directly.)
 */
export function memoryServer() {
  const files = new Map<string, { bytes: Uint8Array; version: string }>();
  let counter = 0;
  const requests: { op: Operation; name?: string }[] = [];
  const server = {
    files,
    requests,
    fault: null as ((op: Operation, name?: string) => void) | null,
    backend(): SyncBackend {
      const hit = (op: Operation, name?: string) => {
        requests.push({ op, ...(name !== undefined ? { name } : {}) });
        server.fault?.(op, name);
      };
      return {
        kind: 'webdav',
        async list(): Promise<RemoteEntry[]> {
          hit('list');
          return [...files].map(([name, file]) => ({ name, version: file.version, size: file.bytes.byteLength }));
        },
        async read(name) {
          hit('read', name);
          const file = files.get(name);
          return file ? { bytes: file.bytes.slice(), version: file.version } : null;
        },
        async write(name, bytes, expected) {
          hit('write', name);
          if ((files.get(name)?.version ?? null) !== expected) throw new SyncError('conflict', 'precondition failed', 412);
          const version = `"${++counter}"`;
          files.set(name, { bytes: bytes.slice(), version });
          return version;
        },
        async delete(name, expected) {
          hit('delete', name);
          const file = files.get(name);
          if (!file) return;
          if (file.version !== expected) throw new SyncError('conflict', 'precondition failed', 412);
          files.delete(name);
        },
      };
    },
  };
  return server;
}

export type MemoryServer = ReturnType<typeof memoryServer>;

export const PASS = 'correct horse battery staple';
export const WEBDAV = { kind: 'webdav', url: 'https://dav.example/tessera/', user: 'alice', password: 'app-password' } as const;

let worlds = 0;

/** One browser: its own IndexedDB, session, vault, alarms and sync service, talking to `server`. */
export async function makeDevice(server: Pick<MemoryServer, 'backend'>, clock: { readonly now: number }, passphrase = PASS) {
  globalThis.indexedDB ??= new IDBFactory();
  const dbName = `tessera-device-${++worlds}`;
  const { sessionKeys, failedUnlocks } = memoryVaultStores();
  let status: SyncStatus | null = null;
  let pending: string[] = [];
  const alarms = new Map<string, number>();
  const device = {
    alarms,
    crashAt: null as SyncStep | null,
    vault: null as unknown as Vault,
    sync: null as unknown as SyncService,
    pending: () => pending,
  };
  const vault = new Vault({
    db: () => openVaultDb(dbName),
    sessionKeys,
    failedUnlocks,
    now: () => clock.now,
    kdf: CHEAP_KDF,
    onChange: () => void device.sync.noteLocalChange(),
  });
  device.vault = vault;
  device.sync = createSyncService({
    vault,
    now: () => clock.now,
    makeBackend: () => server.backend(),
    status: {
      get: async () => status,
      set: async (value) => {
        status = value;
      },
    },
    pending: {
      get: async () => [...pending],
      set: async (names) => {
        pending = [...names];
      },
    },
    alarms: {
      at: async (name, when) => void alarms.set(name, when),
      clear: async (name) => void alarms.delete(name),
    },
    step: (step) => {
      if (device.crashAt === step) {
        device.crashAt = null;
        throw new Error(`browser killed at ${step}`);
      }
    },
  });
  await vault.create(passphrase);
  return device;
}

export type Device = Awaited<ReturnType<typeof makeDevice>>;

/** A sync service for tests that do not sync: its status and alarms in memory, and no server to reach. */
export function syncServiceWithoutServer(vault: Vault, now: () => number) {
  let status: SyncStatus | null = null;
  return createSyncService({
    vault,
    now,
    makeBackend: () => {
      throw new SyncError('unavailable', 'no sync server in this test');
    },
    status: { get: async () => status, set: async (value) => void (status = value) },
    pending: { get: async () => [], set: async () => undefined },
    alarms: { at: async () => undefined, clear: async () => undefined },
  });
}
