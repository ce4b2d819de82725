import type { BoardAdapter } from '../types';

/**
 * LinkedIn serves three layouts at once: the logged-out ("guest") pages, the logged-in pages with
 * BEM-ish classes, and the 2025-26 logged-in layout whose classes are hashed.
 */
const linkedin: BoardAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  // Country subdomains (in., au., uk.) serve the guest pages.
  matches: ['*://*.linkedin.com/jobs/*', '*://*.linkedin.com/jobs-guest/*', '*://*.linkedin.com/comm/jobs/*'],
  titleSelectors: [
    // Guest search card: <h3 class="base-search-card__title"> (saved: aayussh search, jackas5 fragment).
    '.base-search-card__title',
    // Guest job view heading and its sticky sub-nav copy (saved: dinie job view).
    '.top-card-layout__title',
    '.sub-nav-cta__header',
    // Guest "Similar jobs" cards on a job view (saved: dinie job view).
    '.base-main-card__title',
    // Logged-in search list and detail pane (BEM layout, 2023-25).
    'a.job-card-list__title--link',
    '.job-card-list__title',
    '.artdeco-entity-lockup__title',
    '.job-details-jobs-unified-top-card__job-title',
    '.jobs-unified-top-card__job-title',
  ],
  postingLinkSelectors: [
    // Every layout links a card to /jobs/view/<slug-or-id>; the guest card's full-size link
    // carries the title in a visually hidden span for screen readers.
    'a[href*="/jobs/view/"]',
    // Logged-in list links to the two-pane search with the job's id.
    'a[href*="currentJobId="]',
  ],
  descriptionSelectors: ['.show-more-less-html__markup', '.jobs-box__html-content', '.description__text'],
  // The hashed 2025-26 job view (saved: xingyoulee logged-in view) has no hook on its title <p>;
  // its document title is "<Job title> | <Company> | LinkedIn".
  pageTitle: (doc, url) => {
    if (!/\/jobs\/(view|search|collections)/.test(url.pathname)) return null;
    const parts = doc.title.split(' | ');
    return parts.length >= 3 && parts.at(-1)?.trim() === 'LinkedIn' ? parts[0]!.trim() : null;
  },
};

export default linkedin;
