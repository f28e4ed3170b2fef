import type { AccountDraft, AccountEdit, AccountSummary, BackupCode } from '@/utils/accounts/account';
import type { ManagedPolicy } from '@/utils/policy';
import type { Settings } from '@/utils/storage';
import type { VaultErrorCode } from '@/utils/vault/errors';
import type { VaultState } from '@/utils/vault/vault';

/**
 * The one message protocol between Tessera's contexts. Each request names its payload and its answer;
 * the background checks who sent it before looking at anything else.
 */

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

/** Why a content script fills: a field appeared (automatic) or the person asked (popup, shortcut, menu). */
export type FillTrigger = 'auto' | 'user';

/**
 * Which kind of field a fill is for: an authenticator code, the next unused backup code, or whatever the
 * field asks for (the context menu, opened on one field).
 */
export type FillWant = 'totp' | 'recovery' | 'field-kind';

/** Background → content script: fill a code field in this frame. Carries no secret; the frame asks for the code. */
export interface FillCommand {
  type: 'tessera.fill';
  /** The account the person chose, or null for "the one bound to this site". */
  accountId: string | null;
  /** Which field: the one the context menu was opened on, or the best code field of the frame. */
  target: 'context-menu' | 'any';
  want: FillWant;
}

/** Background → content script: which kinds of code field this frame shows (for the popup's Fill buttons). */
export interface ProbeCommand {
  type: 'tessera.probe';
}

export interface ProbeReport {
  totp: boolean;
  recovery: boolean;
}

export type ContentCommand = FillCommand | ProbeCommand;

export type BackupCodeAnswer =
  | { status: 'code'; code: string; accountId: string; left: number }
  | { status: 'locked' }
  | { status: 'no-account' }
  | { status: 'several-accounts'; count: number }
  | { status: 'none-left' };

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

export interface Requests {
  'vault.status': { request: Record<string, never>; response: VaultStatus };
  'vault.create': { request: { passphrase: string }; response: VaultStatus };
  'vault.unlock': { request: { passphrase: string }; response: VaultStatus };
  'vault.lock': { request: Record<string, never>; response: VaultStatus };
  'vault.changePassphrase': { request: { current: string; next: string }; response: null };
  /** Unlock with a security key: `prfKek` is what the ceremony page derived (HKDF) from the PRF output. */
  'vault.unlockWithKey': { request: { credentialId: string; prfKek: string; passphrase?: string }; response: VaultStatus };
  /** Registered keys and the policy; also while locked (the unlock page needs the credential ids and salts). */
  'keys.info': { request: Record<string, never>; response: KeysInfo };
  'keys.add': { request: { credentialId: string; name: string; prfSalt: string; prfKek: string }; response: KeysInfo };
  'keys.rename': { request: { credentialId: string; name: string }; response: KeysInfo };
  'keys.remove': { request: { credentialId: string }; response: KeysInfo };
  'keys.setPolicy': {
    request: { policy: 'either' | 'both'; passphrase: string; credentialId?: string; prfKek?: string };
    response: KeysInfo;
  };
  'accounts.list': { request: Record<string, never>; response: { accounts: AccountSummary[]; damaged: string[] } };
  'accounts.codes': { request: { at?: number }; response: CodeView[] };
  /** The popup's first screen for the page at `url` (null when it is not known): its first `rows` rows. */
  'accounts.firstRows': { request: { url: string | null; rows: number }; response: FirstRows };
  'accounts.add': { request: { draft: AccountDraft; updateExisting?: boolean }; response: EnrolResult };
  /** An otpauth:// link or a Google Authenticator export (otpauth-migration://), from a QR code or pasted. */
  'accounts.addFromUri': { request: { uri: string; domains: string[]; updateExisting?: boolean }; response: EnrolResult };
  'accounts.update': { request: { id: string; edit: AccountEdit }; response: AccountSummary };
  /** Deletes, keeping the record for an undo window (UNDO_WINDOW_MS) before it is purged. */
  'accounts.remove': { request: { id: string }; response: null };
  'accounts.undoRemove': { request: { id: string }; response: AccountSummary };
  'accounts.setPinned': { request: { id: string; pinned: boolean }; response: AccountSummary };
  'accounts.reorder': { request: { ids: string[] }; response: null };
  /** A code was copied: the account counts as recently used. */
  'accounts.touch': { request: { id: string }; response: null };
  'backup.reveal': { request: { id: string }; response: BackupCode[] };
  'backup.replace': { request: { id: string; codes: string[] }; response: AccountSummary };
  'backup.mark': { request: { id: string; code: string; used: boolean }; response: AccountSummary };
  /** Which code fields the tab shows, across its frames. */
  'tab.probe': { request: { tabId: number }; response: ProbeReport };
  /** How the vault relates to the page the popup acts on (the popup ships without the Public Suffix List). */
  'tab.site': { request: { url: string }; response: SiteContext };
  'accounts.nextHotp': { request: { id: string }; response: { code: string; counter: number } };
  /** Fill a code into the code field(s) of a tab: the account's, or the one bound to each frame's site. */
  'accounts.fill': { request: { id: string | null; tabId: number; want?: FillWant }; response: FillSummary };
  /** A code was copied: wipe it from the clipboard after the set delay if it is still there. */
  'clipboard.clearLater': { request: { text: string }; response: null };
  /** Encrypted backup of everything (accounts, sites, backup codes, settings), protected by its own password. */
  'vaultBackup.export': { request: { password: string }; response: { fileText: string; fileName: string } };
  'vaultBackup.restore': {
    request: { fileText: string; password: string; mode: 'merge' | 'replace' };
    response: { added: number; skipped: number; replaced: boolean; rejected: { name: string; reason: string }[] };
  };
  /** Every account as an otpauth link, after the person confirmed the warning. */
  'accounts.exportPlain': { request: Record<string, never>; response: { uris: string[] } };
  /** One account's otpauth link, to show as a QR code for a phone. */
  'accounts.exportUri': { request: { id: string }; response: { uri: string } };
  /** Drafts read from another app's export; duplicates (by secret) are reported, not stored twice. */
  'accounts.import': { request: { drafts: AccountDraft[] }; response: EnrolResult };
  'accounts.findDuplicates': { request: { secrets: string[] }; response: boolean[] };
  'policy.get': { request: Record<string, never>; response: { policy: ManagedPolicy; managed: (keyof Settings)[] } };
  'settings.get': { request: Record<string, never>; response: Settings };
  'settings.set': { request: { settings: Partial<Settings> }; response: Settings };
  /** The only request a content script may make: the current code for the frame it runs in. */
  'content.code': { request: { trigger: FillTrigger; accountId?: string | null }; response: ContentCodeAnswer };
  /** The next unused backup code for this frame's site, marked used as it is handed out. Only on request. */
  'content.backupCode': { request: { accountId?: string | null }; response: BackupCodeAnswer };
}

export type RequestType = keyof Requests;
export type RequestOf<K extends RequestType> = Requests[K]['request'];
export type ResponseOf<K extends RequestType> = Requests[K]['response'];

export type Message = { [K in RequestType]: { type: K; payload: RequestOf<K> } }[RequestType];

/** Requests a content script is allowed to make; every other one is refused to it. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>(['content.code', 'content.backupCode']);

export type ErrorCode = VaultErrorCode | 'forbidden' | 'bad-request' | 'internal';

export interface ProtocolErrorBody {
  code: ErrorCode;
  message: string;
  retryAfterMs?: number;
}

/** Errors cross contexts as data: thrown Error objects lose their fields between browsers. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ProtocolErrorBody };

export class ProtocolError extends Error {
  override name = 'ProtocolError';
  constructor(readonly body: ProtocolErrorBody) {
    super(body.message);
  }
  get code(): ErrorCode {
    return this.body.code;
  }
}

// A record, not a list, so that the compiler insists every request type is named here.
const KNOWN_REQUESTS: Record<RequestType, true> = {
  'vault.status': true,
  'vault.create': true,
  'vault.unlock': true,
  'vault.lock': true,
  'vault.changePassphrase': true,
  'vault.unlockWithKey': true,
  'keys.info': true,
  'keys.add': true,
  'keys.rename': true,
  'keys.remove': true,
  'keys.setPolicy': true,
  'accounts.list': true,
  'accounts.codes': true,
  'accounts.firstRows': true,
  'accounts.add': true,
  'accounts.addFromUri': true,
  'accounts.update': true,
  'accounts.remove': true,
  'accounts.nextHotp': true,
  'accounts.fill': true,
  'accounts.undoRemove': true,
  'accounts.setPinned': true,
  'accounts.reorder': true,
  'accounts.touch': true,
  'backup.reveal': true,
  'backup.replace': true,
  'backup.mark': true,
  'tab.probe': true,
  'tab.site': true,
  'content.backupCode': true,
  'clipboard.clearLater': true,
  'vaultBackup.export': true,
  'vaultBackup.restore': true,
  'accounts.exportPlain': true,
  'accounts.exportUri': true,
  'accounts.import': true,
  'accounts.findDuplicates': true,
  'policy.get': true,
  'settings.get': true,
  'settings.set': true,
  'content.code': true,
};

export const REQUEST_TYPES = Object.keys(KNOWN_REQUESTS) as RequestType[];

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && Object.hasOwn(KNOWN_REQUESTS, type) && typeof payload === 'object' && payload !== null;
}
