/**
 * The input a person right-clicked, for the context menu's "Fill code". Only a trusted `contextmenu` event
 * counts: otherwise a page could point the menu at a field of its choosing by dispatching one itself. An
 * untrusted event gives null (the safe answer if a caller forgets); the listener should rather ignore it,
 * so a page cannot clear what the person picked either:
 *
 *   document.addEventListener('contextmenu', (e) => { if (e.isTrusted) contextTarget = trustedContextTarget(e); }, true);
 */
export function trustedContextTarget(event: Event): HTMLInputElement | null {
  if (!event.isTrusted) return null;
  // The innermost target, through open and closed shadow roots (the composed path starts there).
  const target = event.composedPath()[0];
  return target instanceof HTMLInputElement ? target : null;
}
