import type { BoardAdapter } from '../adapters/types';

/** Title selectors every page gets: schema.org microdata names a posting's title wherever it is. */
const UNIVERSAL_TITLE_SELECTORS = ['[itemtype*="schema.org/JobPosting" i] [itemprop="title"]'];
const HEADING = 'h1,h2,h3,h4,h5,[role="heading"]';
// A posting link longer than this wraps more than a title (company, location, snippet).
const MAX_LINK_TITLE_LENGTH = 160;

export interface TitleFinder {
  /**
   * Title elements at or below `root`, and the title holding `root` if it sits inside one.
   * `worthReading`, when given, drops candidates early (before the costlier link checks).
   */
  find(root: Element, worthReading?: (element: Element) => boolean): Element[];
  /** The selector of explicit title elements (for `closest`). */
  titleSelector: string;
  /** The selector of posting links, used to key postings and to find titles in unknown layouts. */
  linkSelector: string;
  /** The board's description containers (mentions mode reads only these when there are any). */
  descriptionSelector: string;
}

export function createTitleFinder(adapters: readonly BoardAdapter[]): TitleFinder {
  const titleSelector = [...UNIVERSAL_TITLE_SELECTORS, ...adapters.flatMap((a) => a.titleSelectors)].join(',');
  const linkSelector = adapters.flatMap((a) => a.postingLinkSelectors).join(',');

  /** A posting link counts as a title when no explicit title sits in or around it. */
  const titleOfLink = (link: Element): Element | null => {
    if (link.closest(titleSelector) || link.querySelector(titleSelector)) return null;
    const heading = link.querySelector(HEADING);
    if (heading) return heading;
    const length = (link.textContent ?? '').trim().length;
    return length > 0 && length <= MAX_LINK_TITLE_LENGTH ? link : null;
  };

  const find = (root: Element, worthReading?: (element: Element) => boolean): Element[] => {
    const found = new Set<Element>();
    const enclosing = root.closest(titleSelector);
    if (enclosing) found.add(enclosing);
    for (const el of root.querySelectorAll(titleSelector)) found.add(el);
    if (linkSelector) {
      const links = root.matches(linkSelector) ? [root] : [];
      const enclosingLink = root.closest(linkSelector);
      if (enclosingLink && enclosingLink !== root) links.push(enclosingLink);
      for (const link of root.querySelectorAll(linkSelector)) links.push(link);
      for (const link of links) {
        if (worthReading && !worthReading(link)) continue;
        const title = titleOfLink(link);
        if (title) found.add(title);
      }
    }
    return [...found];
  };

  const descriptionSelector = adapters.flatMap((a) => a.descriptionSelectors ?? []).join(',');
  return { find, titleSelector, linkSelector, descriptionSelector };
}
