/** How often a storm of mutations is read at most, and how late a new title may be at worst. */
export const MIN_PASS_INTERVAL_MS = 250;

export interface BatchObserverOptions {
  /**
   * Called with the changed subtrees, at most once per MIN_PASS_INTERVAL_MS. `removalTargets` are
   * the elements that lost child nodes: empty when nothing was removed, so also when nothing was
   * moved.
   */
  onBatch: (roots: Set<Element>, removalTargets: Set<Element>) => void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  /**
   * Runs `fn` before the next paint (a first change is read then). By default the next animation
   * frame while the document is shown, a task while it is hidden: no frames are drawn for a
   * background tab, so a frame callback would wait for the tab to be shown. A frame callback
   * reads a change after the page's own tasks and microtasks, just before the new nodes are painted.
   */
  beforePaint?: (fn: () => void) => unknown;
}

/**
 * One MutationObserver for the document. Records only which subtrees changed; the reading is
 * done later in one pass, so a page that mutates a thousand times a second costs a few passes.
 * A first change is read before the next paint (new titles show highlighted in the frame that
 * first draws them), later ones at most every 250 ms, so a new title is never more than ~250 ms
 * late.
 */
export class BatchObserver {
  #roots = new Set<Element>();
  #removalTargets = new Set<Element>();
  #scheduled = false;
  #lastPass = -Infinity;
  #observer: MutationObserver;
  /**
   * Whether the observed document is hidden, kept by its `visibilitychange` events: asking the
   * document costs ~20 µs in an observer callback after the page has idled (measured in Chromium),
   * and the first change after a quiet spell is scheduled from there.
   */
  #hidden = false;
  #visibility?: AbortController;
  readonly #now: () => number;
  readonly #setTimer: (fn: () => void, ms: number) => unknown;
  readonly #beforePaint: (fn: () => void) => unknown;

  constructor(private readonly options: BatchObserverOptions) {
    this.#now = options.now ?? (() => performance.now());
    this.#setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.#beforePaint = options.beforePaint ?? ((fn) => (this.#hidden ? setTimeout(fn, 0) : requestAnimationFrame(fn)));
    this.#observer = new MutationObserver((records) => this.record(records));
  }

  observe(target: Node): void {
    this.#observer.observe(target, { childList: true, subtree: true, characterData: true });
    const doc = target.ownerDocument ?? (target as Document);
    const read = () => (this.#hidden = doc.hidden);
    read();
    // Observing again without a disconnect keeps one listener, not two.
    this.#visibility?.abort();
    doc.addEventListener('visibilitychange', read, { signal: (this.#visibility = new AbortController()).signal });
  }

  disconnect(): void {
    this.#observer.disconnect();
    this.#roots.clear();
    this.#visibility?.abort();
  }

  private record(records: MutationRecord[]): void {
    // A storm rewrites the same node over and over: decide once per target per batch.
    let lastTarget: Node | null = null;
    let covered = false;
    for (const record of records) {
      const target = record.target;
      if (target !== lastTarget) {
        lastTarget = target;
        // A subtree already waiting to be read covers every later change inside it (a ticker
        // rewritten a thousand times a second is read once per pass): nothing more to note.
        const holder = target.nodeType === 1 ? (target as Element) : target.parentElement;
        covered = holder !== null && this.#roots.has(holder);
      }
      if (covered) {
        // A skipped record may have removed nodes: tracked titles are then checked on the pass.
        if (record.type === 'childList' && this.#roots.has(target as Element)) this.#removalTargets.add(target as Element);
        continue;
      }
      if (record.type === 'characterData') {
        const parent = record.target.parentElement;
        if (parent) this.#roots.add(parent);
        continue;
      }
      // By index: iterating a NodeList makes a binding call and a result object per step.
      const added = record.addedNodes;
      for (let i = 0, count = added.length; i < count; i++) {
        const node = added[i]!;
        const type = node.nodeType;
        // The extension's own card host is read like any other node: its content sits in a shadow
        // root, which this observer does not see and its `textContent` does not hold.
        if (type === 1) this.#roots.add(node as Element);
        else if (type === 3 && (node as Text).data.trim() && node.parentElement) {
          // Whitespace between appended cards would make the whole list a changed root.
          this.#roots.add(node.parentElement);
        }
      }
      // Removals are kept apart: only a title that lost a child is read again, never the whole
      // list an infinite scroll trims.
      if (record.removedNodes.length > 0 && target.nodeType === 1) this.#removalTargets.add(target as Element);
    }
    if ((this.#roots.size > 0 || this.#removalTargets.size > 0) && !this.#scheduled) this.#schedule();
  }

  #schedule(): void {
    this.#scheduled = true;
    const wait = this.#lastPass + MIN_PASS_INTERVAL_MS - this.#now();
    if (wait > 0) this.#setTimer(() => this.flush(), wait);
    else this.#beforePaint(() => this.flush());
  }

  /** Reads what changed now (also used by tests and on demand). */
  flush(): void {
    this.#scheduled = false;
    this.#lastPass = this.#now();
    const roots = this.#roots;
    const removalTargets = this.#removalTargets;
    this.#roots = new Set();
    // An empty removal set is handed on and kept for the next pass: nothing holds it past the call.
    if (removalTargets.size > 0) this.#removalTargets = new Set();
    if (roots.size > 0 || removalTargets.size > 0) this.options.onBatch(roots, removalTargets);
  }
}
