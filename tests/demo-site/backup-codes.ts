/** Single-use backup codes, `abcd-efgh` style (lowercase letters and digits), ten at a time. */
import { randomInt } from 'node:crypto';
import type { BackupCode } from './store';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const BACKUP_CODE_COUNT = 10;

function randomChunk(length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export function newBackupCodes(): BackupCode[] {
  const codes = new Set<string>();
  while (codes.size < BACKUP_CODE_COUNT) codes.add(`${randomChunk(4)}-${randomChunk(4)}`);
  return [...codes].map((code) => ({ code, used: false }));
}

/** People type these with or without the dash, in any case, with stray spaces. */
function normalize(input: string): string {
  const compact = input.toLowerCase().replace(/[\s-]/g, '');
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

/** Marks the matching unused code as used; false if none matches (wrong or already used). */
export function consumeBackupCode(codes: BackupCode[], input: string): boolean {
  const wanted = normalize(input);
  const match = codes.find((c) => !c.used && c.code === wanted);
  if (!match) return false;
  match.used = true;
  return true;
}

export function unusedCodes(codes: readonly BackupCode[]): string[] {
  return codes.filter((c) => !c.used).map((c) => c.code);
}
