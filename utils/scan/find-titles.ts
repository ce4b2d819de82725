import type { BoardAdapter, BoardLayout } from '../adapters/types';

/** Title selectors every page gets: schema.org microdata names a posting's title wherever it is. */
const UNIVERSAL_TITLE_SELECTORS = ['[itemtype*="schema.org/JobPosting" i] [itemprop="title"]'];
const HEADING = 'h1,h2,h3,h4,h5,[role="heading"]';
// A posting link longer than this wraps more than a title (company, location, snippet).
const MAX_LINK_TITLE_LENGTH = 160;

export interface TitleFinder {
  /**
   * Title elements at or below `root`, and the title holding `root` if it sits inside one.
   * `worthReading`, when given, drops candidates early (before the costlier link checks).
   * `onWatched` is called when a changed subtree holds an element of the finder's watch selector.
   */
  find(root: Element, worthReading?: (element: Element) => boolean, onWatched?: () => void): Element[];
  /** The selector of explicit title elements (for `closest`). */
  titleSelector: string;
  /** The selector of posting links, used to key postings and to find titles in unknown layouts. */
  linkSelector: string;
  /** The board's description containers (mentions mode reads only these when there are any). */
  descriptionSelector: string;
  /** The description containers at or below `root`. */
  findDescriptions(root: Element): Iterable<Element>;
  /**
   * A changed subtree (cards appended to a list) read with one query and one look at its
   * ancestors; null for a whole page, or where posting links can be titles (read with `find`).
   */
  readSubtree(root: Element, descriptions: boolean): SubtreeContents | null;
  /** Whether `readSubtree` reads changed subtrees (false where posting links can be titles). */
  readsSubtrees: boolean;
}

/** What a changed subtree holds. */
export interface SubtreeContents {
  /** The title around the root, if any, then the titles inside it in document order. */
  titles: Element[];
  /** The description containers inside the root (when asked for). */
  descriptions: Element[];
  /** The root sits in a description container (when asked for). */
  inDescription: boolean;
  /** An element of the finder's watch selector, other than a title, is inside the root. */
  watched: boolean;
}

interface SelectorSet {
  titles: string[];
  /** Posting links: they key postings. */
  links: string[];
  /** The posting links also read as titles (see BoardLayout.linksAreTitles). */
  titleLinks: string[];
  descriptions: string[];
}

/**
 * The selectors a page is read with: each adapter's own, plus its layouts'. A layout whose head
 * marker the page has is read alone; a page no marker names (an unknown or partial page) gets
 * every layout and the universal microdata selector.
 */
function selectorsFor(adapters: readonly BoardAdapter[], doc?: Document): SelectorSet {
  const head = doc?.head ?? null;
  let named = false;
  const chosen: (BoardAdapter | BoardLayout)[] = [];
  for (const adapter of adapters) {
    chosen.push(adapter);
    const layouts = adapter.layouts ?? [];
    const marked = head ? layouts.find((l) => l.headMarker && head.querySelector(l.headMarker)) : undefined;
    if (marked) named = true;
    chosen.push(...(marked ? [marked] : layouts));
  }
  return {
    titles: [...(named ? [] : UNIVERSAL_TITLE_SELECTORS), ...chosen.flatMap((s) => s.titleSelectors)],
    links: chosen.flatMap((s) => s.postingLinkSelectors ?? []),
    titleLinks: chosen.flatMap((s) => ('linksAreTitles' in s && s.linksAreTitles === false ? [] : (s.postingLinkSelectors ?? []))),
    descriptions: chosen.flatMap((s) => s.descriptionSelectors ?? []),
  };
}

/**
 * All elements under `root` matching any of `selectors`, in document order (a title nested in
 * another is met after it, and readers see the page's order). A whole document is queried one
 * selector at a time: Chromium answers a single class or tag selector on a fast path, while a
 * list makes it test every selector on every element (on 100,000 elements, ~2 ms per query
 * against ~3 ms per selector in a list). A subtree is small: one list query costs less there.
 */
function queryAll(root: Element, selectors: readonly string[], joined: string, whole: boolean): Element[] {
  if (!joined) return [];
  if (!whole || selectors.length === 1) return [...root.querySelectorAll(joined)];
  let out: Element[] = [];
  for (const selector of selectors) {
    const next = [...root.querySelectorAll(selector)];
    out = out.length === 0 ? next : mergeInDocumentOrder(out, next);
  }
  return out;
}

// The root element or one of its children (the body, the head): a whole page is read. Checked by
// position, as each root of a batch is, without asking the document for its body.
const isWholeDocument = (root: Element): boolean => !root.parentElement?.parentElement;

const follows = (a: Element, b: Element) => (b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Two lists in document order merged into one, without repeats; few comparisons when one is short. */
export function mergeInDocumentOrder(a: Element[], b: Element[]): Element[] {
  if (b.length > a.length) [a, b] = [b, a];
  const seen = new Set(a);
  const extra = b.filter((el) => !seen.has(el));
  if (extra.length === 0) return a;
  const out: Element[] = [];
  if (extra.length * Math.log2(a.length + 1) < a.length) {
    // Few extras: each is placed by binary search.
    let from = 0;
    for (const el of extra) {
      let lo = from;
      let hi = a.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (follows(el, a[mid]!)) lo = mid + 1;
        else hi = mid;
      }
      for (let i = from; i < lo; i++) out.push(a[i]!);
      out.push(el);
      from = lo;
    }
    for (let i = from; i < a.length; i++) out.push(a[i]!);
    return out;
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < extra.length) out.push(follows(extra[j]!, a[i]!) ? a[i++]! : extra[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < extra.length) out.push(extra[j++]!);
  return out;
}

/**
 * `watchSelector`: elements the caller wants to hear of when they arrive in a changed subtree
 * (JSON-LD, a top heading). A card appended to a list is then queried once for both: a second
 * query per root cost about as much as the rest of reading a batch.
 */
export function createTitleFinder(adapters: readonly BoardAdapter[], doc?: Document, watchSelector = ''): TitleFinder {
  const selectors = selectorsFor(adapters, doc);
  const titleSelector = selectors.titles.join(',');
  const linkSelector = selectors.links.join(',');
  const titleLinkSelector = selectors.titleLinks.join(',');

  /** A posting link counts as a title when no explicit title sits in or around it. */
  const titleOfLink = (link: Element): Element | null => {
    if (link.closest(titleSelector) || link.querySelector(titleSelector)) return null;
    const heading = link.querySelector(HEADING);
    if (heading) return heading;
    const length = (link.textContent ?? '').trim().length;
    return length > 0 && length <= MAX_LINK_TITLE_LENGTH ? link : null;
  };

  const find = (root: Element, worthReading?: (element: Element) => boolean, onWatched?: () => void): Element[] => {
    const whole = isWholeDocument(root);
    if (onWatched && watchSelector && root.querySelector(watchSelector)) onWatched();
    const found = new Set<Element>();
    const enclosing = whole ? null : root.closest(titleSelector);
    if (enclosing) found.add(enclosing);
    for (const el of queryAll(root, selectors.titles, titleSelector, whole)) found.add(el);
    if (titleLinkSelector) {
      // A set: one link may match several of a board's link selectors.
      const links = new Set<Element>(root.matches(titleLinkSelector) ? [root] : []);
      const enclosingLink = whole ? null : root.closest(titleLinkSelector);
      if (enclosingLink) links.add(enclosingLink);
      for (const link of queryAll(root, selectors.titleLinks, titleLinkSelector, whole)) links.add(link);
      for (const link of links) {
        if (worthReading && !worthReading(link)) continue;
        const title = titleOfLink(link);
        if (title) found.add(title);
      }
    }
    return [...found];
  };

  const descriptionSelector = selectors.descriptions.join(',');
  const findDescriptions = (root: Element): Iterable<Element> => {
    if (!descriptionSelector) return [];
    // A subtree's one query finds each container once; a whole document merges several queries.
    if (!isWholeDocument(root)) return root.querySelectorAll(descriptionSelector);
    return new Set(queryAll(root, selectors.descriptions, descriptionSelector, true));
  };

  // Each DOM query costs about as much on a just-appended card as the rest of reading it: a card
  // is asked once for everything (titles, descriptions, watched elements), then each element
  // found is told apart with `matches`.
  const joinSelectors = (...parts: string[]) => parts.filter(Boolean).join(',');
  const insideQuery = [joinSelectors(titleSelector, watchSelector), joinSelectors(titleSelector, descriptionSelector, watchSelector)];
  const aroundQuery = [titleSelector, joinSelectors(titleSelector, descriptionSelector)];
  const readSubtree = (root: Element, descriptions: boolean): SubtreeContents | null => {
    if (titleLinkSelector || isWholeDocument(root)) return null;
    const withDescriptions = descriptions && descriptionSelector !== '';
    const read: SubtreeContents = { titles: [], descriptions: [], inDescription: false, watched: false };
    const aroundSelector = aroundQuery[+withDescriptions];
    const around = aroundSelector ? root.closest(aroundSelector) : null;
    if (around) {
      // The nearest of a title and a description container; the other may sit further out.
      const title = titleSelector && (around.matches(titleSelector) ? around : around.parentElement?.closest(titleSelector));
      if (title) read.titles.push(title);
      read.inDescription = withDescriptions && (title !== around || !!around.closest(descriptionSelector));
    }
    const query = insideQuery[+withDescriptions];
    if (!query) return read;
    const inside = root.querySelectorAll(query);
    // By index: iterating a NodeList makes a binding call per step (most cards hold one element).
    for (let i = 0, count = inside.length; i < count; i++) {
      const el = inside[i]!;
      // A title is read as one whatever else it is (a card's title is often a heading).
      if (titleSelector && el.matches(titleSelector)) read.titles.push(el);
      else if (withDescriptions && el.matches(descriptionSelector)) read.descriptions.push(el);
      else read.watched = true;
    }
    return read;
  };
  return { find, titleSelector, linkSelector, descriptionSelector, findDescriptions, readSubtree, readsSubtrees: !titleLinkSelector };
}
