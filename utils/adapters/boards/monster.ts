import type { BoardAdapter } from '../types';

/**
 * Monster's search page lists `article[data-testid="svx_jobCard"]` cards in `div#JobCardGrid`,
 * each titled by a link `a[data-testid="jobTitle"]` to /job-openings/<slug-or-uuid>; the job view
 * (and the detail pane beside the list) titles the posting `h2[data-testid="jobTitle"]`. Older
 * layouts (styled-components `job-cardstyle__…`, and `section.card-content h2.title a` before
 * that) still link every card to /job-openings/. No saved page exists for it: the selectors come
 * from public scrapers, and tests/fixtures/boards/monster-*.html rebuild that markup.
 */

// Monster's main country sites. Match patterns cannot wildcard a top-level domain, so each is
// listed; `*.` also matches the bare host (monster.de as well as www.monster.de). The sources above
// all scraped monster.com: that the European sites share its data-testid hooks is an assumption,
// which the posting-link and JSON-LD paths back up.
const HOSTS = [
  'monster.com',
  'monster.ca',
  'monster.co.uk',
  'monster.ie',
  'monster.de',
  'monster.at',
  'monster.ch',
  'monster.fr',
  'monster.be',
  'monster.lu',
  'monster.nl',
  'monster.it',
  'monster.es',
  'monster.se',
];

const monster: BoardAdapter = {
  id: 'monster',
  name: 'Monster',
  // Search and job pages sit under different, localised paths per country (/jobs/search,
  // /emploi/recherche, /jobs/suche, /job-openings/…) and the search page is a single-page app, so
  // the whole host is matched.
  matches: HOSTS.map((host) => `*://*.${host}/*`),
  titleSelectors: [
    // Search card title link and job-view heading: both carry data-testid="jobTitle"
    // [ScraperHub/monster-scrapers monster_listing_scraper.py: `div#JobCardGrid
    // article[data-testid="svx_jobCard"]`, `a[data-testid="jobTitle"]`;
    // monster_job_detail_scraper.py: `h2[data-testid="jobTitle"]`].
    '[data-testid="jobTitle"]',
    // Older search page: `section.card-content` with `h2.title` [cactusjackk7/webscraping
    // webscrape.py]. Scoped to the card: `.title` alone names anything.
    '.card-content h2.title',
  ],
  postingLinkSelectors: [
    // Every layout links a card to one posting under /job-openings/ [ScraperHub/monster-scrapers
    // monster_job_detail_scraper.py: `https://www.monster.com/job-openings/<uuid>`]. Related
    // searches ("Account Manager jobs") go to /jobs/q-… or /jobs/search?q=…, not here.
    'a[href*="/job-openings/"]',
  ],
  // [ScraperHub/monster-scrapers monster_job_detail_scraper.py].
  descriptionSelectors: ['[data-testid="svx-description-container-inner"]'],
};

export default monster;
