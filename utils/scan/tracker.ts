import type { Matcher, RoleMatch } from '../match/matcher';
import type { TitleFinder } from './find-titles';
import { collectText, rangeFor } from './text';
import { postingLinkOf } from './posting';

/** A job title (or, in mentions mode, a piece of description text) that names a role. */
export interface Found {
  kind: 'title' | 'mention';
  /** The title element; for a mention, the text node's parent. */
  element: Element;
  /** The whole title as written, whitespace folded. */
  text: string;
  /** The roles named, in order; the first is the one the card opens on. */
  matches: RoleMatch[];
  /** One live Range per match, over the page's own text nodes. */
  ranges: Range[];
  /** The posting's address when known: a posting counts once however often its title shows. */
  link?: string;
}

export interface Change {
  added: Found[];
  removed: Found[];
}

// Text where a role word is not a job title or description: menus, footers, related searches.
const NOT_DESCRIPTION =
  'h1,h2,h3,h4,h5,h6,[role="heading"],nav,footer,header,aside,[role="navigation"],[role="banner"],[role="contentinfo"],a,button,label,select,option,textarea,script,style,noscript,template,[contenteditable],role-lens-popover';

const foldSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether a found title or mention still stands for `text` as read again: the same text, and no
 * range collapsed (rewriting a text node in place collapses the ranges in it, even to the same text).
 */
const stillStands = (found: Found, text: string) => found.text === text && found.ranges.every((r) => !r.collapsed);

/**
 * A found title whose folded text and posting address are read when first asked (the badge, the
 * popup, a hover): parsing addresses for every title of a 5,000-card page would double the scan.
 * A class, not an object literal with getters: V8 builds such a literal through the runtime, one
 * accessor at a time, for every title found.
 */
class FoundTitle implements Found {
  readonly kind = 'title';
  #folded: string | null = null;
  #link: string | undefined | null = null;
  readonly #joinedText: string;
  readonly #linkSelector: string;

  constructor(
    readonly element: Element,
    joinedText: string,
    readonly matches: RoleMatch[],
    readonly ranges: Range[],
    linkSelector: string,
  ) {
    this.#joinedText = joinedText;
    this.#linkSelector = linkSelector;
  }

  get text(): string {
    return (this.#folded ??= foldSpace(this.#joinedText));
  }

  get link(): string | undefined {
    if (this.#link === null) this.#link = postingLinkOf(this.element, this.#linkSelector);
    return this.#link;
  }
}

export interface TrackerOptions {
  doc: Document;
  matcher: Matcher;
  finder: TitleFinder;
  /** Elements known from JSON-LD to show a posting's title. */
  extraTitles?: () => Iterable<Element>;
  /** Called when a changed subtree holds an element of the finder's watch selector, or is `watchedRoot`. */
  onWatched?: () => void;
  /**
   * Whether a changed root is itself worth hearing of (a document title, a JSON-LD script). Asked
   * only of roots whose text could name a role where nothing was removed.
   */
  watchedRoot?: (root: Element) => boolean;
}

/**
 * Keeps the set of role-naming titles on the page in step with the DOM. It is told which subtrees
 * changed and reads only those: its work follows the change, not the page.
 */
export class FoundTracker {
  #titles = new Map<Element, Found>();
  #mentions = new Map<Text, Found>();
  /**
   * Elements that have held a mention's text node: one whose text changes is read again. Never
   * pruned (a superset, weakly held): a stale entry costs one reading of an element's text nodes.
   */
  #mentionHolders = new WeakSet<Element>();
  mentionsEnabled = false;

  constructor(private readonly options: TrackerOptions) {}

  all(): Found[] {
    return [...this.#titles.values(), ...this.#mentions.values()];
  }

  /** Title elements being tracked (for hover hit-testing). */
  titleElements(): IterableIterator<Element> {
    return this.#titles.keys();
  }

  get titleCount(): number {
    return this.#titles.size;
  }

  foundFor(element: Element): Found | undefined {
    return this.#titles.get(element);
  }

  /**
   * Reads the given changed subtrees and, unless told nothing was removed (cards appended to a
   * list), drops what left the page: that check visits every tracked title.
   */
  update(roots: Iterable<Element>, change: Change = { added: [], removed: [] }, removals = true): Change {
    if (removals) this.#prune(change);
    const { finder, onWatched, watchedRoot } = this.options;
    // Where nothing was removed, nothing was moved: a changed subtree is new to the page, or is
    // the element a text node was added to or rewritten in. One whose text names no role (most
    // appended cards) has nothing to read but a title it is (rewritten in place) or sits in (a
    // <strong> filled in), and sibling roots share the look around them: it is taken once per
    // parent.
    const byParent = !removals && finder.readsSubtrees;
    let parent: Element | null | undefined;
    let parentReadable = false;
    let titleAround: Element | null = null;
    for (const root of roots) {
      if (byParent) {
        if (root.parentElement !== parent) {
          parent = root.parentElement;
          // Connected, and not the root element (whose children, body and head, are the page).
          parentReadable = parent !== null && parent.parentElement !== null && parent.isConnected;
          titleAround = parentReadable && finder.titleSelector ? parent!.closest(finder.titleSelector) : null;
        }
        if (parentReadable && this.#namesNoRole(root)) {
          const title = titleAround ?? (this.#titles.has(root) ? root : null);
          if (title) this.#readTitle(title, change);
          // A mention's text rewritten in place, now naming no role.
          else if (this.#mentionHolders.has(root)) this.#readMentionsIn(root, change);
          continue;
        }
      }
      if (!root.isConnected) continue;
      if (watchedRoot?.(root)) onWatched?.();
      const read = finder.readSubtree(root, this.mentionsEnabled);
      if (!read) {
        for (const element of finder.find(root, this.#worthReading, onWatched)) this.#readTitle(element, change);
        if (this.mentionsEnabled) {
          const selector = finder.descriptionSelector;
          this.#readMentions(root, change, !!selector && root.closest(selector) !== null, () => finder.findDescriptions(root));
        }
        continue;
      }
      if (read.watched) onWatched?.();
      // A card's only title, in a root whose text passed the quick test, with none around the
      // root: no title holds it, and the full reading decides at once.
      const lone = byParent && parentReadable && !titleAround && read.titles.length === 1;
      for (const element of read.titles) this.#readTitle(element, change, lone);
      if (this.mentionsEnabled) this.#readMentions(root, change, read.inDescription, () => read.descriptions);
    }
    return change;
  }

  /** Reads again the titles that lost a child node (their text changed). */
  updateRemovals(targets: Iterable<Element>, change: Change = { added: [], removed: [] }): Change {
    const { titleSelector, linkSelector } = this.options.finder;
    for (const target of targets) {
      if (!target.isConnected) continue;
      const title = target.closest(titleSelector) ?? (linkSelector ? target.closest(linkSelector) : null);
      if (title && (this.#titles.has(title) || title.matches(titleSelector))) this.#readTitle(title, change);
    }
    return change;
  }

  /** Reads the JSON-LD title elements, which no selector may name. */
  updateExtraTitles(change: Change = { added: [], removed: [] }): Change {
    for (const element of this.options.extraTitles?.() ?? []) this.#readTitle(element, change);
    return change;
  }

  /** Drops everything; returns what was dropped. */
  clear(): Found[] {
    const dropped = this.all();
    this.#titles.clear();
    this.#mentions.clear();
    return dropped;
  }

  clearMentions(): Found[] {
    const dropped = [...this.#mentions.values()];
    this.#mentions.clear();
    return dropped;
  }

  #prune(change: Change): void {
    for (const [element, found] of this.#titles) {
      if (!element.isConnected) {
        this.#titles.delete(element);
        change.removed.push(found);
      }
    }
    for (const [node, found] of this.#mentions) {
      if (!node.isConnected) {
        this.#mentions.delete(node);
        change.removed.push(found);
      }
    }
  }

  // The matcher's quick test over an element's whole text. A title's or mention's text is a
  // stretch of its ancestors' `textContent`, and the quick test allows no separator between words
  // (as `textContent` joins blocks), so a subtree that fails it holds no title or mention naming a
  // role, and cannot name the page's posting either (see PageScan's `namesPage`). `textContent`,
  // not a title's text node: a just-appended node has no script wrapper yet, and making one costs
  // more than copying the text.
  readonly #namesNoRole = (element: Element): boolean => !this.options.matcher.mightMatch(element.textContent ?? '');

  /** Most titles name no role: a regex over their text settles it before any other work. */
  readonly #worthReading = (element: Element): boolean => this.#titles.has(element) || !this.#namesNoRole(element);

  /** `lone`: no title holds the element, and its root's text passed the quick test (see `update`). */
  #readTitle(element: Element, change: Change, lone = false): void {
    if (!lone) {
      if (!this.#worthReading(element)) return;
      // A title inside one already tracked (a span in a heading) is the same title.
      const parentTitle = element.parentElement?.closest(this.options.finder.titleSelector);
      if (parentTitle && this.#titles.has(parentTitle)) return;
    }
    const { text, runs } = collectText(element);
    const previous = this.#titles.get(element);
    if (previous && stillStands(previous, foldSpace(text))) return;
    if (previous) {
      this.#titles.delete(element);
      change.removed.push(previous);
    }
    // `worthReading` ran the matcher's quick test (or the title is tracked): the full reading decides.
    const matches = this.options.matcher.withoutPretest(text);
    if (matches.length === 0) return;
    const ranges = matches.map((m) => rangeFor(runs, m.start, m.end, this.options.doc));
    if (ranges.some((r) => r === null)) return;
    const found = new FoundTitle(element, text, matches, ranges as Range[], this.options.finder.linkSelector);
    this.#titles.set(element, found);
    change.added.push(found);
    // A title found late (named by JSON-LD) may already have been read as a mention: its text
    // nodes are looked up, rather than every mention on the page checked against it.
    if (this.#mentions.size === 0) return;
    for (const { node } of runs) {
      const mention = this.#mentions.get(node);
      if (!mention) continue;
      this.#mentions.delete(node);
      change.removed.push(mention);
    }
  }

  /**
   * Where a board names its description containers, mentions are read only inside them (a search
   * page's "Account Manager jobs in Austin" heading is no description); elsewhere (career sites
   * enabled by the user) the whole changed subtree is read. `inDescription`: the root sits in a
   * container; `containers`: those inside it (asked for only when it does not).
   */
  #readMentions(root: Element, change: Change, inDescription: boolean, containers: () => Iterable<Element>): void {
    if (inDescription || !this.options.finder.descriptionSelector) return this.#readMentionsIn(root, change);
    for (const container of containers()) this.#readMentionsIn(container, change);
  }

  #readMentionsIn(root: Element, change: Change): void {
    const { doc, matcher, finder } = this.options;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const known = this.#mentions.get(node);
      if (known) {
        if (stillStands(known, node.data.trim())) continue;
        this.#mentions.delete(node);
        change.removed.push(known);
      }
      const matches = matcher(node.data);
      if (matches.length === 0) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest(NOT_DESCRIPTION) || parent.closest(finder.titleSelector)) continue;
      if (this.#isInTrackedTitle(parent)) continue;
      const ranges = matches.map((m) => {
        const range = doc.createRange();
        range.setStart(node!, m.start);
        range.setEnd(node!, m.end);
        return range;
      });
      const found: Found = { kind: 'mention', element: parent, text: node.data.trim(), matches, ranges };
      this.#mentions.set(node, found);
      this.#mentionHolders.add(parent);
      change.added.push(found);
    }
  }

  #isInTrackedTitle(element: Element): boolean {
    for (let el: Element | null = element; el; el = el.parentElement) if (this.#titles.has(el)) return true;
    return false;
  }
}
