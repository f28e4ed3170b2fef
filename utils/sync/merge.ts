import { canonicalJson, jsonEqual } from '@/utils/sync/canonical-json';
import type { HlcStamp, Register, SyncDoc, SyncedBackupCode } from '@/utils/sync/types';

/**
 * The merge of two copies of an account: a join (commutative, associative, idempotent), so devices that
 * exchange copies in any order and grouping end with the same vault.
 * - Each register: the larger stamp wins; equal stamps with different values (a device restored from a copy
 *   of itself) are settled by the canonical JSON of the value, so every device picks the same one.
 * - `hotpCounter`, `lastUsedAt`, `updatedAt`: the largest.
 * - `usedBackupCodes`: the union, with the earliest use; the codes of the winning `backupCodes` register are
 *   then marked from it, so a used code never reads unused again, whichever set wins.
 * - Deletion is a register too; whether the account is deleted is read from the merged doc (`isDeleted`).
 */

export function mergeRegister<T>(a: Register<T>, b: Register<T>): Register<T>;
export function mergeRegister<T>(a: Register<T> | undefined, b: Register<T> | undefined): Register<T> | undefined;
export function mergeRegister<T>(a: Register<T> | undefined, b: Register<T> | undefined): Register<T> | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  // Equal stamps nearly always mean the same write seen twice: settle that without building the JSON text.
  if (jsonEqual(a.value, b.value)) return a;
  return canonicalJson(a.value) >= canonicalJson(b.value) ? a : b;
}

const maxOf = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/** The earlier of two uses; null (time unknown) gives way to any known time. */
const earlierUse = (a: number | null | undefined, b: number | null | undefined): number | null => {
  if (a === undefined || a === null) return b ?? null;
  if (b === undefined || b === null) return a;
  return Math.min(a, b);
};

/** Every use a doc knows of: its map, and any code its register marks used (a doc written by hand or an old version). */
function usesOf(doc: SyncDoc): Map<string, number | null> {
  const uses = new Map<string, number | null>();
  for (const [code, at] of Object.entries(doc.usedBackupCodes ?? {})) uses.set(code, earlierUse(uses.get(code), at));
  for (const code of doc.backupCodes?.value ?? []) if (code.used) uses.set(code.code, earlierUse(uses.get(code.code), code.usedAt));
  return uses;
}

/** The set register compares by its codes only: the used marks inside it are derived, never a difference. */
function mergeCodeSets(a: Register<SyncedBackupCode[]> | undefined, b: Register<SyncedBackupCode[]> | undefined) {
  if (a === undefined || b === undefined) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  const codes = (r: Register<SyncedBackupCode[]>) => r.value.map((c) => c.code);
  if (jsonEqual(codes(a), codes(b))) return a;
  return canonicalJson(codes(a)) >= canonicalJson(codes(b)) ? a : b;
}

function markUses(codes: Register<SyncedBackupCode[]>, uses: ReadonlyMap<string, number | null>): Register<SyncedBackupCode[]> {
  const value = codes.value.map(({ code }): SyncedBackupCode => {
    if (!uses.has(code)) return { code, used: false };
    const usedAt = uses.get(code);
    return usedAt === null || usedAt === undefined ? { code, used: true } : { code, used: true, usedAt };
  });
  return { value, at: codes.at };
}

/** The doc in its one normal form: codes' used marks read from the use map (so equal docs are equal objects). */
export function normalizeDoc(doc: SyncDoc): SyncDoc {
  return mergeDocs(doc, doc);
}

export function mergeDocs(a: SyncDoc, b: SyncDoc): SyncDoc {
  if (a.id !== b.id) throw new RangeError(`Cannot merge account ${a.id} with ${b.id}`);
  const fields: Record<string, Register<unknown>> = {};
  for (const name of [...new Set([...Object.keys(a.fields), ...Object.keys(b.fields)])].sort()) {
    fields[name] = mergeRegister(a.fields[name], b.fields[name])!;
  }
  const uses = usesOf(a);
  for (const [code, at] of usesOf(b)) uses.set(code, earlierUse(uses.has(code) ? uses.get(code) : undefined, at));
  const codeSet = mergeCodeSets(a.backupCodes, b.backupCodes);
  const deleted = mergeRegister(a.deleted, b.deleted);
  const hotpCounter = maxOf(a.hotpCounter, b.hotpCounter);
  const lastUsedAt = maxOf(a.lastUsedAt, b.lastUsedAt);
  const updatedAt = maxOf(a.updatedAt, b.updatedAt);
  const usedBackupCodes = Object.fromEntries([...uses].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  return {
    id: a.id,
    fields,
    position: mergeRegister(a.position, b.position),
    ...(hotpCounter !== undefined ? { hotpCounter } : {}),
    ...(codeSet ? { backupCodes: markUses(codeSet, uses) } : {}),
    ...(uses.size > 0 ? { usedBackupCodes } : {}),
    ...(lastUsedAt !== undefined ? { lastUsedAt } : {}),
    ...(updatedAt !== undefined ? { updatedAt } : {}),
    ...(deleted ? { deleted } : {}),
  };
}

/** Both vaults' accounts: one only side has are kept as they are, ones both have are merged. */
export function mergeVaults(a: ReadonlyMap<string, SyncDoc>, b: ReadonlyMap<string, SyncDoc>): Map<string, SyncDoc> {
  const merged = new Map<string, SyncDoc>();
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const x = a.get(id);
    const y = b.get(id);
    // mergeDocs' result is already in normal form; a doc only one side has is brought to it.
    merged.set(id, x && y ? mergeDocs(x, y) : normalizeDoc((x ?? y)!));
  }
  return merged;
}

/** The newest edit of the doc: the largest stamp of every register but the tombstone. */
export function latestEdit(doc: SyncDoc): HlcStamp {
  let latest = doc.position.at;
  for (const register of Object.values(doc.fields)) if (register.at > latest) latest = register.at;
  if (doc.backupCodes && doc.backupCodes.at > latest) latest = doc.backupCodes.at;
  return latest;
}

/**
 * Deleted: the tombstone says so and no edit is newer than it. A delete wins over every edit it could have seen
 * (stamped before it, or in the same local change); an edit stamped after it, made on a device that had not seen
 * the delete yet, brings the account back with every field, so that edit is not lost. Uses (HOTP steps, backup
 * codes, copies) are not edits and do not bring an account back.
 */
export function isDeleted(doc: SyncDoc): boolean {
  return doc.deleted?.value === true && doc.deleted.at >= latestEdit(doc);
}
