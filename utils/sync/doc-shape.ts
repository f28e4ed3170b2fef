import { isStamp } from '@/utils/sync/hlc';
import { normalizeDoc } from '@/utils/sync/merge';
import { isPosition } from '@/utils/sync/position';
import type { Register, SyncDoc, SyncedBackupCode } from '@/utils/sync/types';

/**
 * A doc read from a remote file (after it decrypted and authenticated): checked to have the shape the merge
 * relies on, so a file written by a broken or much newer version is refused (reported, never merged) instead of
 * turning a good local record into nonsense. Throws a RangeError naming the first problem. Only the shape is
 * checked here; the account inside is checked like any stored account (`accountFromBackup`) by the caller.
 * Unknown top-level keys are dropped; unknown field registers are kept, so fields a newer version adds travel on.
 */
export function readSyncDoc(raw: unknown, expectedId?: string): SyncDoc {
  if (!isRecord(raw)) throw bad('doc');
  const { id, fields, position, hotpCounter, backupCodes, usedBackupCodes, lastUsedAt, updatedAt, deleted } = raw;
  if (typeof id !== 'string' || id === '') throw bad('id');
  if (expectedId !== undefined && id !== expectedId) throw bad('id');
  if (!isRecord(fields)) throw bad('fields');
  const checkedFields: Record<string, Register<unknown>> = {};
  for (const [name, register] of Object.entries(fields)) checkedFields[name] = registerOf(register, `fields.${name}`, () => true);
  const otp = checkedFields.otp?.value;
  if (!isRecord(otp) || typeof otp.secret !== 'string' || !isRecord(otp.otp) || typeof otp.otp.kind !== 'string') throw bad('fields.otp');
  const doc: SyncDoc = { id, fields: checkedFields, position: registerOf(position, 'position', isPosition) as Register<string> };
  if (hotpCounter !== undefined) {
    if (!Number.isSafeInteger(hotpCounter) || (hotpCounter as number) < 0) throw bad('hotpCounter');
    doc.hotpCounter = hotpCounter as number;
  }
  if (backupCodes !== undefined) doc.backupCodes = registerOf(backupCodes, 'backupCodes', isCodeList) as Register<SyncedBackupCode[]>;
  if (usedBackupCodes !== undefined) {
    if (!isRecord(usedBackupCodes) || !Object.values(usedBackupCodes).every((at) => at === null || isTime(at)))
      throw bad('usedBackupCodes');
    doc.usedBackupCodes = usedBackupCodes as Record<string, number | null>;
  }
  if (lastUsedAt !== undefined) doc.lastUsedAt = time(lastUsedAt, 'lastUsedAt');
  if (updatedAt !== undefined) doc.updatedAt = time(updatedAt, 'updatedAt');
  if (deleted !== undefined) doc.deleted = registerOf(deleted, 'deleted', (v) => typeof v === 'boolean') as Register<boolean>;
  return normalizeDoc(doc);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const bad = (part: string) => new RangeError(`Sync doc: bad ${part}`);

function time(value: unknown, part: string): number {
  if (!isTime(value)) throw bad(part);
  return value;
}

function registerOf(raw: unknown, part: string, valid: (value: unknown) => boolean): Register<unknown> {
  if (!isRecord(raw) || !isStamp(raw.at) || !('value' in raw) || !valid(raw.value)) throw bad(part);
  return { value: raw.value, at: raw.at };
}

function isCodeList(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.every(
      (c: unknown) =>
        isRecord(c) &&
        typeof c.code === 'string' &&
        c.code !== '' &&
        typeof c.used === 'boolean' &&
        (c.usedAt === undefined || isTime(c.usedAt)),
    )
  );
}
