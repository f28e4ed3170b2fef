/**
 * Calls `scan` for the parts of the page that may hold new inputs: first the whole document, then only the
 * containers of nodes added later, collected by one MutationObserver and handled in batches. The whole
 * document is never scanned again, and pages without inputs cost one counter check per batch.
 */
export function watchForFields(scan: (root: ParentNode) => ShadowRoot[], onRoot: (root: Document | ShadowRoot) => void): () => void {
  const inputs = document.getElementsByTagName('input');
  const pending = new Set<ParentNode>();
  const watched = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let shadowCount = 0;

  const observe = (root: Document | ShadowRoot) => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
    onRoot(root);
  };

  const scanAndObserve = (root: ParentNode) => {
    for (const shadow of scan(root)) {
      shadowCount++;
      observe(shadow);
      scanAndObserve(shadow);
    }
  };

  const flush = () => {
    timer = null;
    const roots = [...pending];
    pending.clear();
    if (inputs.length === 0 && shadowCount === 0 && !roots.some((r) => r instanceof Element && r.localName.includes('-'))) return;
    // A root inside another pending root is covered by that one.
    for (const root of roots) {
      if (!roots.some((other) => other !== root && other.contains(root as Node))) scanAndObserve(root);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        // The parent too: a split field's boxes are grouped by their container.
        pending.add((node as Element).parentElement ?? (node as Element));
      }
    }
    if (pending.size > 0 && timer === null) timer = setTimeout(flush, 50);
  });

  observe(document);
  scanAndObserve(document);
  return () => observer.disconnect();
}
