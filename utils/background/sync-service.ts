import { t } from '@/utils/i18n/t';
import { RequestError } from '@/utils/messaging/errors';
import { newDeviceId } from '@/utils/sync/hlc';
import type { BackendConfig, SyncLocalState } from '@/utils/sync/local-state';
import { decodeHeader, HEADER_FILE, unwrapRemoteHeader } from '@/utils/sync/remote-vault';
import { SYNC_OFF, type SyncProblem, type SyncStatus } from '@/utils/sync/status';
import { runSync, SyncStopped, type SyncStep } from '@/utils/sync/sync-run';
import { SyncError, type SyncBackend } from '@/utils/sync/types';
import { VaultError } from '@/utils/vault/errors';
import type { Vault } from '@/utils/vault/vault';

export const SYNC_ALARM = 'tessera.sync';
/** The periodic sync. */
export const SYNC_PERIOD_MS = 15 * 60_000;
/** How soon after a local edit the vault is synced (Chrome does not fire alarms sooner than 30 s in a packed extension). */
export const SYNC_AFTER_EDIT_MS = 30_000;
/** The longest wait between tries after failures in a row (15, 30, 60 … minutes, up to this). */
export const SYNC_MAX_BACKOFF_MS = 8 * 60 * 60_000;

export interface SyncServiceEnv {
  vault: Vault;
  now: () => number;
  makeBackend: (config: BackendConfig) => SyncBackend;
  /** storage.local: the status Settings shows (nothing secret). */
  status: { get(): Promise<SyncStatus | null>; set(status: SyncStatus): Promise<void> };
  /** storage.local: record files written by a sync that may not have finished (public names only). */
  pending: { get(): Promise<string[]>; set(names: string[]): Promise<void> };
  /** browser.alarms: one alarm, moved each time (alarms survive the service worker; timers do not). */
  alarms: { at(name: string, when: number): Promise<void>; clear(name: string): Promise<void> };
  step?: (step: SyncStep) => void | Promise<void>;
}

export interface SyncService {
  status(): Promise<SyncStatus>;
  /** Syncs now (or joins the sync in progress). Failures are recorded in the status, never thrown. */
  syncNow(): Promise<SyncStatus>;
  /** Lists the remote folder with these settings; throws a RequestError with the reason when it cannot. */
  testConnection(config: BackendConfig): Promise<void>;
  /** Turns sync on (with `config`) or off (null): the one place either happens, so a re-check can wrap it. */
  setEnabled(config: BackendConfig | null, deviceName?: string): Promise<SyncStatus>;
  /** The remote vault's passphrase, when its key is not this vault's (a join, or a passphrase change elsewhere). */
  joinWithPassphrase(passphrase: string): Promise<{ status: SyncStatus; droppedKeys: string[] }>;
  /** A local write happened: sync soon (not at once: several edits share one sync). */
  noteLocalChange(): Promise<void>;
  onAlarm(alarm: { name: string }): Promise<void>;
}

const sameTarget = (a: BackendConfig | null, b: BackendConfig): boolean =>
  a !== null && a.kind === b.kind && (a.kind !== 'webdav' || (b.kind === 'webdav' && a.url === b.url && a.user === b.user));

const withoutPassword = (config: BackendConfig): BackendConfig => (config.kind === 'webdav' ? { ...config, password: '' } : config);

/** Where the data goes, as Settings may show it: the WebDAV address without any credentials. */
function whereOf(config: BackendConfig): string | null {
  if (config.kind !== 'webdav') return null;
  try {
    const url = new URL(config.url);
    return `${url.origin}${url.pathname}`;
  } catch {
    return null;
  }
}

/** The problem and the message a person reads for a failed sync. */
export function problemOf(error: unknown): NonNullable<SyncStatus['lastError']> {
  if (error instanceof SyncError) {
    const status = error.status !== undefined ? { status: error.status } : {};
    if (error.status === 409) return { problem: 'conflict', message: t('sync_error_409'), ...status };
    const messages: Record<SyncError['failure'], string> = {
      unauthorized: t('sync_error_unauthorized'),
      forbidden: t('sync_error_forbidden'),
      conflict: t('sync_error_conflict'),
      'not-found': t('sync_error_not_found'),
      unavailable: error.status ? t('sync_error_server', String(error.status)) : t('sync_error_unreachable'),
      quota: t('sync_error_quota'),
      'bad-response': t('sync_error_bad_response'),
    };
    return { problem: error.failure, message: messages[error.failure], ...status };
  }
  if (error instanceof SyncStopped) {
    const messages: Record<SyncStopped['stop'], string> = {
      'needs-passphrase': t('sync_error_needs_passphrase'),
      'remote-damaged': t('sync_error_remote_damaged'),
      busy: t('sync_error_busy'),
      'no-passphrase': t('sync_error_no_passphrase'),
    };
    return { problem: error.stop, message: messages[error.stop] };
  }
  if (error instanceof VaultError && error.code === 'locked') return { problem: 'locked', message: t('sync_error_locked') };
  const name = error instanceof Error ? error.name : 'Error';
  return { problem: 'internal' satisfies SyncProblem, message: t('error_internal', name) };
}

export function backoffMs(failures: number): number {
  return Math.min(SYNC_PERIOD_MS * 2 ** Math.max(0, failures - 1), SYNC_MAX_BACKOFF_MS);
}

export function createSyncService(env: SyncServiceEnv): SyncService {
  let running: Promise<SyncStatus> | null = null;

  const readStatus = async (): Promise<SyncStatus> => ({ ...SYNC_OFF, ...(await env.status.get()), running: running !== null });
  const saveStatus = async (status: SyncStatus): Promise<SyncStatus> => {
    // "Running" is this worker's own knowledge: a worker stopped mid-sync must not leave it set.
    await env.status.set({ ...status, running: false });
    return { ...status, running: false };
  };
  const schedule = async (status: SyncStatus, when: number): Promise<SyncStatus> => {
    await env.alarms.at(SYNC_ALARM, when);
    return { ...status, nextSyncAt: when };
  };

  const backendOf = async (): Promise<{ state: SyncLocalState; backend: SyncBackend }> => {
    const state = await env.vault.readSyncState();
    if (!state?.backend) throw new RequestError('invalid-input', t('sync_error_off'));
    return { state, backend: env.makeBackend(state.backend) };
  };

  const sync = async (): Promise<SyncStatus> => {
    let status = await readStatus();
    if (!status.enabled) return status;
    const now = env.now();
    if ((await env.vault.state()) !== 'unlocked') {
      // Not a failure: the vault's key is needed, and the next alarm (or unlock and "Sync now") tries again.
      return saveStatus(await schedule({ ...status, lastError: problemOf(new VaultError('locked', '')) }, now + SYNC_PERIOD_MS));
    }
    try {
      const { backend } = await backendOf();
      const result = await runSync({
        vault: env.vault,
        backend,
        now: env.now,
        pending: env.pending,
        ...(env.step ? { step: env.step } : {}),
      });
      const undecryptable = result.undecryptable.length;
      status = {
        ...status,
        lastAttemptAt: now,
        lastSuccessAt: env.now(),
        failures: 0,
        undecryptable,
        lastError: undecryptable > 0 ? { problem: 'remote-damaged', message: t('sync_error_undecryptable', String(undecryptable)) } : null,
      };
      return saveStatus(await schedule(status, env.now() + SYNC_PERIOD_MS));
    } catch (error) {
      const failures = status.failures + 1;
      status = { ...status, lastAttemptAt: now, failures, lastError: problemOf(error) };
      return saveStatus(await schedule(status, env.now() + backoffMs(failures)));
    }
  };

  const service: SyncService = {
    status: readStatus,
    syncNow() {
      if (!running) {
        const run = sync().finally(() => {
          if (running === run) running = null;
        });
        running = run;
      }
      return running;
    },
    async testConnection(config) {
      try {
        await env.makeBackend(config).list();
      } catch (error) {
        throw new RequestError('invalid-input', problemOf(error).message);
      }
    },
    async setEnabled(config, deviceName) {
      const state = await env.vault.readSyncState();
      if (config === null) {
        if (state)
          await env.vault.writeSyncState({
            ...state,
            backend: null,
            lastBackend: state.backend ? withoutPassword(state.backend) : (state.lastBackend ?? null),
          });
        await env.alarms.clear(SYNC_ALARM);
        return saveStatus({ ...SYNC_OFF, deviceName: state?.deviceName ?? null });
      }
      await service.testConnection(config);
      const name = deviceName?.trim() || state?.deviceName || t('sync_default_device_name');
      // Another server or account: what this device knew of the old one means nothing there.
      const keep = state && sameTarget(state.backend ?? state.lastBackend ?? null, config);
      const next: SyncLocalState = {
        v: 1,
        deviceId: state?.deviceId ?? newDeviceId(),
        clock: state?.clock ?? null,
        deviceName: name,
        backend: config,
        remote: keep ? state.remote : null,
        docs: keep ? state.docs : {},
        syncedThrough: keep ? state.syncedThrough : null,
        lastBackend: withoutPassword(config),
        ...(keep && state.previousKey ? { previousKey: state.previousKey } : {}),
      };
      await env.vault.writeSyncState(next);
      await saveStatus({ ...SYNC_OFF, enabled: true, kind: config.kind, where: whereOf(config), deviceName: name });
      return service.syncNow();
    },
    async joinWithPassphrase(passphrase) {
      const { state, backend } = await backendOf();
      let file: Awaited<ReturnType<SyncBackend['read']>>;
      try {
        file = await backend.read(HEADER_FILE);
      } catch (error) {
        throw new RequestError('invalid-input', problemOf(error).message);
      }
      const header = file ? decodeHeader(file.bytes) : null;
      if (!header) throw new RequestError('invalid-input', t('sync_error_remote_damaged'));
      let rawKey: Uint8Array<ArrayBuffer> | null = null;
      // Tried like an unlock: wrong tries count towards the same slow-down.
      await env.vault.secretTry(async () => (rawKey = await unwrapRemoteHeader(header, passphrase)) !== null);
      const next: SyncLocalState = { ...state, remote: { keyId: header.keyId, records: state.remote?.records ?? {} } };
      delete next.previousKey;
      const { droppedKeys } = await env.vault.adoptDataKey(rawKey!, header.wrappers, next);
      return { status: await service.syncNow(), droppedKeys };
    },
    async noteLocalChange() {
      // A sync's own write is not an edit to sync again.
      if (running) return;
      const status = await readStatus();
      if (!status.enabled) return;
      const soon = env.now() + SYNC_AFTER_EDIT_MS;
      // After failures the back-off stands: an edit does not turn it into a retry loop.
      if (status.failures > 0 || (status.nextSyncAt !== null && status.nextSyncAt <= soon)) return;
      await saveStatus(await schedule(status, soon));
    },
    async onAlarm(alarm) {
      if (alarm.name === SYNC_ALARM) await service.syncNow();
    },
  };
  return service;
}
