/**
 * The popup's first script (a classic one of its own, no shared chunks), so it runs before the popup's own files have loaded: a message
 * starts a stopped background (~35 ms) while those load, and the background begins opening the vault at once
 * (Vault.prepare). Its answer is not needed: the popup asks its real questions as its main script starts.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

type Runtime = { runtime: { sendMessage(message: object): Promise<unknown> } };
const api = (globalThis as { browser?: Runtime; chrome?: Runtime }).browser ?? (globalThis as { chrome?: Runtime }).chrome;
export default defineUnlistedScript(() => {
  void api?.runtime.sendMessage({ type: 'vault.status', payload: {} }).catch(() => undefined);
});
