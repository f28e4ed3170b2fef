import { describe, expect, it } from 'vitest';
import { describeBackendContract } from '@/utils/sync/backend-contract';
import { createMemoryBackend } from '@/utils/sync/memory-backend';
import { SyncError } from '@/utils/sync/types';

describeBackendContract('memory', () => createMemoryBackend());

describe('memory backend faults', () => {
  it('fails the next N calls of the chosen operations with the given failure, without changing anything', async () => {
    const backend = createMemoryBackend();
    const version = await backend.write('a', new Uint8Array([1]), null);
    backend.failNext(2, 'unavailable', { operations: ['write'], status: 503 });
    for (let i = 0; i < 2; i++) {
      const error = await backend.write('a', new Uint8Array([2]), version).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SyncError);
      expect((error as SyncError).failure).toBe('unavailable');
      expect((error as SyncError).status).toBe(503);
    }
    expect(await backend.list()).toEqual([{ name: 'a', version, size: 1 }]);
    await backend.write('a', new Uint8Array([3]), version);
    expect([...backend.files().get('a')!.bytes]).toEqual([3]);
    expect(backend.calls.write).toBe(4);
  });

  it('delays calls, and lets a hook act between a read and a write', async () => {
    const backend = createMemoryBackend();
    backend.setDelay(30);
    const started = performance.now();
    await backend.list();
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    backend.setDelay(0);
    const version = await backend.write('a', new Uint8Array([1]), null);
    backend.onCall(async (operation) => {
      if (operation !== 'write') return;
      backend.onCall(null);
      await backend.write('a', new Uint8Array([9]), version);
    });
    await expect(backend.write('a', new Uint8Array([2]), version)).rejects.toMatchObject({ failure: 'conflict' });
    expect([...backend.files().get('a')!.bytes]).toEqual([9]);
  });
});
