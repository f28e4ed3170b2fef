import type { Account } from '@/utils/accounts/account';
import { accountFromBackup } from '@/utils/accounts/validate-account';
import { canonicalJson } from '@/utils/sync/canonical-json';
import { createClock, type Clock } from '@/utils/sync/hlc';
import { previousKeyBytes, type RemoteRecordRef, type SyncLocalState } from '@/utils/sync/local-state';
import { isDeleted, latestEdit, mergeVaults, normalizeDoc } from '@/utils/sync/merge';
import { comparePositions, positionsForOrder } from '@/utils/sync/position';
import {
  decodeHeader,
  encodeHeader,
  HEADER_FILE,
  INDEX_FILE,
  makeRemoteHeader,
  newRecordFile,
  openIndex,
  openRecord,
  opensHeader,
  sealIndex,
  sealRecord,
  type RemoteHeader,
  type RemoteIndex,
} from '@/utils/sync/remote-vault';
import { accountToDoc, docToAccount } from '@/utils/sync/sync-doc';
import { forgetPrunedDocs, pruneTombstones, TOMBSTONE_RETENTION_MS } from '@/utils/sync/tombstones';
import { SyncError, type HlcStamp, type RemoteEntry, type SyncBackend, type SyncDoc } from '@/utils/sync/types';
import { importDataKey } from '@/utils/vault/codec';
import type { PassphraseWrapper } from '@/utils/vault/db';
import type { Vault } from '@/utils/vault/vault';

/** The points between a sync's steps; a test throws at one to play "the browser died here". */
export type SyncStep = 'listed' | 'read' | 'blobs-written' | 'index-written' | 'committed';

/** Why a sync stopped without failing at the server. */
export type SyncStop =
  /** The remote vault is encrypted with a key this device does not have: a passphrase change elsewhere, or a join. */
  | 'needs-passphrase'
  /** The remote header or index does not decrypt or authenticate: nothing was merged or written. */
  | 'remote-damaged'
  /** Other devices kept writing first (or the vault here kept changing): tried MAX_ROUNDS times. */
  | 'busy'
  /** The vault has no passphrase wrapper to publish (policy "both"). */
  | 'no-passphrase';

export class SyncStopped extends Error {
  constructor(readonly stop: SyncStop) {
    super(stop);
    this.name = 'SyncStopped';
  }
}

export interface SyncRunEnv {
  vault: Vault;
  backend: SyncBackend;
  now: () => number;
  /** Record files that may be orphans once this sync completes (kept outside the vault: file names are public). */
  pending: { get(): Promise<string[]>; set(names: string[]): Promise<void> };
  step?: (step: SyncStep) => void | Promise<void>;
}

export interface SyncResult {
  uploaded: number;
  downloaded: number;
  /** Records whose remote blob did not decrypt or authenticate: the local copy was kept. */
  undecryptable: string[];
  rounds: number;
}

/** Conflicts (another device wrote the index first, or the vault changed here meanwhile) are merged again this often. */
export const MAX_ROUNDS = 5;
const PARALLEL_REQUESTS = 6;

const newestStamp = (doc: SyncDoc): HlcStamp => {
  const edit = latestEdit(doc);
  return doc.deleted && doc.deleted.at > edit ? doc.deleted.at : edit;
};

async function inParallel<T, R>(items: readonly T[], work: (item: T) => Promise<R>, limit = PARALLEL_REQUESTS): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A round that must start over: the remote changed between reading it and writing. */
class Restart extends Error {}

interface RemoteView {
  header: RemoteHeader | null;
  headerEntry: RemoteEntry | undefined;
  indexEntry: RemoteEntry | undefined;
  index: RemoteIndex;
  docs: Map<string, SyncDoc>;
  undecryptable: string[];
  downloaded: number;
  /** The header must be (re)published: there is none, or this device changed the data key. */
  publish: boolean;
}

/**
 * One sync: list → read what changed → decrypt → merge with the vault here → write changed records and then the
 * index, with the precondition on the version read (a conflict merges again) → apply the merge here in one
 * transaction with sync's state. A crash at any step leaves the vault as it was and the remote readable; the next
 * sync completes the work.
 */
export async function runSync(env: SyncRunEnv): Promise<SyncResult> {
  const uploads = new Map<string, { canonical: string; ref: RemoteRecordRef }>();
  // One clock for every round: a round that starts over never hands out a stamp an earlier round used.
  let clock: Clock | null = null;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    try {
      return {
        ...(await syncRound(env, uploads, (state) => (clock ??= createClock(state.deviceId, env.now, state.clock ?? undefined)))),
        rounds: round,
      };
    } catch (error) {
      // A WebDAV 409 is a missing parent folder, not someone writing first: merging again would not help.
      const conflict = error instanceof Restart || (error instanceof SyncError && error.failure === 'conflict' && error.status !== 409);
      if (!conflict) throw error;
    }
  }
  throw new SyncStopped('busy');
}

async function syncRound(
  env: SyncRunEnv,
  uploads: Map<string, { canonical: string; ref: RemoteRecordRef }>,
  clockFor: (state: SyncLocalState) => Clock,
) {
  const { vault, backend } = env;
  const state = await vault.readSyncState();
  if (!state?.backend) throw new SyncStopped('no-passphrase');
  const snapshot = await vault.syncSnapshot();
  const current = await vault.syncKey();
  const previousRaw = previousKeyBytes(state);
  const previous = previousRaw ? await importDataKey(previousRaw) : null;
  const clock = clockFor(state);
  if (state.clock) clock.receive(state.clock);

  const remote = await readRemote(env, state, clock, current, previous);
  const merged = mergeWithLocal(env, state, snapshot, remote, clock);

  // What the remote lacks or holds older: a new blob each (under a new random name), then the index names them.
  const records: Record<string, RemoteRecordRef> = {};
  const toWrite: { doc: SyncDoc; ref: RemoteRecordRef; canonical: string }[] = [];
  for (const [id, doc] of merged) {
    const canonical = canonicalJson(doc);
    const remoteDoc = remote.docs.get(id);
    const known = remote.index.records[id];
    if (known && remoteDoc && !remote.publish && canonicalJson(remoteDoc) === canonical) {
      records[id] = known;
      continue;
    }
    const earlier = uploads.get(id);
    if (earlier && earlier.canonical === canonical) {
      records[id] = earlier.ref;
      continue;
    }
    const ref = { file: newRecordFile(), stamp: clock.tick() };
    records[id] = ref;
    toWrite.push({ doc, ref, canonical });
  }
  // A blob this device cannot open, for a record it does not hold: left for a device that can (and still reported).
  for (const id of remote.undecryptable) if (!merged.has(id) && remote.index.records[id]) records[id] = remote.index.records[id];

  // Remembered before any write: the new blobs (orphans if this sync dies before its index lands) and the blobs the
  // new index supersedes (orphans if it dies after), so whichever sync completes next deletes the ones no index names.
  const referencedNow = new Set(Object.values(records).map((ref) => ref.file));
  const superseded = Object.values(remote.index.records)
    .map((ref) => ref.file)
    .filter((file) => !referencedNow.has(file));
  const pending = await env.pending.get();
  await env.pending.set([...new Set([...pending, ...toWrite.map((w) => w.ref.file), ...superseded])]);
  // One write at a time: Apache's mod_dav answers 412 to some of several concurrent creations in one folder.
  await inParallel(
    toWrite,
    async ({ doc, ref, canonical }) => {
      await backend.write(ref.file, await sealRecord(current, ref, doc), null);
      // Only a blob that is on the server may be named by a later round's index.
      uploads.set(doc.id, { canonical, ref });
    },
    1,
  );
  await env.step?.('blobs-written');

  let header = remote.header;
  if (remote.publish) {
    const wrappers = (await vault.readHeader()).wrappers.filter((w): w is PassphraseWrapper => w.kind === 'passphrase');
    if (wrappers.length === 0) throw new SyncStopped('no-passphrase');
    header = await makeRemoteHeader(current, wrappers, env.now());
    await backend.write(HEADER_FILE, encodeHeader(header), remote.headerEntry?.version ?? null);
  }
  const before = remote.index.records;
  const indexChanged =
    remote.publish ||
    Object.keys(before).length !== Object.keys(records).length ||
    Object.entries(records).some(([id, ref]) => before[id]?.file !== ref.file || before[id]?.stamp !== ref.stamp);
  if (indexChanged) await backend.write(INDEX_FILE, await sealIndex(current, { records }), remote.indexEntry?.version ?? null);
  await env.step?.('index-written');

  const applied = await applyLocally(vault, state, snapshot, merged, clock, header!.keyId, records, env.now());
  if (!applied) throw new Restart();
  await env.step?.('committed');

  // Superseded blobs and leftovers of interrupted syncs: best effort, the next sync tries again.
  const referenced = new Set(Object.values(records).map((ref) => ref.file));
  const stale = new Set([...Object.values(remote.index.records).map((ref) => ref.file), ...(await env.pending.get())]);
  const versions = new Map((await backend.list().catch(() => [] as RemoteEntry[])).map((entry) => [entry.name, entry.version]));
  const left: string[] = [];
  await inParallel(
    [...stale].filter((file) => !referenced.has(file) && versions.has(file)),
    (file) => backend.delete(file, versions.get(file)!).catch(() => void left.push(file)),
    1,
  );
  await env.pending.set(left);
  return { uploaded: toWrite.length, downloaded: remote.downloaded, undecryptable: remote.undecryptable };
}

async function readRemote(
  env: SyncRunEnv,
  state: SyncLocalState,
  clock: Clock,
  current: CryptoKey,
  previous: CryptoKey | null,
): Promise<RemoteView> {
  const entries = await env.backend.list();
  await env.step?.('listed');
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const headerEntry = byName.get(HEADER_FILE);
  const indexEntry = byName.get(INDEX_FILE);
  const view: RemoteView = {
    header: null,
    headerEntry,
    indexEntry,
    index: { records: {} },
    docs: new Map(),
    undecryptable: [],
    downloaded: 0,
    publish: false,
  };
  if (!headerEntry) view.publish = true;
  else {
    const file = await env.backend.read(HEADER_FILE);
    if (!file) throw new Restart();
    view.header = decodeHeader(file.bytes);
    if (!view.header) throw new SyncStopped('remote-damaged');
    if (!(await opensHeader(current, view.header))) {
      // The remote is still under the key this device replaced: publish it under the new one.
      if (previous && (await opensHeader(previous, view.header))) view.publish = true;
      else throw new SyncStopped('needs-passphrase');
    }
  }
  const keys = previous ? [current, previous] : [current];
  if (indexEntry) {
    const file = await env.backend.read(INDEX_FILE);
    if (!file) throw new Restart();
    const index = await openIndex(keys, file.bytes);
    if (!index) throw new SyncStopped('remote-damaged');
    view.index = index;
  }
  const known = state.remote?.keyId === view.header?.keyId ? state.remote?.records : undefined;
  const toRead = Object.entries(view.index.records).filter(([id, ref]) => {
    const mine = known?.[id];
    const shadow = state.docs[id];
    if (mine && shadow && mine.file === ref.file && mine.stamp === ref.stamp) {
      view.docs.set(id, shadow);
      return false;
    }
    return true;
  });
  await inParallel(toRead, async ([id, ref]) => {
    const file = await env.backend.read(ref.file);
    // Deleted since the index was read: another device wrote a newer index meanwhile.
    if (!file) {
      throw new Restart();
    }
    const doc = await openRecord(keys, id, ref, file.bytes);
    if (!doc) view.undecryptable.push(id);
    else {
      view.docs.set(id, normalizeDoc(doc));
      view.downloaded++;
    }
  });
  for (const doc of view.docs.values()) clock.receive(newestStamp(doc));
  for (const doc of Object.values(state.docs)) clock.receive(newestStamp(doc));
  await env.step?.('read');
  return view;
}

/** The vault here as docs (each account re-stamped against its shadow, field by field), merged with the remote. */
function mergeWithLocal(
  env: SyncRunEnv,
  state: SyncLocalState,
  snapshot: { accounts: Account[]; damaged: string[] },
  remote: RemoteView,
  clock: Clock,
): Map<string, SyncDoc> {
  const shadowPositions = new Map(Object.values(state.docs).map((doc) => [doc.id, doc.position.value]));
  const moved = positionsForOrder(
    snapshot.accounts.map((a) => a.id),
    shadowPositions,
  );
  const local = new Map<string, SyncDoc>();
  for (const account of snapshot.accounts) {
    const previous = state.docs[account.id];
    const position = moved.get(account.id) ?? shadowPositions.get(account.id)!;
    local.set(account.id, accountToDoc(account, previous, clock.tick(), position));
  }
  const damaged = new Set(snapshot.damaged);
  for (const [id, previous] of Object.entries(state.docs)) {
    if (local.has(id)) continue;
    // Unreadable here is not deleted: the shadow stands (and a good remote copy repairs the record).
    if (damaged.has(id) || isDeleted(previous)) local.set(id, previous);
    // Purged after its undo window (or removed as damaged): the delete, stamped now.
    else local.set(id, normalizeDoc({ ...previous, deleted: { value: true, at: clock.tick() } }));
  }
  const olderThan = env.now() - TOMBSTONE_RETENTION_MS;
  if (state.syncedThrough && state.remote?.keyId === remote.header?.keyId) {
    const gone = forgetPrunedDocs(local, new Set(remote.docs.keys()), state.syncedThrough, olderThan);
    for (const id of gone) local.delete(id);
  }
  return pruneTombstones(mergeVaults(local, remote.docs), olderThan);
}

async function applyLocally(
  vault: Vault,
  state: SyncLocalState,
  snapshot: { accounts: Account[]; revision: number },
  merged: Map<string, SyncDoc>,
  clock: Clock,
  keyId: string,
  records: Record<string, RemoteRecordRef>,
  now: number,
): Promise<boolean> {
  const here = new Map(snapshot.accounts.map((a) => [a.id, a]));
  const put: Account[] = [];
  const remove: string[] = [];
  for (const [id, doc] of merged) {
    let account: Account | null;
    try {
      account = docToAccount(doc);
      // Held to the checks of any stored account (a secret, code settings, sites): never a record codes fail on.
      if (account) accountFromBackup(account, now);
    } catch {
      // A doc that does not make a usable account (written by a broken client): the record here stays as it is.
      continue;
    }
    const mine = here.get(id);
    if (account === null) {
      // Deleted here too (in its undo window) stays as it is: the local purge follows.
      if (mine && mine.deletedAt === undefined) remove.push(id);
    } else if (!mine || canonicalJson(mine) !== canonicalJson(account)) put.push(account);
  }
  // A record no doc describes any more (its tombstone was pruned everywhere): gone.
  for (const [id, mine] of here) if (!merged.has(id) && mine.deletedAt === undefined) remove.push(id);
  const order = [...merged.values()]
    .map((doc) => ({ id: doc.id, position: doc.position.value }))
    .sort(comparePositions)
    .map((entry) => entry.id);
  for (const id of here.keys()) if (!merged.has(id)) order.push(id);
  const last = clock.last();
  const next: SyncLocalState = {
    ...state,
    clock: last,
    docs: Object.fromEntries(merged),
    remote: { keyId, records },
    syncedThrough: last,
  };
  delete next.previousKey;
  return vault.applySync({ revision: snapshot.revision, put, remove, order, state: next });
}
