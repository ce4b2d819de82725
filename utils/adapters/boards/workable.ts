import type { BoardAdapter } from '../types';

/**
 * Workable serves each company's board at apply.workable.com/<org>/ (posting /<org>/j/<code>/) and
 * its own job search at jobs.workable.com (posting /view/<token>/<slug>). The React pages put
 * `data-ui` hooks on what matters, steadier than their `styles--xxxx` classes.
 */
const workable: BoardAdapter = {
  id: 'workable',
  name: 'Workable',
  matches: ['*://apply.workable.com/*', '*://jobs.workable.com/*'],
  titleSelectors: [
    // Job view / application page: <h1 data-ui="job-title"> (saved: workable/nbist_workable_huble_crm_architect.html).
    // List: <li data-ui="job"><a href="/<org>/j/<code>/"></a><div><h3 data-ui="job-title"><span>Title</span></h3>
    // — the same hook [rendered apply.workable.com/huggingface list quoted in public scraper logs].
    '[data-ui="job-title"]',
  ],
  postingLinkSelectors: [
    // The list card's link is empty and sits beside the title; the card finds it for the key.
    // Not any /j/ link: the job view's "Overview" and "Application" tabs link there (saved page).
    'li[data-ui="job"] a[href]',
    // Older board layout: <li data-ui="job-opening"><a href="…/j/<code>/"><h3>Title</h3>…</a>
    // [public Workable scrapers]; the link's heading is the title.
    '[data-ui="job-opening"] a[href]',
    // jobs.workable.com search results link to /view/<token>/<slug> (markup not seen here; the
    // link's text or heading is taken, and its posting pages carry JSON-LD).
    'a[href^="/view/"]',
    'a[href^="https://jobs.workable.com/view/"]',
  ],
  embeddable: true,
};

export default workable;
