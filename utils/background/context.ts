import type { FillPermits } from '@/utils/background/fill-permits';
import type { RecheckGrace } from '@/utils/background/recheck-grace';
import type { Account, AccountSummary } from '@/utils/accounts/account';
import type { SenderKind } from '@/utils/background/sender';
import type {
  FillCommand,
  FillReport,
  FillSummary,
  FillWant,
  ProbeReport,
  RequestOf,
  RequestType,
  ResponseOf,
} from '@/utils/messaging/protocol';
import type { ManagedPolicy } from '@/utils/policy';
import type { Settings } from '@/utils/storage';
import type { Vault } from '@/utils/vault/vault';
import type { SyncService } from '@/utils/background/sync-service';

/** The tab side of filling: what the background sends to a tab's content scripts. */
export interface TabsService {
  /** Sends a fill command to each frame of a tab; a frame without Tessera's content script answers null. */
  fillAllFrames(tabId: number, command: FillCommand): Promise<(FillReport | null)[]>;
  probeAllFrames(tabId: number): Promise<(ProbeReport | null)[]>;
  /** Runs the extension's `detector.js` in one frame, in the content script's isolated world. */
  injectDetector(tabId: number, frameId: number): Promise<void>;
  /** The address of the page a tab shows, as the browser reports it (null when the tab is gone): never a payload's word. */
  url(tabId: number): Promise<string | null>;
}

/** What a request handler may use: passed in, so handlers are plain functions testable without a browser. */
export interface BackgroundServices {
  vault: Vault;
  now: () => number;
  newId: () => string;
  /** The settings in force (within the managed policy), and the person's own choices to store. */
  settings: { get(): Promise<Settings>; set(settings: Settings): Promise<void> };
  policy: () => Promise<ManagedPolicy>;
  /** Pushes back the idle lock. Called by the router, for requests declared as vault activity. */
  noteActivity: () => Promise<void>;
  clipboard: {
    /** Wipes `text` from the clipboard after `delayMs` if the clipboard still holds it. */
    clearLater(text: string, delayMs: number): Promise<void>;
  };
  tabs: TabsService;
  /** What a person asked to be filled in which tab and frame (utils/background/fill-permits.ts). */
  permits: FillPermits;
  /** The re-check grace window (utils/background/recheck-grace.ts); gated handlers call `requireRecentRecheck`. */
  recheck: RecheckGrace;
  /** Sync with the person's WebDAV server or browser sync storage (utils/background/sync-service.ts). */
  sync: SyncService;
}

/** The services for one request, with who sent it. */
export interface RequestScope extends BackgroundServices {
  sender: SenderKind;
}

/** The sequences many requests share, over the vault's accounts (utils/background/account-service.ts). */
export interface AccountService {
  /** The accounts that are not deleted; deleted ones whose undo window has passed are purged on the way. */
  live(): Promise<{ accounts: Account[]; damaged: string[] }>;
  /** One account that is not deleted, or a not-found refusal. */
  one(id: string): Promise<Account>;
  /** Reads the live account, writes `change(account)` to the vault and answers the summary pages see. */
  change(id: string, change: (account: Account) => Account): Promise<AccountSummary>;
  /** Brings a deleted account back within its undo window. */
  restore(id: string): Promise<AccountSummary>;
  /** Spends one HOTP counter step: the counter is on disk before the code is handed out. */
  spendHotp(id: string): Promise<{ code: string; counter: number }>;
  /** The code to hand out now: the current time-based code, or a spent HOTP step. */
  codeNow(account: Account): Promise<string>;
  /** Marks the account's next unused backup code used and hands it out; null when none is left. */
  handOutBackupCode(id: string): Promise<{ code: string; left: number } | null>;
  /** Asks every frame of a tab to fill (each then asks for its own code) and sums up their answers. */
  fillTab(tabId: number, accountId: string | null, want: FillWant): Promise<FillSummary>;
}

export interface HandlerContext extends RequestScope {
  accounts: AccountService;
}

export type Handler<K extends RequestType> = (payload: RequestOf<K>, ctx: HandlerContext) => Promise<ResponseOf<K>>;
export type HandlerTable<K extends RequestType> = { [P in K]: Handler<P> };
