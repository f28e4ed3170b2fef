import { base64ToBytes, bytesToBase64, utf8 } from '@/utils/bytes';
import type { HlcStamp, SyncDoc } from '@/utils/sync/types';
import { open, seal, type Sealed } from '@/utils/vault/codec';

/** Where this device syncs to. The WebDAV password lives here, inside the vault's ciphertext, never in storage.local. */
export type BackendConfig = { kind: 'webdav'; url: string; user: string; password: string } | { kind: 'browser-sync' };

/** One record as the remote index lists it: the random file holding it and the write stamp bound into its ciphertext. */
export interface RemoteRecordRef {
  file: string;
  stamp: HlcStamp;
}

/** What this device knew of the remote vault when its last sync completed. */
export interface RemoteKnowledge {
  /** The id of the data key the remote vault is encrypted with (in the remote header). */
  keyId: string;
  records: Record<string, RemoteRecordRef>;
}

/**
 * Sync's state on this device, sealed with the data key and written in the same transaction as the records a
 * sync applies (utils/vault/commit.ts), so records, shadows and clock never disagree after a crash.
 */
export interface SyncLocalState {
  v: 1;
  deviceId: string;
  deviceName: string;
  /** The clock's last stamp (hlc.ts `last()`), so stamps stay monotonic across restarts. */
  clock: HlcStamp | null;
  backend: BackendConfig | null;
  /** The target last synced with, without its password: turning sync back on there keeps what this device knew. */
  lastBackend?: BackendConfig | null;
  remote: RemoteKnowledge | null;
  /** The merged doc of every record after the last complete sync: local edits are re-stamped against it, field by field. */
  docs: Record<string, SyncDoc>;
  /** The clock's stamp when the last complete sync finished (tombstones.ts `forgetPrunedDocs`). */
  syncedThrough: HlcStamp | null;
  /**
   * Set by a local passphrase change (which rotates the data key): the key the remote vault is still encrypted with
   * (base64), so the next sync can read it and publish the vault under the new key.
   */
  previousKey?: string;
}

const SYNC_STATE_AAD = 'tessera:sync-state:v1';

export async function sealSyncState(dataKey: CryptoKey, state: SyncLocalState): Promise<Sealed> {
  const plaintext = utf8.encode(JSON.stringify(state));
  const sealed = await seal(dataKey, plaintext, SYNC_STATE_AAD);
  plaintext.fill(0);
  return sealed;
}

/** The state, or null when it does not open with this key or is not a sync state. */
export async function openSyncState(dataKey: CryptoKey, sealed: Sealed): Promise<SyncLocalState | null> {
  const plaintext = await open(dataKey, sealed, SYNC_STATE_AAD);
  if (!plaintext) return null;
  try {
    const state = JSON.parse(utf8.decode(plaintext)) as SyncLocalState;
    return state && state.v === 1 && typeof state.deviceId === 'string' ? state : null;
  } catch {
    return null;
  } finally {
    plaintext.fill(0);
  }
}

/** After a local data-key rotation: remember the key the remote is encrypted with (kept until the next sync publishes). */
export function markRotated(state: SyncLocalState, oldRawKey: Uint8Array<ArrayBuffer>): SyncLocalState {
  if (!state.remote) return state;
  return { ...state, previousKey: state.previousKey ?? bytesToBase64(oldRawKey) };
}

export const previousKeyBytes = (state: SyncLocalState): Uint8Array<ArrayBuffer> | null =>
  state.previousKey ? base64ToBytes(state.previousKey) : null;
