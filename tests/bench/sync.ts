import 'fake-indexeddb/auto';
import { makeDevice, PASS } from '@/tests/unit/sync-world';
import { startWebDavServer } from '@/tests/harness/webdav-server';
import { sampleAccount } from '@/tests/unit/vault-env';
import { createWebDavBackend } from '@/utils/sync/webdav-backend';

const realTime = {
  get now() {
    return Date.now();
  },
};

/**
 * Sync against the local Apache WebDAV server (tests/harness/webdav-server.ts), in Node: the sync service and
 * vault as the extension runs them, on fake-indexeddb, with the real WebDAV backend over HTTP to 127.0.0.1.
 */
export async function benchSync(count = 1000): Promise<string[]> {
  const server = await startWebDavServer();
  try {
    const dav = { backend: () => createWebDavBackend({ url: `${server.url}bench/`, user: server.user, password: server.password }) };
    const a = await makeDevice(dav, realTime);
    await a.vault.saveAll(
      Array.from({ length: count }, (_, i) => sampleAccount(`account-${i}`, { label: `user${i}@example.com`, notes: 'x'.repeat(40) })),
    );
    let t0 = performance.now();
    const first = await a.sync.setEnabled(
      { kind: 'webdav', url: `${server.url}bench/`, user: server.user, password: server.password },
      'A',
    );
    const firstMs = performance.now() - t0;
    if (first.lastError) throw new Error(first.lastError.message);

    const b = await makeDevice(dav, realTime, 'the second browser passphrase');
    await b.sync.setEnabled({ kind: 'webdav', url: `${server.url}bench/`, user: server.user, password: server.password }, 'B');
    t0 = performance.now();
    const joined = await b.sync.joinWithPassphrase(PASS);
    const joinMs = performance.now() - t0;
    if (joined.status.lastError) throw new Error(joined.status.lastError.message);

    await a.vault.update('account-7', (acc) => ({ ...acc, label: 'edited' }));
    t0 = performance.now();
    await a.sync.syncNow();
    const editMs = performance.now() - t0;
    t0 = performance.now();
    await b.sync.syncNow();
    const receiveMs = performance.now() - t0;
    t0 = performance.now();
    await b.sync.syncNow();
    const idleMs = performance.now() - t0;
    if ((await b.vault.get('account-7')).label !== 'edited') throw new Error('the edit did not arrive');
    return [
      `sync, ${count.toLocaleString('en')} accounts, Node + fake-indexeddb + local Apache WebDAV: first sync (upload) ${firstMs.toFixed(0)} ms`,
      `  second browser joins (passphrase, re-key, download, merge) ${joinMs.toFixed(0)} ms`,
      `  one-edit sync: sender ${editMs.toFixed(0)} ms, receiver ${receiveMs.toFixed(0)} ms, nothing changed ${idleMs.toFixed(0)} ms`,
    ];
  } finally {
    await server.close();
  }
}
