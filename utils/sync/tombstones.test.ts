import { describe, expect, it } from 'vitest';
import { totpAccount } from '@/tests/unit/sync-accounts';
import { createClock } from '@/utils/sync/hlc';
import { mergeVaults } from '@/utils/sync/merge';
import { accountToDoc, docToAccount } from '@/utils/sync/sync-doc';
import { forgetPrunedDocs, pruneTombstones, TOMBSTONE_RETENTION_MS } from '@/utils/sync/tombstones';

const DAY = 24 * 3600 * 1000;

describe('pruneTombstones', () => {
  it('drops deleted docs whose delete is older than the cutoff, and nothing else', () => {
    let wall = 10 * DAY;
    const clock = createClock('aaaaaaaa', () => wall);
    const live = accountToDoc(totpAccount('live'), undefined, clock.tick(), 'a0');
    const oldCreate = accountToDoc(totpAccount('old'), undefined, clock.tick(), 'a1');
    const old = accountToDoc(totpAccount('old', { deletedAt: wall }), oldCreate, clock.tick(), 'a1');
    wall = 100 * DAY;
    const recentCreate = accountToDoc(totpAccount('recent'), undefined, clock.tick(), 'a2');
    const recent = accountToDoc(totpAccount('recent', { deletedAt: wall }), recentCreate, clock.tick(), 'a2');
    const vault = new Map([
      ['live', live],
      ['old', old],
      ['recent', recent],
    ]);
    const cutoff = wall - TOMBSTONE_RETENTION_MS + DAY;
    expect([...pruneTombstones(vault, cutoff).keys()]).toEqual(['live', 'recent']);
    expect(TOMBSTONE_RETENTION_MS).toBe(90 * DAY);
  });
});

describe('forgetPrunedDocs', () => {
  it('forgets what the remote pruned while this device was away, and keeps what it edited since', () => {
    let wall = 10 * DAY;
    const clock = createClock('aaaaaaaa', () => wall);
    const synced = accountToDoc(totpAccount('synced'), undefined, clock.tick(), 'a0');
    const stillThere = accountToDoc(totpAccount('there'), undefined, clock.tick(), 'a1');
    const syncedThrough = clock.last();
    wall = 200 * DAY;
    const editedOffline = accountToDoc(totpAccount('synced2', {}), undefined, clock.tick(), 'a2');
    const local = new Map([
      ['synced', synced],
      ['there', stillThere],
      ['synced2', editedOffline],
    ]);
    const gone = forgetPrunedDocs(local, new Set(['there']), syncedThrough, wall - TOMBSTONE_RETENTION_MS);
    expect([...gone]).toEqual(['synced']);
  });

  it('keeps a doc edited within the retention even when the remote lacks it', () => {
    const wall = 100 * DAY;
    const clock = createClock('aaaaaaaa', () => wall);
    const doc = accountToDoc(totpAccount('recent'), undefined, clock.tick(), 'a0');
    expect(forgetPrunedDocs(new Map([['recent', doc]]), new Set(), clock.last(), wall - TOMBSTONE_RETENTION_MS).size).toBe(0);
  });
});

describe('a browser away longer than the retention', () => {
  it('does not bring back what was deleted and pruned meanwhile, and keeps what it edited while away', () => {
    let wall = 10 * DAY;
    const a = createClock('aaaaaaaa', () => wall);
    const c = createClock('cccccccc', () => wall);
    let remote = new Map(['x', 'y', 'z', 'w'].map((id, i) => [id, accountToDoc(totpAccount(id), undefined, a.tick(), `a${i}`)]));
    c.receive(a.last());
    const onC = new Map(remote);
    const syncedThrough = c.last();

    // A deletes x and w and renames y; C, offline, edits z and (after A's delete of w) w.
    wall = 11 * DAY;
    for (const id of ['x', 'w'])
      remote.set(id, accountToDoc(totpAccount(id, { deletedAt: wall }), remote.get(id), a.tick(), remote.get(id)!.position.value));
    remote.set('y', accountToDoc(totpAccount('y', { label: 'from A' }), remote.get('y'), a.tick(), 'a1'));
    wall = 50 * DAY;
    onC.set('z', accountToDoc(totpAccount('z', { label: 'from C' }), onC.get('z'), c.tick(), 'a2'));
    onC.set('w', accountToDoc(totpAccount('w', { notes: 'kept by C' }), onC.get('w'), c.tick(), 'a3'));

    wall = 120 * DAY;
    remote = pruneTombstones(remote, wall - TOMBSTONE_RETENTION_MS);
    expect([...remote.keys()]).toEqual(['y', 'z']);

    wall = 130 * DAY;
    // Merging as is would bring x back: pruning is the one step that is not a merge.
    expect(mergeVaults(onC, remote).has('x')).toBe(true);
    const gone = forgetPrunedDocs(onC, new Set(remote.keys()), syncedThrough, wall - TOMBSTONE_RETENTION_MS);
    expect([...gone]).toEqual(['x']);
    const merged = mergeVaults(new Map([...onC].filter(([id]) => !gone.has(id))), remote);
    expect([...merged.keys()]).toEqual(['w', 'y', 'z']);
    expect(docToAccount(merged.get('y')!)!.label).toBe('from A');
    expect(docToAccount(merged.get('z')!)!.label).toBe('from C');
    // An edit made after the delete brings the account back, as a merge with the tombstone would have.
    expect(docToAccount(merged.get('w')!)!.notes).toBe('kept by C');
  });
});
