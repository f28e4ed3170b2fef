import { browser } from 'wxt/browser';
import { base64ToBytes, bytesToBase64, randomBytes, utf8 } from '@/utils/bytes';
import { t } from '@/utils/i18n/t';
import { assertValidName } from '@/utils/sync/names';
import { SyncError, type RemoteEntry, type SyncBackend } from '@/utils/sync/types';

/**
 * The browser's own sync storage (storage.sync, carried by Chrome Sync and Firefox Sync) as a SyncBackend: one
 * item per file, under KEY_PREFIX, holding a random version and the bytes in base64.
 *
 * storage.sync has no compare-and-set: a precondition is checked by reading the item and then writing it, and
 * two browsers writing the same item at nearly the same moment can both succeed locally; Chrome/Firefox Sync
 * then keep one of the two values. That is safe here because every write the sync engine makes is a merge of
 * what it read (a join: commutative, associative, idempotent): the value that is kept already contains what
 * the writer had read, and the other browser's edit is merged again on its next sync, when it sees a version
 * that is not the one it wrote. What the check does prevent is a stale device overwriting a newer merge.
 * Within one browser the check and the write are serialized (one queue per storage area), so there exactly
 * one of two writes expecting the same version wins, as on WebDAV.
 */

export const KEY_PREFIX = 'tessera.sync.';

/** Chrome's and Firefox's limits for storage.sync (the area's own constants are used when it has them). */
export const SYNC_QUOTA = { QUOTA_BYTES: 102_400, QUOTA_BYTES_PER_ITEM: 8_192, MAX_ITEMS: 512 } as const;

interface StoredFile {
  /** A random version: never repeats, so a stale version cannot match a file deleted and written again. */
  v: string;
  /** The bytes, base64. */
  d: string;
}

/** What the backend uses of a StorageArea (browser.storage.sync, or a fake in tests). */
export interface SyncStorageArea extends Partial<Record<keyof typeof SYNC_QUOTA, number>> {
  get(keys: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string): Promise<void>;
}

const isStoredFile = (value: unknown): value is StoredFile =>
  typeof value === 'object' && value !== null && typeof (value as StoredFile).v === 'string' && typeof (value as StoredFile).d === 'string';

/** What Chrome counts against the quotas for one item: the key's length plus its value's JSON (in UTF-8 bytes). */
export const itemBytes = (key: string, value: unknown) => utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length;

const randomVersion = () => [...randomBytes(8)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The browser's own quota errors ("QUOTA_BYTES quota exceeded", Firefox's "…exceeds quota…") become 'quota'. */
function storageFailure(error: unknown): SyncError {
  const detail = error instanceof Error ? error.message : String(error);
  if (/QUOTA_BYTES|MAX_ITEMS|quota exceeded|exceeds? (the )?quota/i.test(detail) && !/MAX_WRITE_OPERATIONS/i.test(detail)) {
    return new SyncError('quota', t('sync_quota_browser', detail));
  }
  // MAX_WRITE_OPERATIONS_PER_MINUTE/HOUR, sync turned off, a profile shutting down: worth trying again later.
  return new SyncError('unavailable', t('sync_storage_failed', detail));
}

/** One queue per storage area: a read-check-write runs after the previous one in this browser has finished. */
const queues = new WeakMap<object, Promise<unknown>>();

function serialized<T>(area: object, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(area) ?? Promise.resolve();
  const next = previous.then(task, task);
  queues.set(
    area,
    next.catch(() => undefined),
  );
  return next;
}

export function createBrowserSyncBackend(storageArea: SyncStorageArea = browser.storage.sync): SyncBackend {
  const quota = {
    QUOTA_BYTES: storageArea.QUOTA_BYTES ?? SYNC_QUOTA.QUOTA_BYTES,
    QUOTA_BYTES_PER_ITEM: storageArea.QUOTA_BYTES_PER_ITEM ?? SYNC_QUOTA.QUOTA_BYTES_PER_ITEM,
    MAX_ITEMS: storageArea.MAX_ITEMS ?? SYNC_QUOTA.MAX_ITEMS,
  };
  const keyOf = (name: string) => {
    assertValidName(name);
    return KEY_PREFIX + name;
  };

  async function getAll(): Promise<Record<string, unknown>> {
    try {
      return (await storageArea.get(null)) as Record<string, unknown>;
    } catch (error) {
      throw storageFailure(error);
    }
  }

  async function getOne(key: string): Promise<StoredFile | null> {
    try {
      const value = ((await storageArea.get(key)) as Record<string, unknown>)[key];
      return isStoredFile(value) ? value : null;
    } catch (error) {
      throw storageFailure(error);
    }
  }

  /** Refuses, before anything is written, a file that would break one of the quotas (every item in the area counts). */
  async function checkQuota(key: string, value: StoredFile): Promise<void> {
    const size = itemBytes(key, value);
    if (size > quota.QUOTA_BYTES_PER_ITEM) throw new SyncError('quota', t('sync_quota_item', size));
    const all = await getAll();
    let total = size;
    let items = 1;
    for (const [other, otherValue] of Object.entries(all)) {
      if (other === key) continue;
      total += itemBytes(other, otherValue);
      items++;
    }
    if (items > quota.MAX_ITEMS) throw new SyncError('quota', t('sync_quota_items', quota.MAX_ITEMS));
    if (total > quota.QUOTA_BYTES) throw new SyncError('quota', t('sync_quota_total', Math.ceil(total / 1024)));
  }

  return {
    kind: 'browser-sync',

    async list(): Promise<RemoteEntry[]> {
      const all = await getAll();
      const entries: RemoteEntry[] = [];
      for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith(KEY_PREFIX) || !isStoredFile(value)) continue;
        // The size of the bytes, as WebDAV reports it; base64 is 4 characters per 3 bytes, less the padding.
        const size = (value.d.length / 4) * 3 - (value.d.endsWith('==') ? 2 : value.d.endsWith('=') ? 1 : 0);
        entries.push({ name: key.slice(KEY_PREFIX.length), version: value.v, size });
      }
      return entries;
    },

    async read(name) {
      const file = await getOne(keyOf(name));
      return file ? { bytes: base64ToBytes(file.d), version: file.v } : null;
    },

    async write(name, bytes, expected) {
      const key = keyOf(name);
      return serialized(storageArea, async () => {
        const current = await getOne(key);
        if ((current?.v ?? null) !== expected) throw new SyncError('conflict', t('sync_conflict'));
        const value: StoredFile = { v: randomVersion(), d: bytesToBase64(bytes) };
        await checkQuota(key, value);
        try {
          await storageArea.set({ [key]: value });
        } catch (error) {
          throw storageFailure(error);
        }
        return value.v;
      });
    },

    async delete(name, expected) {
      const key = keyOf(name);
      return serialized(storageArea, async () => {
        const current = await getOne(key);
        if (!current) return;
        if (current.v !== expected) throw new SyncError('conflict', t('sync_conflict'));
        try {
          await storageArea.remove(key);
        } catch (error) {
          throw storageFailure(error);
        }
      });
    },
  };
}

/**
 * Calls `listener` with the names of the sync files another browser (or this one) changed in storage.sync, so
 * a sync can be started when Chrome/Firefox Sync brings a change. Returns the function that stops listening.
 */
export function onBrowserSyncChange(listener: (names: string[]) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName !== 'sync') return;
    const names = Object.keys(changes)
      .filter((key) => key.startsWith(KEY_PREFIX))
      .map((key) => key.slice(KEY_PREFIX.length));
    if (names.length > 0) listener(names);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
