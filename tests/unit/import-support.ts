// Helpers shared by the importer tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { parseOtpauthUri } from '@/utils/accounts/otpauth-uri';
import { decodeBase32 } from '@/utils/otp/base32';
import { hotpCode, timeBasedCode } from '@/utils/otp/otp';
import type { ImportDraft } from '@/utils/import/types';

export const PEER_DIR = path.resolve('../shared/peer/aegis-importers');
export const NOW = 1_700_000_000_000;

export const peerFile = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(path.join(PEER_DIR, name))) });

/** plain.txt's seven reference entries, keyed by secret. */
export function referenceEntries(): Map<string, ImportDraft> {
  const lines = readFileSync(path.join(PEER_DIR, 'plain.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return new Map(
    lines.map((line) => {
      const draft = parseOtpauthUri(line);
      return [draft.secret, draft];
    }),
  );
}

/** The code an entry shows at NOW (HOTP: its next code). */
export function codeOf(draft: ImportDraft): string {
  const key = decodeBase32(draft.secret);
  if (draft.kind === 'hotp') return hotpCode(key, { algorithm: draft.algorithm, digits: draft.digits, counter: draft.counter });
  const params =
    draft.kind === 'steam'
      ? { kind: 'steam' as const, period: 30 as const }
      : { kind: 'totp' as const, algorithm: draft.algorithm, digits: draft.digits, period: draft.period };
  return timeBasedCode(key, params, NOW);
}

/** What peer-files.test.ts checks for each file: every entry is plain.txt's entry with the same secret, and shows its code. */
export function expectLikePlain(entries: ImportDraft[], expectedSecrets: string[]): void {
  const reference = referenceEntries();
  const fields = (d: ImportDraft) => ({
    secret: d.secret,
    kind: d.kind,
    algorithm: d.algorithm,
    digits: d.digits,
    period: d.period,
    counter: d.counter,
  });
  expect(entries.map((e) => e.secret).sort()).toEqual([...expectedSecrets].sort());
  for (const entry of entries) {
    const ref = reference.get(entry.secret)!;
    expect(fields(entry)).toEqual(fields(ref));
    expect(codeOf(entry), entry.issuer).toBe(codeOf(ref));
  }
}
