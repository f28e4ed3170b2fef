import { describe, expect, it } from 'vitest';
import { totpAccount } from '@/tests/unit/sync-accounts';
import { createClock } from '@/utils/sync/hlc';
import { accountToDoc } from '@/utils/sync/sync-doc';
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
