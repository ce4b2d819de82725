import type { BoardAdapter } from '../adapters/types';
import { createMatcher } from '../match/matcher';
import type { RolePhrases } from '../roles/detection-schema';
import { BatchObserver } from '../scan/batch-observer';
import { createTitleFinder } from '../scan/find-titles';
import { findElementShowing, readJsonLdPostings } from '../scan/json-ld';
import { postingLinkOf } from '../scan/posting';
import { FoundTracker, type Change } from '../scan/tracker';

// Elements that can name the page's posting when they arrive (JSON-LD, a top heading, the
// document title), as a changed root or inside one. By tag name: one DOM call, where each
// `instanceof` looks up an interface object (an SVG <title> may pass: it costs one more reading
// of the page's names, no wrong title).
const PAGE_NAMING_TAGS = new Set(['script', 'title', 'h1', 'h2']);
const namesPage = (root: Element): boolean => PAGE_NAMING_TAGS.has(root.localName);
const PAGE_NAMING_INSIDE = 'script[type="application/ld+json" i],h1';

export interface PageScanOptions {
  doc: Document;
  url: () => URL;
  adapters: readonly BoardAdapter[];
  roles: readonly RolePhrases[];
  onChange: (change: Change) => void;
}

/**
 * Detection for one document: the tracker fed by one batched observer, plus the titles named by
 * JSON-LD or by the page's own title. Knows nothing of highlights, cards or the browser.
 */
export class PageScan {
  readonly tracker: FoundTracker;
  #observer: BatchObserver;
  #finder: ReturnType<typeof createTitleFinder>;
  #running = false;
  /** A page-naming element arrived in the batch being read (as a root or inside one). */
  #pageNamingArrived = false;

  constructor(private readonly options: PageScanOptions) {
    const { doc, adapters, roles } = options;
    const finder = createTitleFinder(adapters, doc, PAGE_NAMING_INSIDE);
    this.#finder = finder;
    const matcher = createMatcher(roles);
    this.tracker = new FoundTracker({
      doc,
      matcher,
      finder,
      // A posting whose name names no role needs no search for the element showing it.
      extraTitles: () => this.#pageNamedTitles((name) => matcher.mightMatch(name)),
      onWatched: () => (this.#pageNamingArrived = true),
      watchedRoot: namesPage,
    });
    this.#observer = new BatchObserver({
      onBatch: (roots, removalTargets) => {
        this.#pageNamingArrived = false;
        const removals = removalTargets.size > 0;
        const change = this.tracker.update(roots, undefined, removals);
        if (removals) this.tracker.updateRemovals(removalTargets, change);
        // A JSON-LD script or a late-rendered heading can arrive at any time on SPA boards.
        if (this.#pageNamingArrived) this.tracker.updateExtraTitles(change);
        this.#emit(change);
      },
    });
  }

  /** Reads the whole document once, then follows its changes. */
  start(): void {
    const { doc } = this.options;
    if (this.#running) return;
    this.#running = true;
    const root = doc.body ?? doc.documentElement;
    if (!root) return;
    const change = this.tracker.update([root]);
    this.tracker.updateExtraTitles(change);
    this.#emit(change);
    this.#observer.observe(doc.documentElement ?? doc);
  }

  stop(): void {
    this.#running = false;
    this.#observer.disconnect();
    this.#emit({ added: [], removed: this.tracker.clear() });
  }

  /** Mentions mode on or off: reads the page again for mentions, or drops them. */
  setMentions(enabled: boolean): void {
    if (this.tracker.mentionsEnabled === enabled) return;
    this.tracker.mentionsEnabled = enabled;
    if (!this.#running) return;
    if (enabled) {
      const root = this.options.doc.body;
      if (root) this.#emit(this.tracker.update([root]));
    } else this.#emit({ added: [], removed: this.tracker.clearMentions() });
  }

  /** How many job titles the page shows, naming a role or not (for the popup's diagnostics). */
  countTitles(): number {
    const root = this.options.doc.body;
    return root ? new Set([...this.#finder.find(root), ...this.#pageNamedTitles()]).size : 0;
  }

  /** The posting a focused posting link opens, keyed as found titles are; else undefined. */
  postingKeyOf(element: Element): string | undefined {
    const { linkSelector } = this.#finder;
    return linkSelector && element.matches(linkSelector) ? postingLinkOf(element, linkSelector) : undefined;
  }

  /** After a URL change in a single-page app: the page's own title may name a new posting. */
  rescanPageTitles(): void {
    if (this.#running) this.#emit(this.tracker.updateExtraTitles());
  }

  #emit(change: Change): void {
    if (change.added.length > 0 || change.removed.length > 0) this.options.onChange(change);
  }

  /** The elements showing the postings the page names (JSON-LD, its own title), when `wanted`. */
  #pageNamedTitles(wanted: (name: string) => boolean = () => true): Element[] {
    const { doc, adapters } = this.options;
    const url = this.options.url();
    const names = readJsonLdPostings(doc).map((posting) => posting.title);
    for (const adapter of adapters) {
      const name = adapter.pageTitle?.(doc, url);
      if (name) names.push(name);
    }
    return names.filter(wanted).map((name) => findElementShowing(doc, name)).filter((el): el is Element => el !== null);
  }
}
