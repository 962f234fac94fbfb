/**
 * Late text (infinite scroll, lazy loading, a single-page app rendering its
 * next article): ONE MutationObserver for the page, whose callback only
 * queues the nodes that changed. The queue is handed over after the page has
 * been quiet for a moment (or at the latest after `maxWaitMs` of steady
 * change), on an animation frame, so nothing runs while a tab is hidden and
 * the reading itself happens in the scanner's slices.
 */

export interface WatchOptions {
  signal: AbortSignal;
  /** Receives the queued nodes, deduplicated. */
  flush(nodes: Node[]): void;
  /** Nodes of ours (the card's host) whose changes are not page text. */
  ignore?: (node: Node) => boolean;
  quietMs?: number;
  maxWaitMs?: number;
}

export interface Watcher {
  /** Observes a further tree (an open shadow root found while reading). */
  observe(target: Node): void;
}

const CONFIG: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function watchPage(target: Node, options: WatchOptions): Watcher {
  const quietMs = options.quietMs ?? 200;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  let queue = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstQueued = 0;
  let frame = 0;

  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (options.ignore?.(r.target)) continue;
      if (r.type === 'characterData') queue.add(r.target);
      else for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) queue.add(n);
    }
    if (!queue.size) return;
    const now = performance.now();
    if (timer === undefined) firstQueued = now;
    clearTimeout(timer);
    timer = setTimeout(schedule, Math.max(0, Math.min(quietMs, firstQueued + maxWaitMs - now)));
  });

  function schedule() {
    timer = undefined;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const nodes = [...queue].filter((n) => n.isConnected && !options.ignore?.(n));
      queue = new Set();
      if (nodes.length && !options.signal.aborted) options.flush(nodes);
    });
  }

  observer.observe(target, CONFIG);
  options.signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      queue.clear();
    },
    { once: true },
  );
  return {
    observe(t) {
      if (!options.signal.aborted) observer.observe(t, CONFIG);
    },
  };
}
