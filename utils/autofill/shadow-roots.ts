type DomApi = { openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null };

/**
 * The shadow roots directly inside `root`: open ones, and closed ones through the extension API where the
 * browser has it. Only custom elements are asked, since web components are what carry shadow roots.
 */
export function shadowRootsIn(root: ParentNode, dom: DomApi | undefined): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  for (const element of root.querySelectorAll('*')) {
    if (!element.localName.includes('-') && !element.shadowRoot) continue;
    let shadow = element.shadowRoot;
    if (!shadow && dom?.openOrClosedShadowRoot) {
      try {
        shadow = dom.openOrClosedShadowRoot(element);
      } catch {
        shadow = null;
      }
    }
    if (shadow) found.push(shadow);
  }
  return found;
}
