import type { FillCommand, FillReport, ProbeReport, RequestOf, RequestType, ResponseOf } from '@/utils/messaging/protocol';
import type { SenderKind } from '@/utils/background/sender';
import type { ManagedPolicy } from '@/utils/policy';
import type { Settings } from '@/utils/storage';
import type { Vault } from '@/utils/vault/vault';

/** What a request handler may use: passed in, so handlers are plain functions testable without a browser. */
export interface BackgroundServices {
  vault: Vault;
  now: () => number;
  newId: () => string;
  /** The settings in force (within the managed policy), and the person's own choices to store. */
  settings: { get(): Promise<Settings>; set(settings: Settings): Promise<void> };
  policy: () => Promise<ManagedPolicy>;
  /** Called on every use of an unlocked vault, to push back the idle lock. */
  noteActivity: () => Promise<void>;
  clipboard: {
    /** Wipes `text` from the clipboard after `delayMs` if the clipboard still holds it. */
    clearLater(text: string, delayMs: number): Promise<void>;
  };
  tabs: {
    /** Sends a fill command to each frame of a tab; a frame without Tessera's content script answers null. */
    fillAllFrames(tabId: number, command: FillCommand): Promise<(FillReport | null)[]>;
    probeAllFrames(tabId: number): Promise<(ProbeReport | null)[]>;
  };
}

export interface HandlerContext extends BackgroundServices {
  sender: SenderKind;
}

export type Handler<K extends RequestType> = (payload: RequestOf<K>, ctx: HandlerContext) => Promise<ResponseOf<K>>;
export type HandlerTable<K extends RequestType> = { [P in K]: Handler<P> };
