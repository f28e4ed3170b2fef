// Helpers shared by the importer tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
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
