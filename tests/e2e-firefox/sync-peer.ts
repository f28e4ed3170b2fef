/**
 * Another browser of the synced vault, played in Node by the sync service the extension runs (vault and sync code
 * on fake-indexeddb, the real WebDAV backend). Run with tsx (Playwright's loader cannot import the message JSON):
 *   tsx sync-peer.ts seed <folder> <user> <password>            makes the synced vault with two accounts
 *   tsx sync-peer.ts join-and-list <folder> <user> <password>   joins it fresh and prints every account's issuer
 */
import 'fake-indexeddb/auto';
import { makeDevice, PASS } from '@/tests/unit/sync-world';
import { sampleAccount } from '@/tests/unit/vault-env';
import { createWebDavBackend } from '@/utils/sync/webdav-backend';

const [mode, url, user, password] = process.argv.slice(2) as [string, string, string, string];
const config = { kind: 'webdav', url, user, password } as const;
const realTime = {
  get now() {
    return Date.now();
  },
};
const device = await makeDevice(
  { backend: () => createWebDavBackend(config) },
  realTime,
  mode === 'seed' ? PASS : 'a peer joining later on',
);
if (mode === 'seed') {
  await device.vault.saveAll([
    sampleAccount('gh', { issuer: 'GitHub', label: 'octo' }),
    sampleAccount('mail', { issuer: 'Mail', label: 'alice' }),
  ]);
  const status = await device.sync.setEnabled(config, 'Chromium');
  if (status.lastError) throw new Error(status.lastError.message);
} else {
  await device.sync.setEnabled(config, 'Peer');
  const { status } = await device.sync.joinWithPassphrase(PASS);
  if (status.lastError) throw new Error(status.lastError.message);
}
console.log(JSON.stringify((await device.vault.list()).accounts.map((a) => a.issuer).sort()));
