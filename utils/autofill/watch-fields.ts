export interface FieldWatcher {
  /** Looks for code fields in a document, shadow root or added subtree. */
  scanInputs(root: ParentNode): void;
  /** The shadow roots inside a document, shadow root or added subtree. */
  shadowRoots(root: ParentNode): ShadowRoot[];
  /** Each document or shadow root being watched, as it is first seen. */
  onRoot(root: Document | ShadowRoot): void;
}

/** Whether an ancestor of `node` (up to its root) is itself among the added nodes: then it is looked at already. */
function coveredBy(node: Element, added: Set<Element>): boolean {
  for (let parent = node.parentElement; parent; parent = parent.parentElement) if (added.has(parent)) return true;
  return false;
}

/**
 * Watches a document for code fields: its inputs at once; its web components' shadow roots when the page is
 * idle; later only the nodes that are added, collected by one MutationObserver and handled in batches, each
 * subtree once (a node inside another added node is skipped by walking up its ancestors, not by comparing
 * every pair). Added subtrees without inputs or elements cost a counter check each; the document is never
 * scanned again. Returns the function that stops watching.
 */
export function watchForFields(watcher: FieldWatcher): () => void {
  const pending = new Set<Element>();
  const watched = new WeakSet<Node>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

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
    if (stopped) return;
    const added = new Set([...pending].filter((node) => node.isConnected));
    pending.clear();
    // A box added on its own is grouped with its siblings, so its container is read, once for all its boxes.
    const scans = new Set<Element>();
    for (const node of added) {
      if (coveredBy(node, added)) continue;
      if (node.localName === 'input') scans.add(node.parentElement ?? node);
      else if (node.getElementsByTagName('input').length > 0) scans.add(node);
      if (node.localName.includes('-') || node.firstElementChild) descend(node);
    }
    for (const root of scans) if (!coveredBy(root, scans)) watcher.scanInputs(root);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) pending.add(node as Element);
    }
    if (pending.size > 0 && timer === null && !stopped) timer = setTimeout(flush, 50);
  });

  observe(document);
  watcher.scanInputs(document);
  const walk = () => stopped || descend(document);
  if ('requestIdleCallback' in globalThis) requestIdleCallback(walk, { timeout: 1000 });
  else setTimeout(walk, 200);
  // A pending batch or walk finds `stopped` set and does nothing.
  return () => {
    stopped = true;
    observer.disconnect();
  };
}
