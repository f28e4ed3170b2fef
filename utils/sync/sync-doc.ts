import type { Account, BackupCode } from '@/utils/accounts/account';
import type { HotpParams, OtpParams } from '@/utils/otp/otp';
import { canonicalJson } from '@/utils/sync/canonical-json';
import { stampTime } from '@/utils/sync/hlc';
import { isDeleted, latestEdit, normalizeDoc } from '@/utils/sync/merge';
import type { HlcStamp, Register, SyncDoc, SyncedBackupCode } from '@/utils/sync/types';

/**
 * An account and its sync doc, both ways. Registers (see types.ts):
 * - `otp`: the secret with the code parameters (algorithm, digits, period), one register, so changing them is
 *   one edit; a HOTP counter is not in it but in `hotpCounter` (the largest wins).
 * - every other field a person edits, one register each: issuer, label, domains, notes, pinned, createdAt (and
 *   any field a later version adds, so an older device carries it along).
 * - backup codes: the set of codes is a register; uses are in `usedBackupCodes` (grow-only).
 * - lastUsedAt and updatedAt: the largest; not edits.
 * - deletion: `Account.deletedAt` (the local undo window) is the tombstone register; restoring within the window
 *   writes `false` with a newer stamp. The local purge after the window changes nothing remotely: the tombstone
 *   stays in the vault until `pruneTombstones` (tombstones.ts).
 */

/** Fields that are not plain registers. */
const SPECIAL = new Set(['id', 'secret', 'otp', 'backupCodes', 'lastUsedAt', 'updatedAt', 'deletedAt']);
const OTP_FIELD = 'otp';

interface OtpRegisterValue {
  secret: string;
  /** For HOTP, without the counter. */
  otp: Omit<OtpParams, 'counter'> & { counter?: never };
}

function otpValue(account: Account): OtpRegisterValue {
  if (account.otp.kind !== 'hotp') return { secret: account.secret, otp: account.otp };
  const rest: Partial<HotpParams> = { ...account.otp };
  delete rest.counter;
  return { secret: account.secret, otp: rest as OtpRegisterValue['otp'] };
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The doc for `account` after a local change. Only the registers whose value differs from `previous` are
 * stamped with `stamp`; the others keep their stamps, so a concurrent edit of another field on another device
 * still wins where it is newer. `stamp` must be a fresh `tick()` of a clock that has received every stamp of
 * `previous` (it throws otherwise: a stale stamp would make this edit lose to what it replaces).
 */
export function accountToDoc(account: Account, previous: SyncDoc | undefined, stamp: HlcStamp, position: string): SyncDoc {
  if (previous !== undefined && previous.id !== account.id) throw new RangeError(`Doc ${previous.id} is not account ${account.id}`);
  let changed = false;
  const register = <T>(old: Register<T> | undefined, value: T): Register<T> => {
    if (old !== undefined && sameValue(old.value, value)) return old;
    changed = true;
    return { value, at: stamp };
  };

  const fields: Record<string, Register<unknown>> = { ...previous?.fields };
  fields[OTP_FIELD] = register(previous?.fields[OTP_FIELD], otpValue(account));
  for (const [name, value] of Object.entries(account)) {
    if (SPECIAL.has(name)) continue;
    // A field that was never set and is still unset needs no register (absent reads as unset).
    if (value === undefined && previous?.fields[name] === undefined) continue;
    fields[name] = register(previous?.fields[name], value ?? null);
  }
  // A field the account no longer has (pinned removed, say) is an edit to "unset".
  for (const name of Object.keys(previous?.fields ?? {})) {
    if (!SPECIAL.has(name) && !(name in account)) fields[name] = register(previous!.fields[name], null);
  }

  const uses: Record<string, number | null> = { ...previous?.usedBackupCodes };
  for (const code of account.backupCodes ?? []) {
    if (!code.used) continue;
    const seen = uses[code.code];
    const at = code.usedAt ?? null;
    uses[code.code] = seen === undefined || seen === null ? at : at === null ? seen : Math.min(seen, at);
  }
  const codes = account.backupCodes?.map((c) => c.code);
  const previousCodes = previous?.backupCodes?.value.map((c) => c.code);
  let backupCodes = previous?.backupCodes;
  if (codes !== undefined && !sameValue(codes, previousCodes)) {
    changed = true;
    backupCodes = { value: codes.map((code): SyncedBackupCode => ({ code, used: false })), at: stamp };
  }

  const wasDeleted = previous !== undefined && isDeleted(previous);
  const nowDeleted = account.deletedAt !== undefined;
  let deleted = previous?.deleted;
  if (wasDeleted !== nowDeleted) {
    changed = true;
    deleted = { value: nowDeleted, at: stamp };
  }

  const positionRegister = register(previous?.position, position);
  // A change to an account that stays deleted here must not outdate its own tombstone (which would bring it back).
  if (changed && nowDeleted && deleted?.at !== stamp) deleted = { value: true, at: stamp };
  if (changed && previous !== undefined && stamp <= maxStampOf(previous)) {
    throw new RangeError(`Stamp ${stamp} is not newer than the doc it changes: receive the doc's stamps first`);
  }
  const hotpCounter = account.otp.kind === 'hotp' ? Math.max(account.otp.counter, previous?.hotpCounter ?? 0) : previous?.hotpCounter;
  const lastUsedAt = Math.max(account.lastUsedAt ?? 0, previous?.lastUsedAt ?? 0);
  return normalizeDoc({
    id: account.id,
    fields,
    position: positionRegister,
    ...(hotpCounter !== undefined ? { hotpCounter } : {}),
    ...(backupCodes ? { backupCodes } : {}),
    ...(Object.keys(uses).length > 0 ? { usedBackupCodes: uses } : {}),
    ...(lastUsedAt > 0 ? { lastUsedAt } : {}),
    updatedAt: Math.max(account.updatedAt, previous?.updatedAt ?? 0),
    ...(deleted ? { deleted } : {}),
  });
}

function maxStampOf(doc: SyncDoc): HlcStamp {
  const edit = latestEdit(doc);
  return doc.deleted && doc.deleted.at > edit ? doc.deleted.at : edit;
}

/**
 * The account a merged doc describes, or null when it is deleted (a tombstone that no edit outlived). The doc's
 * HOTP counter, backup-code uses and times are the merged ones. Throws a RangeError for a doc without the secret.
 * With `keepDeleted`, a deleted doc gives the account with `deletedAt` (the delete's stamp time) instead of
 * null, so a device can keep it in its own undo window (and Undo writes `false` over the tombstone).
 */
export function docToAccount(doc: SyncDoc, options: { keepDeleted?: boolean } = {}): Account | null {
  const deleted = isDeleted(doc);
  if (deleted && !options.keepDeleted) return null;
  const otpRegister = doc.fields[OTP_FIELD];
  if (otpRegister === undefined) throw new RangeError(`Doc ${doc.id} has no secret`);
  const { secret, otp } = otpRegister.value as OtpRegisterValue;
  const account: Record<string, unknown> = {};
  for (const [name, register] of Object.entries(doc.fields)) {
    if (!SPECIAL.has(name) && register.value !== null && register.value !== undefined) account[name] = register.value;
  }
  const otpParams = (otp.kind === 'hotp' ? { ...otp, counter: doc.hotpCounter ?? 0 } : otp) as OtpParams;
  const createdAt = typeof account.createdAt === 'number' ? account.createdAt : 0;
  const backupCodes: BackupCode[] | undefined = doc.backupCodes?.value.map((c) => ({ ...c }));
  return {
    ...account,
    id: doc.id,
    issuer: typeof account.issuer === 'string' ? account.issuer : '',
    label: typeof account.label === 'string' ? account.label : '',
    secret,
    otp: otpParams,
    domains: Array.isArray(account.domains) ? (account.domains as string[]) : [],
    notes: typeof account.notes === 'string' ? account.notes : '',
    createdAt,
    updatedAt: doc.updatedAt ?? createdAt,
    ...(backupCodes ? { backupCodes } : {}),
    ...(doc.lastUsedAt !== undefined ? { lastUsedAt: doc.lastUsedAt } : {}),
    ...(deleted ? { deletedAt: stampTime(doc.deleted!.at) } : {}),
  } as Account;
}
