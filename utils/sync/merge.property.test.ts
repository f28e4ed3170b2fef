import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hotpAccount, totpAccount } from '@/tests/unit/sync-accounts';
import type { Account } from '@/utils/accounts/account';
import { canonicalJson } from '@/utils/sync/canonical-json';
import { createClock, type Clock } from '@/utils/sync/hlc';
import { isDeleted, mergeDocs, mergeVaults } from '@/utils/sync/merge';
import { comparePositions, positionBetween, positionsForOrder } from '@/utils/sync/position';
import { accountToDoc, docToAccount } from '@/utils/sync/sync-doc';
import type { HlcStamp, SyncDoc } from '@/utils/sync/types';

/**
 * Random histories of several browsers editing one vault, offline or not, exchanging docs in random orders:
 * the merge is a join, every browser ends with the same vault, and nothing that must not be lost is.
 */

const KINDS = [
  'label',
  'issuer',
  'domains',
  'notes',
  'pinned',
  'otp',
  'delete',
  'undo',
  'use-code',
  'replace-codes',
  'hotp-step',
  'copy',
  'move',
  'create',
  'sync',
  'pull',
] as const;
type Kind = (typeof KINDS)[number];

interface Step {
  kind: Kind;
  device: number;
  target: number;
  value: number;
  wallStep: number;
}

const step: fc.Arbitrary<Step> = fc.record({
  kind: fc.constantFrom(...KINDS),
  device: fc.nat(9),
  target: fc.nat(20),
  value: fc.nat(30),
  wallStep: fc.integer({ min: -2_000, max: 60_000 }),
});

const CODE_POOL = ['aaaa-1111', 'bbbb-2222', 'cccc-3333', 'dddd-4444', 'eeee-5555', 'ffff-6666'];

interface Device {
  clock: Clock;
  vault: Map<string, SyncDoc>;
}

/** What the history wrote, to check the merged vault against: the latest write of every register, every use, every counter. */
interface Truth {
  writes: Map<string, { at: HlcStamp; value: string }>;
  uses: Map<string, Map<string, number>>;
  counters: Map<string, number>;
  /** Every doc version any device held, by account: the material for the lattice laws. */
  versions: Map<string, SyncDoc[]>;
}

function maxStampOfVault(vault: ReadonlyMap<string, SyncDoc>): HlcStamp | null {
  let latest: HlcStamp | null = null;
  for (const doc of vault.values()) {
    const stamps = [doc.position.at, ...Object.values(doc.fields).map((r) => r.at), doc.backupCodes?.at, doc.deleted?.at];
    for (const stamp of stamps) if (stamp !== undefined && (latest === null || stamp > latest)) latest = stamp;
  }
  return latest;
}

/**
 * Notes the registers a step meant to change (`intended`, by name), where their value did change: the truth is
 * what the person did, not what the engine stamped, so a register re-stamped without a change shows up.
 * The tombstone is the exception: what it means is its value against the edits' stamps, so a delete of an account
 * an edit had brought back writes `true` over `true`, and that is a delete like the first (the account went from
 * live to deleted, as the person asked).
 */
function record(truth: Truth, before: SyncDoc | undefined, after: SyncDoc, intended: ReadonlySet<string> | 'all') {
  const note = (
    name: string,
    register: { at: HlcStamp; value: unknown } | undefined,
    old: { at: HlcStamp; value: unknown } | undefined,
    changed = old === undefined || canonicalJson(old.value) !== canonicalJson(register?.value),
  ) => {
    if (intended !== 'all' && !intended.has(name)) return;
    if (register === undefined || !changed) return;
    const key = `${after.id}/${name}`;
    const seen = truth.writes.get(key);
    if (seen === undefined || register.at > seen.at) truth.writes.set(key, { at: register.at, value: canonicalJson(register.value) });
  };
  for (const [name, register] of Object.entries(after.fields)) note(`fields.${name}`, register, before?.fields[name]);
  note('position', after.position, before?.position);
  note('deleted', after.deleted, before?.deleted, before === undefined || isDeleted(before) !== isDeleted(after));
  const codesOf = (doc: SyncDoc | undefined) =>
    doc?.backupCodes && { at: doc.backupCodes.at, value: doc.backupCodes.value.map((c) => c.code) };
  note('backupCodes', codesOf(after), codesOf(before));
  const versions = truth.versions.get(after.id) ?? [];
  versions.push(after);
  truth.versions.set(after.id, versions);
}

function liveOrder(vault: ReadonlyMap<string, SyncDoc>): string[] {
  return [...vault.values()]
    .filter((doc) => !isDeleted(doc))
    .map((doc) => ({ id: doc.id, position: doc.position.value }))
    .sort(comparePositions)
    .map((p) => p.id);
}

function runHistory(deviceCount: number, steps: readonly Step[]) {
  const walls = Array.from({ length: deviceCount }, (_, i) => 1_000_000 + i * 777);
  const ids = ['aaaaaaaa', 'bbbbbbbb', 'cccccccc', 'dddddddd', 'eeeeeeee'];
  const devices: Device[] = walls.map((_, i) => ({ clock: createClock(ids[i]!, () => walls[i]!), vault: new Map() }));
  const truth: Truth = { writes: new Map(), uses: new Map(), counters: new Map(), versions: new Map() };
  let created = 0;

  const write = (device: Device, account: Account, intended: ReadonlySet<string> | 'all', position?: string) => {
    const before = device.vault.get(account.id);
    const doc = accountToDoc(account, before, device.clock.tick(), position ?? before!.position.value);
    record(truth, before, doc, intended);
    // The browser that made the edit reads it back at once (uses and times aside, which only grow).
    const intent = (x: Account) => ({
      ...x,
      deletedAt: x.deletedAt !== undefined,
      updatedAt: 0,
      lastUsedAt: 0,
      backupCodes: x.backupCodes?.map((c) => c.code),
    });
    expect(intent(docToAccount(doc, { keepDeleted: true })!)).toEqual(intent(account));
    device.vault.set(account.id, doc);
    if (account.otp.kind === 'hotp') truth.counters.set(account.id, Math.max(truth.counters.get(account.id) ?? 0, account.otp.counter));
    for (const code of account.backupCodes ?? []) {
      if (!code.used || code.usedAt === undefined) continue;
      const uses = truth.uses.get(account.id) ?? new Map<string, number>();
      uses.set(code.code, Math.min(uses.get(code.code) ?? Infinity, code.usedAt));
      truth.uses.set(account.id, uses);
    }
  };

  const create = (device: Device, wall: number) => {
    const id = `acc${created++}`;
    const order = liveOrder(device.vault);
    const last = order.length > 0 ? device.vault.get(order[order.length - 1]!)!.position.value : undefined;
    const codes = [{ code: CODE_POOL[created % 6]!, used: false }];
    const account =
      created % 2 === 0
        ? hotpAccount(id, 0, { createdAt: wall, backupCodes: codes })
        : totpAccount(id, { createdAt: wall, backupCodes: codes });
    write(device, account, 'all', positionBetween(last));
  };

  const exchange = (into: Device, from: Device) => {
    const seen = maxStampOfVault(from.vault);
    if (seen !== null) into.clock.receive(seen);
    const before = into.vault;
    into.vault = mergeVaults(into.vault, from.vault);
    // A browser never sees a counter go back or a used code come back unused.
    for (const [id, doc] of before) {
      const after = into.vault.get(id)!;
      expect(after.hotpCounter ?? 0).toBeGreaterThanOrEqual(doc.hotpCounter ?? 0);
      for (const code of Object.keys(doc.usedBackupCodes ?? {})) expect(after.usedBackupCodes).toHaveProperty([code]);
    }
    for (const doc of into.vault.values()) record(truth, undefined, doc, new Set());
  };

  // One account everyone has from the start.
  create(devices[0]!, walls[0]!);
  for (const device of devices.slice(1)) exchange(device, devices[0]!);

  for (const s of steps) {
    const index = s.device % deviceCount;
    const device = devices[index]!;
    walls[index] = Math.max(0, walls[index]! + s.wallStep);
    const wall = walls[index]!;
    if (s.kind === 'create') {
      create(device, wall);
      continue;
    }
    if (s.kind === 'sync' || s.kind === 'pull') {
      const other = devices[s.target % deviceCount]!;
      if (other === device) continue;
      exchange(device, other);
      if (s.kind === 'sync') exchange(other, device);
      continue;
    }
    const docs = [...device.vault.values()];
    if (docs.length === 0) continue;
    const doc = docs[s.target % docs.length]!;
    const account = docToAccount(doc, { keepDeleted: true })!;
    const deleted = account.deletedAt !== undefined;
    if (deleted !== (s.kind === 'undo')) continue; // a deleted account can only be restored; a live one not
    const edited = ((): Account | null => {
      switch (s.kind) {
        case 'label':
          return { ...account, label: `L${s.value}` };
        case 'issuer':
          return { ...account, issuer: `I${s.value}` };
        case 'domains':
          return { ...account, domains: [`d${s.value}.example`, 'example.com'].slice(0, 1 + (s.value % 2)) };
        case 'notes':
          return { ...account, notes: `N${s.value}` };
        case 'pinned': {
          const copy = { ...account };
          if (copy.pinned) delete copy.pinned;
          else copy.pinned = true;
          return copy;
        }
        case 'otp':
          return account.otp.kind === 'hotp'
            ? { ...account, otp: { ...account.otp, algorithm: s.value % 2 ? 'SHA256' : 'SHA1' } }
            : { ...account, otp: { kind: 'totp', algorithm: 'SHA1', digits: ([6, 7, 8] as const)[s.value % 3]!, period: 30 } };
        case 'delete':
          return { ...account, deletedAt: wall };
        case 'undo': {
          const copy = { ...account };
          delete copy.deletedAt;
          return copy;
        }
        case 'use-code': {
          const codes = account.backupCodes ?? [];
          const unused = codes.filter((c) => !c.used);
          if (unused.length === 0) return null;
          const chosen = unused[s.value % unused.length]!;
          return { ...account, backupCodes: codes.map((c) => (c === chosen ? { ...c, used: true, usedAt: wall } : c)) };
        }
        case 'replace-codes': {
          const fresh = CODE_POOL.filter((_, i) => ((s.value >> i) & 1) === 1);
          return { ...account, backupCodes: fresh.map((code) => ({ code, used: false })) };
        }
        case 'hotp-step':
          return account.otp.kind === 'hotp'
            ? { ...account, otp: { ...account.otp, counter: account.otp.counter + 1 + (s.value % 3) } }
            : null;
        case 'copy':
          return { ...account, lastUsedAt: wall };
        case 'move': {
          const order = liveOrder(device.vault).filter((id) => id !== account.id);
          order.splice(s.value % (order.length + 1), 0, account.id);
          const current = new Map(order.map((id) => [id, device.vault.get(id)!.position.value]));
          for (const [id, position] of positionsForOrder(order, current))
            write(device, docToAccount(device.vault.get(id)!)!, new Set(['position']), position);
          return null;
        }
        default:
          return null;
      }
    })();
    const INTENDED: Partial<Record<Kind, string>> = { delete: 'deleted', undo: 'deleted', 'replace-codes': 'backupCodes' };
    if (edited) write(device, edited, new Set([INTENDED[s.kind] ?? `fields.${s.kind}`]));
  }
  return { devices, truth };
}

/** Merges the vaults in a random grouping: split the list at a random point, merge each half, then the halves. */
function mergeGrouped(vaults: readonly Map<string, SyncDoc>[], splits: readonly number[]): Map<string, SyncDoc> {
  if (vaults.length === 1) return vaults[0]!;
  const at = 1 + ((splits[0] ?? 0) % (vaults.length - 1));
  return mergeVaults(mergeGrouped(vaults.slice(0, at), splits.slice(1)), mergeGrouped(vaults.slice(at), splits.slice(1)));
}

const vaultText = (vault: ReadonlyMap<string, SyncDoc>) => canonicalJson([...vault].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('merging random histories of several browsers', () => {
  it('every browser ends with the same vault, whatever the order and grouping of exchanges, and loses nothing', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 5 }),
        fc.array(step, { minLength: 1, maxLength: 80 }),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
        (deviceCount, steps, order, splits) => {
          const { devices, truth } = runHistory(deviceCount, steps);
          const vaults = devices.map((d) => d.vault);
          const reference = vaults.reduce((x, y) => mergeVaults(x, y));
          const shuffled = [...vaults].sort(
            (x, y) => order[vaults.indexOf(x)]! - order[vaults.indexOf(y)]! || vaults.indexOf(x) - vaults.indexOf(y),
          );
          expect(vaultText(mergeGrouped(shuffled, splits))).toBe(vaultText(reference));

          // Gossip: each browser pulls from the next in a ring, twice round; then all hold the same vault.
          for (let round = 0; round < 2; round++) {
            for (let i = 0; i < devices.length; i++) {
              const into = devices[(i + order[i]!) % devices.length]!;
              const from = devices[(i + 1 + order[i]!) % devices.length]!;
              into.vault = mergeVaults(into.vault, from.vault);
            }
          }
          for (const device of devices) device.vault = mergeVaults(device.vault, reference);
          for (const device of devices) expect(vaultText(device.vault)).toBe(vaultText(reference));

          for (const [id, doc] of reference) {
            // The same field resolves to the latest write of it on every browser: no edit lost but to a later one.
            for (const [name, register] of Object.entries(doc.fields)) {
              expect(truth.writes.get(`${id}/fields.${name}`)).toEqual({ at: register.at, value: canonicalJson(register.value) });
            }
            expect(truth.writes.get(`${id}/position`)).toEqual({ at: doc.position.at, value: canonicalJson(doc.position.value) });
            if (doc.deleted)
              expect(truth.writes.get(`${id}/deleted`)).toEqual({ at: doc.deleted.at, value: canonicalJson(doc.deleted.value) });
            if (doc.backupCodes) {
              expect(truth.writes.get(`${id}/backupCodes`)).toEqual({
                at: doc.backupCodes.at,
                value: canonicalJson(doc.backupCodes.value.map((c) => c.code)),
              });
            }
            // Deleted exactly when the latest delete-or-undo was a delete at least as new as every edit.
            const ownWrites = [...truth.writes].filter(([key]) => key.startsWith(`${id}/`));
            const latestEdit = ownWrites.filter(([key]) => key !== `${id}/deleted`).reduce((m, [, w]) => (w.at > m ? w.at : m), '');
            const tombstone = truth.writes.get(`${id}/deleted`);
            expect(isDeleted(doc)).toBe(tombstone !== undefined && tombstone.value === 'true' && tombstone.at >= latestEdit);
            // The HOTP counter is the largest any browser reached.
            expect(doc.hotpCounter ?? 0).toBe(truth.counters.get(id) ?? 0);
            // Every code used anywhere is used, with the earliest use, whichever set won.
            const uses = truth.uses.get(id) ?? new Map<string, number>();
            expect(doc.usedBackupCodes ?? {}).toEqual(Object.fromEntries(uses));
            const account = docToAccount(doc, { keepDeleted: true })!;
            for (const code of account.backupCodes ?? []) {
              expect(code.used).toBe(uses.has(code.code));
              if (code.used) expect(code.usedAt).toBe(uses.get(code.code));
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('mergeDocs is commutative, associative and idempotent over the versions the histories produce', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), (steps, picks) => {
        const { truth } = runHistory(3, steps);
        for (const versions of truth.versions.values()) {
          const [x, y, z] = picks.map((p) => versions[p % versions.length]!);
          const text = (doc: SyncDoc) => canonicalJson(doc);
          expect(text(mergeDocs(x!, y!))).toBe(text(mergeDocs(y!, x!)));
          expect(text(mergeDocs(mergeDocs(x!, y!), z!))).toBe(text(mergeDocs(x!, mergeDocs(y!, z!))));
          expect(text(mergeDocs(x!, x!))).toBe(text(x!));
          expect(text(mergeDocs(mergeDocs(x!, y!), y!))).toBe(text(mergeDocs(x!, y!)));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('merging arbitrary docs, equal stamps included', () => {
  // Few stamps, so equal stamps with different values (a browser restored from a copy of itself) are common.
  const stamp = fc.constantFrom('000000001-0000-aaaaaaaa', '000000001-0000-bbbbbbbb', '000000002-0000-aaaaaaaa');
  const register = <T>(value: fc.Arbitrary<T>) => fc.record({ value, at: stamp });
  const code = fc.constantFrom('aaaa-1111', 'bbbb-2222', 'cccc-3333');
  const useTime = fc.option(fc.nat(5), { nil: null });
  const doc: fc.Arbitrary<SyncDoc> = fc.record(
    {
      id: fc.constant('x'),
      fields: fc.dictionary(
        fc.constantFrom('label', 'notes', 'otp'),
        register(fc.oneof(fc.nat(3), fc.constantFrom('p', 'q'), fc.constant(null))),
      ),
      position: register(fc.constantFrom('a0', 'a1', 'a0i')),
      hotpCounter: fc.nat(5),
      backupCodes: register(
        fc
          .uniqueArray(code)
          .chain((codes) =>
            fc.tuple(
              ...codes.map((c) =>
                fc.record({ code: fc.constant(c), used: fc.boolean(), usedAt: fc.option(fc.nat(5), { nil: undefined }) }),
              ),
            ),
          ),
      ),
      usedBackupCodes: fc.dictionary(code, useTime),
      lastUsedAt: fc.nat(5),
      updatedAt: fc.nat(5),
      deleted: register(fc.boolean()),
    },
    { requiredKeys: ['id', 'fields', 'position'] },
  );
  const text = (d: SyncDoc) => canonicalJson(d);

  it('is commutative, associative and idempotent, and settles every tie the same way', () => {
    fc.assert(
      fc.property(doc, doc, doc, (x, y, z) => {
        expect(text(mergeDocs(x, y))).toBe(text(mergeDocs(y, x)));
        expect(text(mergeDocs(mergeDocs(x, y), z))).toBe(text(mergeDocs(x, mergeDocs(y, z))));
        const normal = mergeDocs(x, x);
        expect(text(mergeDocs(normal, normal))).toBe(text(normal));
        expect(text(mergeDocs(mergeDocs(x, y), y))).toBe(text(mergeDocs(x, y)));
        // A code marked used on either side is used in the merge.
        const merged = mergeDocs(x, y);
        for (const side of [x, y]) {
          for (const c of side.backupCodes?.value ?? []) if (c.used) expect(merged.usedBackupCodes).toHaveProperty([c.code]);
          for (const c of Object.keys(side.usedBackupCodes ?? {})) expect(merged.usedBackupCodes).toHaveProperty([c]);
        }
        for (const c of merged.backupCodes?.value ?? []) expect(c.used).toBe(c.code in (merged.usedBackupCodes ?? {}));
        expect(merged.hotpCounter ?? 0).toBe(Math.max(x.hotpCounter ?? 0, y.hotpCounter ?? 0));
      }),
      { numRuns: 500 },
    );
  });
});
