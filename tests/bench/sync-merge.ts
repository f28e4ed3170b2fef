import type { Account } from '@/utils/accounts/account';
import { encodeBase32 } from '@/utils/otp/base32';
import { canonicalJson } from '@/utils/sync/canonical-json';
import { createClock } from '@/utils/sync/hlc';
import { mergeVaults } from '@/utils/sync/merge';
import { spreadPositions } from '@/utils/sync/position';
import { accountToDoc, docToAccount } from '@/utils/sync/sync-doc';
import type { SyncDoc } from '@/utils/sync/types';

function account(i: number): Account {
  return {
    id: `bench-${i}`,
    issuer: `Issuer ${i}`,
    label: `user${i}@example.com`,
    secret: encodeBase32(crypto.getRandomValues(new Uint8Array(20))),
    otp:
      i % 5 === 0 ? { kind: 'hotp', algorithm: 'SHA1', digits: 6, counter: i } : { kind: 'totp', algorithm: 'SHA1', digits: 6, period: 30 },
    domains: [`site${i}.example`],
    notes: '',
    createdAt: 0,
    updatedAt: 0,
    backupCodes: Array.from({ length: 10 }, (_, k) => ({ code: `c${i}-${k}000`, used: k < 3, ...(k < 3 ? { usedAt: k } : {}) })),
  };
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

function timed(rounds: number, run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** The pure merge engine on 1,000 accounts (each with 10 backup codes): build docs, merge two browsers' vaults, read back. */
export function benchSyncMerge(count = 1000, rounds = 15): string {
  const accounts = Array.from({ length: count }, (_, i) => account(i));
  const positions = spreadPositions(count);
  const a = createClock('aaaaaaaa', () => 1_700_000_000_000);
  const b = createClock('bbbbbbbb', () => 1_700_000_000_000);
  let docsA = new Map<string, SyncDoc>();
  const buildMs = timed(rounds, () => {
    docsA = new Map(accounts.map((x, i) => [x.id, accountToDoc(x, undefined, a.tick(), positions[i]!)]));
  });
  b.receive(a.last());
  // Browser B edits every tenth account's label while A edits every seventh's notes: concurrent, offline.
  const docsB = new Map(docsA);
  for (let i = 0; i < count; i += 10)
    docsB.set(accounts[i]!.id, accountToDoc({ ...accounts[i]!, label: 'B' }, docsA.get(accounts[i]!.id), b.tick(), positions[i]!));
  for (let i = 0; i < count; i += 7)
    docsA.set(accounts[i]!.id, accountToDoc({ ...accounts[i]!, notes: 'A' }, docsA.get(accounts[i]!.id), a.tick(), positions[i]!));
  let merged = new Map<string, SyncDoc>();
  const mergeMs = timed(rounds, () => {
    merged = mergeVaults(docsA, docsB);
  });
  const readMs = timed(rounds, () => {
    for (const doc of merged.values()) docToAccount(doc);
  });
  const bytes = [...merged.values()].map((doc) => canonicalJson(doc).length);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  return (
    `sync merge, ${count} accounts (Node, medians of ${rounds}): accountToDoc all ${fmt(buildMs)}, mergeVaults of two browsers ${fmt(mergeMs)}, ` +
    `docToAccount all ${fmt(readMs)}; doc JSON ${Math.round(median(bytes))} bytes median, ${(bytes.reduce((x, y) => x + y, 0) / 1024).toFixed(0)} KiB in all`
  );
}
