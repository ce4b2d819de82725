import type { BoardAdapter } from '../types';

/**
 * Glassdoor, 2024+ layout: CSS-module classes with hashed suffixes (`JobCard_jobTitle__GLyJ1`), so
 * data-test attributes and class prefixes only.
 *
 * Saved page: shared/fixtures/pages/glassdoor/sanjeet (search results on glassdoor.co.in, 30
 * cards and the first card's detail pane). The standalone job view (/job-listing/...) has no saved
 * page: its heading hooks come from public extensions and scrapers (Hide-n-Seek,
 * dsouzadwayne/jobtracker and others reading `h1[id^="jd-job-title"]`,
 * `[data-test="job-details-header"] h1`, `h1[class*="JobDetails_jobTitle"]`) and our own page
 * tests/fixtures/boards/glassdoor-job-view.html.
 */

// Every country site Glassdoor runs as its own domain; `*.` also covers the bare host and the
// language subdomains (nl.glassdoor.be, fr.glassdoor.ch, de.glassdoor.ch).
const HOSTS = [
  'glassdoor.com',
  'glassdoor.co.uk',
  'glassdoor.co.in',
  'glassdoor.com.au',
  'glassdoor.ca',
  'glassdoor.de',
  'glassdoor.fr',
  'glassdoor.ie',
  'glassdoor.com.br',
  'glassdoor.nl',
  'glassdoor.be',
  'glassdoor.ch',
  'glassdoor.at',
  'glassdoor.es',
  'glassdoor.it',
  'glassdoor.com.mx',
  'glassdoor.com.ar',
  'glassdoor.co.nz',
  'glassdoor.sg',
  'glassdoor.com.hk',
];
// Job routes only: search (/Job/...-SRCH_...htm, /Job/jobs.htm), the job view (/job-listing/...),
// a company's jobs tab (/Jobs/<Company>-Jobs-E<id>.htm). Reviews, salaries and interviews are not
// listings. Paths are case-sensitive: Glassdoor spells /Job/ and /Jobs/ with a capital J.
const PATHS = ['/Job/*', '/Jobs/*', '/job-listing/*'];

const glassdoor: BoardAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  matches: HOSTS.flatMap((host) => PATHS.map((path) => `*://*.${host}${path}`)),
  titleSelectors: [
    // Search card title link: <a class="JobCard_jobTitle__…" data-test="job-title"
    // href="/job-listing/…?jl=<id>"> (saved: sanjeet, 30 cards).
    '[data-test="job-title"]',
    'a[class*="JobCard_jobTitle"]',
    // Detail pane and job view heading: <h1 id="jd-job-title-<id>"> (saved: sanjeet's detail
    // pane). The search header is an h1 too ("213 Software qa engineer jobs in Pune",
    // data-test="search-title"): it names a search, not a posting, and none of these match it.
    'h1[id^="jd-job-title"]',
    '[data-test="job-details-header"] h1',
    'h1[class*="JobDetails_jobTitle"]',
  ],
  postingLinkSelectors: [
    // The card's title link goes to /job-listing/…?jl=<id>; the card's overlay link
    // (data-test="job-link", empty, labelled by the title) goes to …jobListingId=<id>
    // (saved: sanjeet).
    'a[href*="/job-listing/"]',
    'a[href*="jobListingId="]',
    'a[href*="?jl="]',
    'a[href*="&jl="]',
  ],
  descriptionSelectors: ['[class*="JobDetails_jobDescription"]', '.jobDescriptionContent'],
};

export default glassdoor;
