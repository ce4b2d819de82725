import type { BoardAdapter } from '../types';

/**
 * Indeed: one site under many country subdomains (www., uk., ca., au., in., de., fr., ...). The
 * old country domains (indeed.co.uk, indeed.ca, indeed.com.au, ...) only redirect to those
 * subdomains, so `*.indeed.com` covers every host that shows listings.
 *
 * Saved pages named below live in shared/fixtures/pages/indeed/: dalton (search, 15 cards, 2025
 * "simpler" detail pane), marwan (search, 16 cards with h3 titles, classic detail pane), dinie
 * (job view, au.indeed.com), rileriaaa (Cloudflare bot check: no jobs at all).
 */

// Job routes only: search (/jobs?q=, the SEO pages /q-<what>-l-<where>-jobs.html and
// /<What>-jobs, capitalised -Jobs on some country sites), job views (/viewjob, mobile /m/...),
// company job tabs, and the home page's "Jobs for you" feed. Company reviews, salaries and the
// career guide are not listings. Match-pattern paths are case-sensitive and include the query.
const PATHS = ['/', '/?*', '/jobs*', '/viewjob*', '/m/*', '/q-*', '/l-*', '/*-jobs*', '/*-Jobs*', '/cmp/*/jobs*'];

const indeed: BoardAdapter = {
  id: 'indeed',
  name: 'Indeed',
  matches: PATHS.map((path) => `*://*.indeed.com${path}`),
  titleSelectors: [
    // Job view and the search page's detail pane: <h1|h2 data-testid="jobsearch-JobInfoHeader-title">
    // (saved: dinie h1, marwan h2). Its text ends in a visually hidden " - job post" span; the
    // matcher only highlights the role words, so the element as a whole is the title.
    '[data-testid="jobsearch-JobInfoHeader-title"]',
    '.jobsearch-JobInfoHeader-title',
    // Its wrapper holds nothing else (saved: dinie, marwan). Listed because the job view's JSON-LD
    // title is also looked up among elements with "title" in their class, and this wrapper shows
    // exactly that text: with the wrapper a title too, wrapper and heading count as one title
    // whichever of the two the JSON-LD lookup settles on.
    '.jobsearch-JobInfoHeader-title-container',
    // The 2025 "simpler" detail pane: <h2 data-testid="simpler-jobTitle"> (saved: dalton).
    '[data-testid="simpler-jobTitle"]',
    // Search card: <h2|h3 class="jobTitle"><a data-jk="<key>" class="jcs-JobTitle"><span
    // title="<title>">. The span holds only the title (the link may also hold a "new" label);
    // h2 on dalton, h3 on marwan, so no heading level in the selector.
    'a[data-jk] span[title]',
    '.jobTitle a span[title]',
  ],
  postingLinkSelectors: [
    // The card's title link carries the posting key (saved: dalton, marwan).
    'a[data-jk]',
    'a.jcs-JobTitle',
    // Link targets that open one posting: /viewjob?jk=<key> (also /m/viewjob), the click
    // redirects /rc/clk?jk=<key> and, for sponsored cards, /pagead/clk (saved: dalton, marwan).
    // A bare `jk=` is not enough: "View similar jobs with this employer" goes to
    // /addlLoc/redirect?…&jk=<key> (saved: dalton) and company links carry fromjk= (saved: dinie).
    'a[href*="/viewjob?"]',
    'a[href*="/rc/clk?"]',
    'a[href*="/pagead/clk?"]',
  ],
  descriptionSelectors: ['#jobDescriptionText', '.jobsearch-jobDescriptionText'],
};

export default indeed;
