import type { BoardAdapter } from '../types';

/**
 * ZipRecruiter serves a two-pane search page (/jobs-search, /candidate/search) whose cards are
 * `<article id="job-card-<key>">` in `div.job_result_two_pane(_v2)`, an older list of
 * `li/article.job_result`, and one page per posting (/c/<Company>/Job/<Title>/-in-<City>?jid=…,
 * /jobs/<slug>) that names its posting in JSON-LD. No saved page exists for it: the selectors come
 * from public scrapers, and tests/fixtures/boards/ziprecruiter-*.html rebuild that markup.
 */
const ziprecruiter: BoardAdapter = {
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  // The search page is a single-page app that moves between /jobs-search, /c/…/Job/… and /jobs/…
  // without a reload, so the whole host is matched, not only the paths a tab opens on.
  matches: ['*://*.ziprecruiter.com/*', '*://*.ziprecruiter.co.uk/*'],
  titleSelectors: [
    // 2024-26 search card: `article[id^="job-card-<key>"]` whose <h2> holds the title
    // [LEAF-Solar-Design/solar-lead-scraper docs/ziprecruiter-fix-2026-01-22.md: cards
    // `article[id^="job-card-"]`, titles `h2` / `h2 a`; icode247/job-application-automation
    // platforms/ziprecruiter/ziprecruiter.js: cards `.job_result_two_pane`, title
    // `h2.font-bold.text-primary`]. Prefix match on the wrapper class: scrapers found by the code
    // search already read a `job_result_two_pane_v2` variant.
    'article[id^="job-card-"] h2',
    '[class*="job_result_two_pane"] h2',
    // Test ids seen on card titles [LEAF-Solar-Design/solar-lead-scraper
    // docs/ziprecruiter-fix-2026-01-22.md: `a[data-testid="job-card-title"]`;
    // icode247/job-application-automation platforms/ziprecruiter/ziprecruiter.js:
    // `[data-testid='job-title']`].
    '[data-testid="job-card-title"]',
    '[data-testid="job-title"]',
    // Older list: `li.job_result` / `article.job_result` with `.job_title a` / `a.job_link`
    // [LEAF-Solar-Design/solar-lead-scraper docs/ziprecruiter-fix-2026-01-22.md].
    '.job_result .job_title',
  ],
  postingLinkSelectors: [
    // Links to one posting [shahidirfan100/Ziprecuriter-Job-Scraper src/main.js (commit 03c0809),
    // LINK_SEL: `a[href*="/c/"][href*="/Job/"]`, `a[href*="/jobs/"][href*="jid="]`, `a.job_link`]. Related
    // searches ("Account Manager jobs") go to /Jobs/<Role> or /jobs-search?search=…: neither has
    // a company-and-Job path nor a jid, so they stay out.
    'a[href*="/c/"][href*="/Job/"]',
    'a[href*="jid="]',
    'a.job_link',
  ],
  // [shahidirfan100/Ziprecuriter-Job-Scraper src/main.js, descriptionSelectors].
  descriptionSelectors: ['[data-testid="jobDescriptionSection"]', '.job_description', '.jobDescriptionSection'],
};

export default ziprecruiter;
