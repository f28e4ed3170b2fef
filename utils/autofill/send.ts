import { browser } from 'wxt/browser';
import type { ContentScriptRequestType, Reply, RequestOf, ResponseOf } from '@/utils/messaging/protocol';

/** The requests a content script may make (the background refuses every other one from it). */
export type ContentRequestType = ContentScriptRequestType;

/** The content script's one way to the background: typed, carrying no i18n (a content script shows no text). */
export type ContentSend = <K extends ContentRequestType>(type: K, payload: RequestOf<K>) => Promise<Reply<ResponseOf<K>>>;

export const sendToBackground: ContentSend = (type, payload) => browser.runtime.sendMessage({ type, payload });
