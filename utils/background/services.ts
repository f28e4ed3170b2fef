import { browser } from 'wxt/browser';
import type { RouterEnv } from '@/utils/background/router';
import { cancelAutoLock, scheduleAutoLock } from '@/utils/background/auto-lock';
import { clearClipboardLater } from '@/utils/background/clipboard-clear';
import { createFillPermits } from '@/utils/background/fill-permits';
import { RecheckGrace } from '@/utils/background/recheck-grace';
import { fillAllFrames, injectDetector, probeAllFrames, tabUrl } from '@/utils/background/tab-messaging';
import { effectiveSettings, readPolicy } from '@/utils/policy';
import { failedUnlocksItem, sessionRecheckItem, settingsItem, syncPendingItem, syncStatusItem } from '@/utils/storage';
import { createSyncService, type SyncService } from '@/utils/background/sync-service';
import { createSyncBackend } from '@/utils/sync/backend-factory';
import { openVaultDb } from '@/utils/vault/db';
import { sessionKeyStore } from '@/utils/vault/session-key';
import { Vault } from '@/utils/vault/vault';

/** Wires the real browser into the services the router's handlers use. */
export function createBackgroundServices(): RouterEnv {
  const dbPromise = openVaultDb();
  // Bound below: the vault tells sync about local writes, and sync works on the vault.
  let sync: SyncService | null = null;
  const vault = new Vault({
    db: () => dbPromise,
    sessionKeys: sessionKeyStore,
    failedUnlocks: { get: () => failedUnlocksItem.getValue(), set: (value) => failedUnlocksItem.setValue(value) },
    now: () => Date.now(),
    onChange: () => void sync?.noteLocalChange().catch(() => undefined),
  });
  sync = createSyncService({
    vault,
    now: () => Date.now(),
    makeBackend: createSyncBackend,
    status: { get: () => syncStatusItem.getValue(), set: (value) => syncStatusItem.setValue(value) },
    pending: { get: () => syncPendingItem.getValue(), set: (value) => syncPendingItem.setValue(value) },
    alarms: {
      at: async (name, when) => void (await browser.alarms.create(name, { when })),
      clear: async (name) => void (await browser.alarms.clear(name)),
    },
  });
  const recheck = new RecheckGrace(
    {
      getValue: () => sessionRecheckItem.getValue(),
      setValue: (value) => (value ? sessionRecheckItem.setValue(value) : sessionRecheckItem.removeValue()),
    },
    () => Date.now(),
  );
  vault.onLock(() => recheck.clear());
  return {
    vault,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    settings: {
      get: async () => effectiveSettings(...(await Promise.all([settingsItem.getValue(), readPolicy()]))),
      set: (value) => settingsItem.setValue(value),
    },
    policy: readPolicy,
    noteActivity: async () => {
      if ((await vault.state()) !== 'unlocked') return cancelAutoLock();
      return scheduleAutoLock(
        effectiveSettings(...(await Promise.all([settingsItem.getValue(), readPolicy()]))).autoLockMinutes,
        Date.now(),
      );
    },
    tabs: { fillAllFrames, probeAllFrames, injectDetector, url: tabUrl },
    permits: createFillPermits(() => Date.now()),
    recheck,
    clipboard: { clearLater: clearClipboardLater },
    sync,
    runtimeId: browser.runtime.id,
    extensionBaseUrl: browser.runtime.getURL('/'),
  };
}
