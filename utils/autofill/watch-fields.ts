export interface FieldWatcher {
  /** Looks for code fields in a document, shadow root or added subtree; returns the shadow roots inside it. */
  scanInputs(root: ParentNode): void;
  shadowRoots(root: ParentNode): ShadowRoot[];
  /** Each document or shadow root being watched, as it is first seen. */
  onRoot(root: Document | ShadowRoot): void;
}

const idle = (work: () => void) =>
  'requestIdleCallback' in globalThis ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 200);

/**
 * Watches a document for code fields: its inputs at once; its web components' shadow roots when the page is
 * idle; later only the nodes that are added, collected by one MutationObserver and handled in batches. Added
 * subtrees without inputs or custom elements cost a counter check each; the document is never scanned again.
 */
export function watchForFields(watcher: FieldWatcher): () => void {
  const pending = new Set<Element>();
  const watched = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const observe = (root: Document | ShadowRoot) => {
    if (watched.has(root)) return;
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
    watcher.onRoot(root);
  };

  const descend = (root: ParentNode) => {
    for (const shadow of watcher.shadowRoots(root)) {
      observe(shadow);
      watcher.scanInputs(shadow);
      descend(shadow);
    }
  };

  const flush = () => {
    timer = null;
    const added = [...pending].filter((node) => node.isConnected);
    pending.clear();
    for (const node of added) {
      // Covered by another added node that contains it.
      if (added.some((other) => other !== node && other.contains(node))) continue;
      const hasInputs = node.localName === 'input' || node.getElementsByTagName('input').length > 0;
      // A box added on its own is grouped with its siblings, so its container is read.
      if (hasInputs) watcher.scanInputs(node.localName === 'input' ? (node.parentElement ?? node) : node);
      if (node.localName.includes('-') || node.querySelector('*')) descend(node);
    }
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) pending.add(node as Element);
    }
    if (pending.size > 0 && timer === null) timer = setTimeout(flush, 50);
  });

  observe(document);
  watcher.scanInputs(document);
  idle(() => descend(document));
  return () => observer.disconnect();
}
