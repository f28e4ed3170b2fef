type DomApi = { openOrClosedShadowRoot?: (element: Element) => ShadowRoot | null };

/**
 * The shadow roots of custom elements inside `root`: open ones, and closed ones through the extension API
 * where the browser has it. Only custom elements (names with a hyphen) are asked: web components are what
 * carry shadow roots in practice, and asking every element would cost a long page milliseconds.
 */
export function shadowRootsIn(root: ParentNode, dom: DomApi | undefined): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const consider = (element: Element) => {
    if (!element.localName.includes('-')) return;
    let shadow = element.shadowRoot;
    if (!shadow && dom?.openOrClosedShadowRoot) {
      try {
        shadow = dom.openOrClosedShadowRoot(element);
      } catch {
        shadow = null;
      }
    }
    if (shadow) found.push(shadow);
  };
  if (root instanceof Element) consider(root);
  for (const element of root.querySelectorAll('*')) consider(element);
  return found;
}
