import type { AccountDraft, AccountEdit, AccountSummary, BackupCode } from '@/utils/accounts/account';
import type { ManagedPolicy } from '@/utils/policy';
import type { Settings } from '@/utils/storage';
import type { SyncStatus } from '@/utils/sync/status';
import type {
  BackupCodeAnswer,
  CodeView,
  ContentCodeAnswer,
  EnrolResult,
  FillSummary,
  FillWant,
  FirstRows,
  KeysInfo,
  ProbeReport,
  RecheckStatus,
  SiteContext,
  VaultStatus,
} from '@/utils/messaging/shapes';
import { draftPayload, editPayload, importDraftPayload, settingsPayload } from '@/utils/messaging/payloads';
import { listOf, nullable, number, object, oneOf, onOff, optional, text, type Validator } from '@/utils/messaging/validate';

/**
 * The one request protocol between Tessera's pages, its content script and the background. `Requests`
 * names each request's payload and answer; `REQUESTS` declares, once per request, who may send it, how its
 * payload is checked and whether it counts as use of the vault. The router derives everything else from
 * these two (utils/background/router.ts). The other channels are in the same folder: content-commands.ts
 * (background → content script), offscreen.ts (background → offscreen page), qr-scan.ts (page → popup, popup ↔ worker).
 */

export * from '@/utils/messaging/shapes';
export * from '@/utils/messaging/content-commands';
export * from '@/utils/messaging/errors';

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
  /** Removes a record the vault reports as damaged (unreadable, missing, unexpected or rolled back), and its manifest entry. */
  'accounts.removeDamaged': { request: { id: string }; response: { accounts: AccountSummary[]; damaged: string[] } };
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
  /** How far this computer's clock is from the clock of the site at `url` (its `Date` header); null when unknown. */
  'tab.clock': { request: { url: string }; response: { offsetMs: number; uncertaintyMs: number } | null };
  'accounts.nextHotp': { request: { id: string }; response: { code: string; counter: number } };
  /** Fill a code into the code field(s) of a tab: the account's, or the one bound to each frame's site. */
  'accounts.fill': { request: { id: string | null; tabId: number; want?: FillWant }; response: FillSummary };
  /**
   * Binds an account that is bound to no site to the registrable domain of the page tab `tabId` shows (read by the
   * background from the tab, after the look-alike check), then fills its code there.
   */
  'accounts.bindToPage': { request: { id: string; tabId: number }; response: { account: AccountSummary; fill: FillSummary } };
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
  /**
   * Drafts read from another app's export; duplicates (by secret) are reported, not stored twice. `domains` are the
   * sites the person confirmed in the preview, held to the same binding rules as a typed account's.
   */
  'accounts.import': { request: { drafts: ImportRequestDraft[] }; response: EnrolResult };
  'accounts.findDuplicates': { request: { secrets: string[] }; response: boolean[] };
  'policy.get': { request: Record<string, never>; response: { policy: ManagedPolicy; managed: (keyof Settings)[] } };
  'settings.get': { request: Record<string, never>; response: Settings };
  'settings.set': { request: { settings: Partial<Settings> }; response: Settings };
  /**
   * A content script's request for the current code of the frame it runs in. Nothing in it says who asked:
   * the background answers an automatic fill, or the person's fill when that person asked (a permit).
   */
  'content.code': { request: Record<string, never>; response: ContentCodeAnswer };
  /** The next unused backup code for this frame's site, marked used as it is handed out: only against a permit. */
  'content.backupCode': { request: Record<string, never>; response: BackupCodeAnswer };
  /** The frame shows a candidate field: load detection's word lists (`detector.js`) into that frame. */
  'content.loadDetector': { request: Record<string, never>; response: null };
  /** Whether the gated actions (secrets, backup codes, plain export, keys) would run now without asking again. */
  'recheck.status': { request: Record<string, never>; response: RecheckStatus };
  /** Proves the passphrase again (Argon2id, throttled like an unlock): opens the re-check grace window. */
  'recheck.passphrase': { request: { passphrase: string }; response: RecheckStatus };
  /** Proves a registered security key again (`prfKek` as for `vault.unlockWithKey`): opens the grace window. */
  'recheck.withKey': { request: { credentialId: string; prfKek: string; passphrase?: string }; response: RecheckStatus };
  /** Sync (issue 17): what Settings shows; readable while locked (nothing secret in it). */
  'sync.status': { request: Record<string, never>; response: SyncStatus };
  'sync.now': { request: Record<string, never>; response: SyncStatus };
  /** Lists the remote folder with these settings, without saving them. */
  'sync.test': { request: { target: SyncTarget }; response: null };
  /** Turns sync on with these settings (kept inside the vault) and syncs once. */
  'sync.enable': { request: { target: SyncTarget; deviceName?: string }; response: SyncStatus };
  'sync.disable': { request: Record<string, never>; response: SyncStatus };
  /** The synced vault's passphrase, when it is encrypted with another key (a join, or a passphrase change elsewhere). */
  'sync.join': { request: { passphrase: string }; response: { status: SyncStatus; droppedKeys: string[] } };
}

/** Where to sync, as the Settings page sends it: WebDAV with its address and credentials, or the browser's sync storage. */
export interface SyncTarget {
  kind: 'webdav' | 'browser-sync';
  url?: string;
  user?: string;
  password?: string;
}

/** An imported entry: bound to the sites the person confirmed, or to none. */
export type ImportRequestDraft = Omit<AccountDraft, 'domains'> & { domains?: string[] };

export type RequestType = keyof Requests;
export type RequestOf<K extends RequestType> = Requests[K]['request'];
export type ResponseOf<K extends RequestType> = Requests[K]['response'];

export type Message = { [K in RequestType]: { type: K; payload: RequestOf<K> } }[RequestType];

/** Who may send a request: Tessera's own pages (popup, options, unlock page) or the content script in a frame. */
export type RequestSender = 'extension-page' | 'content-script';

/**
 * Whether answering a request counts as use of the vault, which pushes back the idle lock. Noted by the
 * router after a successful answer: `true` before the reply goes out; `'unawaited'` without holding the
 * reply back (the popup's first screen); a function counts only the answers it picks. The router's
 * `countsAsActivity` is the one place that also weighs who sent the request.
 */
export type Activity<R> = boolean | 'unawaited' | ((answer: R) => boolean);

export interface RequestDeclaration<K extends RequestType> {
  from: RequestSender;
  payload: Validator<RequestOf<K>>;
  activity: Activity<ResponseOf<K>>;
}

const none = object({});
const byId = object({ id: text });
const syncTarget = object({ kind: oneOf('webdav', 'browser-sync'), url: optional(text), user: optional(text), password: optional(text) });

/** Every request, declared once. The compiler insists each request type has exactly one entry here. */
export const REQUESTS = {
  'vault.status': { from: 'extension-page', payload: none, activity: false },
  'vault.create': { from: 'extension-page', payload: object({ passphrase: text }), activity: true },
  'vault.unlock': { from: 'extension-page', payload: object({ passphrase: text }), activity: true },
  'vault.lock': { from: 'extension-page', payload: none, activity: false },
  'vault.changePassphrase': { from: 'extension-page', payload: object({ current: text, next: text }), activity: false },
  'vault.unlockWithKey': {
    from: 'extension-page',
    payload: object({ credentialId: text, prfKek: text, passphrase: optional(text) }),
    activity: true,
  },
  'keys.info': { from: 'extension-page', payload: none, activity: false },
  'keys.add': { from: 'extension-page', payload: object({ credentialId: text, name: text, prfSalt: text, prfKek: text }), activity: true },
  'keys.rename': { from: 'extension-page', payload: object({ credentialId: text, name: text }), activity: false },
  'keys.remove': { from: 'extension-page', payload: object({ credentialId: text }), activity: true },
  'keys.setPolicy': {
    from: 'extension-page',
    payload: object({ policy: oneOf('either', 'both'), passphrase: text, credentialId: optional(text), prfKek: optional(text) }),
    activity: true,
  },
  'accounts.list': { from: 'extension-page', payload: none, activity: 'unawaited' },
  'accounts.codes': { from: 'extension-page', payload: object({ at: optional(number) }), activity: false },
  'accounts.firstRows': { from: 'extension-page', payload: object({ url: nullable(text), rows: number }), activity: 'unawaited' },
  'accounts.add': { from: 'extension-page', payload: object({ draft: draftPayload, updateExisting: optional(onOff) }), activity: true },
  'accounts.addFromUri': {
    from: 'extension-page',
    payload: object({ uri: text, domains: listOf(text), updateExisting: optional(onOff) }),
    activity: true,
  },
  'accounts.update': { from: 'extension-page', payload: object({ id: text, edit: editPayload }), activity: true },
  'accounts.remove': { from: 'extension-page', payload: byId, activity: true },
  'accounts.undoRemove': { from: 'extension-page', payload: byId, activity: true },
  'accounts.removeDamaged': { from: 'extension-page', payload: byId, activity: true },
  'accounts.setPinned': { from: 'extension-page', payload: object({ id: text, pinned: onOff }), activity: true },
  'accounts.reorder': { from: 'extension-page', payload: object({ ids: listOf(text) }), activity: true },
  'accounts.touch': { from: 'extension-page', payload: byId, activity: true },
  'accounts.nextHotp': { from: 'extension-page', payload: byId, activity: true },
  'accounts.fill': {
    from: 'extension-page',
    payload: object({ id: nullable(text), tabId: number, want: optional(oneOf('totp', 'recovery', 'field-kind')) }),
    activity: true,
  },
  'accounts.bindToPage': { from: 'extension-page', payload: object({ id: text, tabId: number }), activity: true },
  'backup.reveal': { from: 'extension-page', payload: byId, activity: true },
  'backup.replace': { from: 'extension-page', payload: object({ id: text, codes: listOf(text) }), activity: true },
  'backup.mark': { from: 'extension-page', payload: object({ id: text, code: text, used: onOff }), activity: true },
  'tab.probe': { from: 'extension-page', payload: object({ tabId: number }), activity: false },
  'tab.site': { from: 'extension-page', payload: object({ url: text }), activity: false },
  'tab.clock': { from: 'extension-page', payload: object({ url: text }), activity: false },
  'clipboard.clearLater': { from: 'extension-page', payload: object({ text }), activity: false },
  'vaultBackup.export': { from: 'extension-page', payload: object({ password: text }), activity: true },
  'vaultBackup.restore': {
    from: 'extension-page',
    payload: object({ fileText: text, password: text, mode: oneOf('merge', 'replace') }),
    activity: true,
  },
  'accounts.exportPlain': { from: 'extension-page', payload: none, activity: true },
  'accounts.exportUri': { from: 'extension-page', payload: byId, activity: true },
  'accounts.import': { from: 'extension-page', payload: object({ drafts: listOf(importDraftPayload) }), activity: true },
  'accounts.findDuplicates': { from: 'extension-page', payload: object({ secrets: listOf(text) }), activity: false },
  'policy.get': { from: 'extension-page', payload: none, activity: false },
  'settings.get': { from: 'extension-page', payload: none, activity: false },
  'settings.set': { from: 'extension-page', payload: object({ settings: settingsPayload }), activity: true },
  // A page's requests never keep the vault unlocked: auto-lock counts a person's actions only.
  'content.code': { from: 'content-script', payload: none, activity: false },
  'content.backupCode': { from: 'content-script', payload: none, activity: false },
  'content.loadDetector': { from: 'content-script', payload: none, activity: false },
  'recheck.status': { from: 'extension-page', payload: none, activity: false },
  'recheck.passphrase': { from: 'extension-page', payload: object({ passphrase: text }), activity: true },
  'recheck.withKey': {
    from: 'extension-page',
    payload: object({ credentialId: text, prfKek: text, passphrase: optional(text) }),
    activity: true,
  },
  'sync.status': { from: 'extension-page', payload: none, activity: false },
  'sync.now': { from: 'extension-page', payload: none, activity: true },
  'sync.test': { from: 'extension-page', payload: object({ target: syncTarget }), activity: true },
  'sync.enable': { from: 'extension-page', payload: object({ target: syncTarget, deviceName: optional(text) }), activity: true },
  'sync.disable': { from: 'extension-page', payload: none, activity: true },
  'sync.join': { from: 'extension-page', payload: object({ passphrase: text }), activity: true },
} as const satisfies { [K in RequestType]: RequestDeclaration<K> };

export const REQUEST_TYPES = Object.keys(REQUESTS) as RequestType[];

/** The requests a content script may make; every other one is refused to it (and these to extension pages). */
export type ContentScriptRequestType = {
  [K in RequestType]: (typeof REQUESTS)[K]['from'] extends 'content-script' ? K : never;
}[RequestType];
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set(
  REQUEST_TYPES.filter((type) => REQUESTS[type].from === 'content-script'),
);

export const declarationOf = <K extends RequestType>(type: K): RequestDeclaration<K> => REQUESTS[type] as RequestDeclaration<K>;

/** A message names a known request and carries an object payload; the payload's fields are checked next. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  return typeof type === 'string' && Object.hasOwn(REQUESTS, type) && typeof payload === 'object' && payload !== null;
}
