import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeBackendContract } from '@/utils/sync/backend-contract';
import { createBrowserSyncBackend, itemBytes, KEY_PREFIX, onBrowserSyncChange, SYNC_QUOTA } from '@/utils/sync/browser-sync-backend';
import type { SyncError } from '@/utils/sync/types';

// The fake browser's storage is reset before every test (tests/unit/setup.ts), so each backend starts empty.
describeBackendContract('browser sync storage', () => createBrowserSyncBackend(fakeBrowser.storage.sync));

const failureOf = async (promise: Promise<unknown>) => ((await promise.catch((e: unknown) => e)) as SyncError).failure;

describe('browser sync storage quota', () => {
  it('refuses a file over 8 KB per item before writing, saying to use WebDAV', async () => {
    const backend = createBrowserSyncBackend(fakeBrowser.storage.sync);
    const error = (await backend.write('big', new Uint8Array(6200), null).catch((e: unknown) => e)) as SyncError;
    expect(error.failure).toBe('quota');
    expect(error.message).toMatch(/WebDAV/);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    // Just under the limit fits: 6,000 bytes are 8,000 base64 characters plus the key and the JSON around them.
    await backend.write('fits', new Uint8Array(6000), null);
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(itemBytes(`${KEY_PREFIX}fits`, stored[`${KEY_PREFIX}fits`])).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
  });

  it('refuses a write that would take the area over 100 KB, counting items that are not sync files', async () => {
    await fakeBrowser.storage.sync.set({ other: 'x'.repeat(5000) });
    const backend = createBrowserSyncBackend(fakeBrowser.storage.sync);
    let written = 0;
    let failure: string | undefined;
    for (let i = 0; i < 20 && !failure; i++) {
      failure = await backend.write(`f${i}`, new Uint8Array(6000), null).then(
        () => void written++,
        (e: SyncError) => e.failure,
      );
    }
    expect(failure).toBe('quota');
    // Each item is about 8,040 bytes: 5,008 + 12 × 8,040 = 101,488 fits in 102,400; a 13th does not.
    expect(written).toBe(12);
    expect((await backend.list()).length).toBe(12);
  });

  it('refuses more than 512 items', async () => {
    await fakeBrowser.storage.sync.set(Object.fromEntries(Array.from({ length: 512 }, (_, i) => [`k${i}`, 1])));
    const backend = createBrowserSyncBackend(fakeBrowser.storage.sync);
    expect(await failureOf(backend.write('one-more', new Uint8Array(1), null))).toBe('quota');
  });

  it("maps the browser's own errors: a quota error to quota, a write-rate limit to unavailable", async () => {
    const backend = createBrowserSyncBackend(fakeBrowser.storage.sync);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    set.mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await failureOf(backend.write('a', new Uint8Array(1), null))).toBe('quota');
    set.mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    expect(await failureOf(backend.write('a', new Uint8Array(1), null))).toBe('unavailable');
    expect(await backend.list()).toEqual([]);
  });

  it('ignores items that are not its own', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' }, [`${KEY_PREFIX}broken`]: 'not a file' });
    expect(await createBrowserSyncBackend(fakeBrowser.storage.sync).list()).toEqual([]);
  });
});

describe('onBrowserSyncChange', () => {
  it('reports changed sync files of the sync area only, until stopped', async () => {
    const seen: string[][] = [];
    const stop = onBrowserSyncChange((names) => seen.push(names));
    const backend = createBrowserSyncBackend(fakeBrowser.storage.sync);
    await backend.write('rec1', new Uint8Array([1]), null);
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    await fakeBrowser.storage.local.set({ [`${KEY_PREFIX}local`]: 1 });
    stop();
    await backend.write('rec2', new Uint8Array([1]), null);
    expect(seen).toEqual([['rec1']]);
  });
});
