/**
 * What Role Lens knows about one job board. Adapters are data: selectors, not code, so that a
 * board's markup change is a one-line fix and a new board is a new file.
 */
export interface BoardAdapter {
  id: string;
  name: string;
  /** Manifest match patterns: every host the board serves listings from. */
  matches: string[];
  /**
   * Elements that show one posting's title, the most stable hooks first (data-* attributes,
   * ARIA, link targets), class names last. Comment each selector with where it is seen.
   */
  titleSelectors: string[];
  /**
   * Links that open one posting (`/jobs/view/`, `jk=`). A layout the selectors above have never
   * seen still works: such a link's own text is taken as the title, or its first heading when the
   * link wraps a whole card.
   */
  postingLinkSelectors: string[];
  /**
   * On a job view whose title element has no stable hook (LinkedIn's 2025-26 layout hashes every
   * class), the posting's title as the page itself names it, e.g. from `document.title`. The
   * element showing that text is then taken as the title.
   */
  pageTitle?: (doc: Document, url: URL) => string | null;
  /** Containers of a posting's description text, for the optional mentions mode. */
  descriptionSelectors?: string[];
  /** Whether the board also appears embedded as an iframe on company career sites. */
  embeddable?: boolean;
  /**
   * Markups the board serves one at a time (LinkedIn's logged-out pages vs its logged-in app).
   * Their selectors add to the ones above, but only on pages of that markup: a page that names
   * its markup in `<head>` (see `headMarker`) is read with that layout's selectors alone, so a
   * 5,000-card page is not searched for the other layouts' elements too.
   */
  layouts?: BoardLayout[];
}

export interface BoardLayout {
  /** What the layout is and where it is seen (saved pages, public sources). */
  name: string;
  /**
   * A selector for an element in the page's `<head>` (a `<meta>`) that only this layout's pages
   * have. When one layout's marker is present, the board's other layouts are not searched; when
   * none is (a fragment, an unknown page), every layout is.
   */
  headMarker?: string;
  titleSelectors: string[];
  postingLinkSelectors?: string[];
  /**
   * Whether a posting link of this layout counts as a title where no title selector names one
   * inside or around it (the default, for cards whose only hook is their link). False where the
   * title selectors name every title and links only key postings (LinkedIn's logged-out card
   * link repeats its heading in a hidden span: reading 5,000 copies of what is already read).
   */
  linksAreTitles?: boolean;
  descriptionSelectors?: string[];
}
