import type { AccountSummary } from '@/utils/accounts/account';
import type { VaultState } from '@/utils/vault/vault';

/** The data that requests carry and answer with (the requests themselves are declared in protocol.ts). */

/** Whether a re-check is recent enough for the gated actions, and whether the passphrase alone can make one. */
export interface RecheckStatus {
  recent: boolean;
  /** False when only a security key (with the passphrase under "key and passphrase together") proves the person. */
  passphraseAlone: boolean;
}

export interface VaultStatus {
  state: VaultState;
  /** Wait before another unlock attempt is allowed, after repeated wrong passphrases. */
  retryAfterMs: number;
}

export interface SiteContext {
  /** The registrable domain a new account enrolled here is bound to; null for pages that are not sites. */
  site: string | null;
  /** Accounts bound to this page's origin, which the popup lists first. */
  boundIds: string[];
  /** The bound site this page's host imitates, if any (a look-alike warning). */
  imitated: string | null;
}

/** The context of a page that is not a web site (or not known). */
export const NO_SITE: SiteContext = { site: null, boundIds: [], imitated: null };

/** The top of the popup's list for a page: what its first paint shows, a few kilobytes instead of the whole list. */
export interface FirstRows {
  /** The first accounts in the popup's order (bound to the page first, then pinned, recently used, arranged). */
  accounts: AccountSummary[];
  codes: CodeView[];
  /** How many accounts the whole list has. */
  total: number;
  damaged: string[];
  context: SiteContext;
}

export interface CodeView {
  id: string;
  /** Null for HOTP accounts: their next code is generated on demand, since that advances the counter. */
  code: string | null;
  /** The following code, for the last seconds of a step. */
  nextCode: string | null;
  period: number | null;
  secondsLeft: number | null;
}

/** What an enrolment did: every draft lands in exactly one of these lists. */
export interface EnrolResult {
  added: AccountSummary[];
  updated: AccountSummary[];
  /** Secrets already stored; nothing was written for them. */
  duplicates: { existing: AccountSummary; issuer: string; label: string }[];
  /** Entries of an export that could not be taken, with the reason. */
  skipped: { name: string; reason: string }[];
}

/** A registered security key as pages see it: never a secret. */
export interface SecurityKeyInfo {
  credentialId: string;
  name: string;
  addedAt: number;
  lastUsedAt: number | null;
  /** base64 PRF input the page asks the key to evaluate. */
  prfSalt: string;
  needsPassphrase: boolean;
}

export interface KeysInfo {
  policy: 'either' | 'both';
  keys: SecurityKeyInfo[];
  hasPassphraseWrapper: boolean;
}

export type ContentCodeAnswer =
  | { status: 'code'; code: string; accountId: string; autoSubmit: boolean }
  | { status: 'locked' }
  | { status: 'no-account' }
  | { status: 'several-accounts'; count: number }
  /** Automatic fill is off, or the account is counter-based (each fill would spend a code). */
  | { status: 'not-automatic' };

/**
 * Which kind of field a fill is for: an authenticator code, the next unused backup code, or whatever the
 * field asks for (the context menu, opened on one field).
 */
export type FillWant = 'totp' | 'recovery' | 'field-kind';

export type BackupCodeAnswer =
  | { status: 'code'; code: string; accountId: string; left: number }
  | { status: 'locked' }
  | { status: 'no-account' }
  | { status: 'several-accounts'; count: number }
  | { status: 'none-left' }
  /** No person asked for a backup code in this frame (popup, shortcut or context menu). */
  | { status: 'not-requested' };

export type FillReport =
  | { filled: true; backupCode?: { accountId: string; code: string; left: number } }
  | { filled: false; reason: 'no-field' | 'not-a-code-field' | ContentCodeAnswer['status'] | BackupCodeAnswer['status'] };

export type FillFailure = Extract<FillReport, { filled: false }>['reason'];

export interface FillSummary {
  /** Frames in which a field was filled. */
  filled: number;
  /** The backup code that was filled (and marked used), so the popup can offer to undo the mark. */
  backupCode: { accountId: string; code: string; left: number } | null;
  /** The most telling reason when nothing was filled. */
  reason: FillFailure | null;
}

export interface ProbeReport {
  totp: boolean;
  recovery: boolean;
}
