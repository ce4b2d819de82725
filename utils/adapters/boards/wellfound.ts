import type { BoardAdapter } from '../types';

/**
 * Wellfound (AngelList Talent until 2022) groups its search results by startup: one
 * `div[data-test="StartupResult"]` per company, whose <h2> is the COMPANY name, holding a list of
 * job links `a[class*="styles_jobLink__"]` to /jobs/<numeric id>-<slug>, each with the job title
 * in `span[class*="styles_title__"]`. Classes are CSS-module hashes (`styles_title__xpQDw`), so
 * they are matched by prefix. A posting opens in a slide-in or on its own page, whose title is an
 * <h1>. No saved page exists for it: the selectors come from public automation scripts, and
 * tests/fixtures/boards/wellfound-*.html rebuild that markup.
 */

// Posting ids are numbers: /jobs/2747178-python-developer. Matching "/jobs/" followed by a digit
// keeps /jobs, /jobs/list/remote and /jobs?… (search pages) out, which a bare "/jobs/" would not.
const POSTING_LINKS = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((digit) => `a[href*="/jobs/${digit}"]`);

const wellfound: BoardAdapter = {
  id: 'wellfound',
  name: 'Wellfound',
  // A Next.js app that moves between /jobs, /role/…, /location/…, /company/… and /jobs/<id>
  // without reloading, so the whole host is matched. angel.co is the legacy host of the same
  // listings (it now redirects, but old links and bookmarks still land there).
  matches: ['*://*.wellfound.com/*', '*://*.angel.co/jobs*', '*://*.angel.co/company/*'],
  titleSelectors: [
    // Search card job title [icode247/job-application-automation platforms/wellfound/wellfound.js:
    // `a.styles_jobLink__US40J`, `.styles_component__Ey28k .styles_title__xpQDw`,
    // `.styles_jobListingList__YGDNO`; twolfson/job-search-assist src/index.user.js for the
    // `[data-test="StartupResult"]` company card]. Scoped to the job link or job list:
    // `styles_title__` alone is a generic CSS-module name other widgets can share.
    'a[class*="styles_jobLink__"] [class*="styles_title__"]',
    '[class*="styles_jobListingList__"] [class*="styles_title__"]',
  ],
  // A posting's own page, and the slide-in a card opens, show the title in an <h1> with utility
  // classes only (`h1.inline.text-xl.font-semibold`, same file): no stable hook. On the page the
  // JSON-LD names the posting and the core finds the <h1> showing it.
  postingLinkSelectors: POSTING_LINKS,
  // [icode247/job-application-automation platforms/wellfound/wellfound.js: `.styles_description__xjvTf`].
  descriptionSelectors: ['[class*="styles_description__"]'],
};

export default wellfound;
