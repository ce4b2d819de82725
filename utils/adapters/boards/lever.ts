import type { BoardAdapter } from '../types';

/** Lever hosts each company's list at jobs.lever.co/<org> and each posting at /<org>/<uuid>. */
const lever: BoardAdapter = {
  id: 'lever',
  name: 'Lever',
  // The EU instance serves the same templates.
  matches: ['*://jobs.lever.co/*', '*://jobs.eu.lever.co/*'],
  titleSelectors: [
    // List: <a class="posting-title" href="https://jobs.lever.co/<org>/<uuid>">
    //   <h5 data-qa="posting-name">Title</h5><div class="posting-categories">…</div></a>
    // data-qa is Lever's test hook, steadier than the classes [Sneruall/greendeed; Wayback
    // capture of jobs.lever.co/gohighlevel quoted in public scraper tests].
    '[data-qa="posting-name"]',
    '.posting-title h5',
    // Job view: <div class="posting-headline"><h2>Title</h2> [Sneruall/greendeed].
    '.posting-headline h2',
    // Apply page: <div class="section page-centered posting-header"><h2>Title</h2>
    // (saved: lever/nbist_lever_highspot_principal_swe.html).
    '.posting-header h2',
  ],
  postingLinkSelectors: [
    // Only the title link: each card also has an "Apply" link to the same posting
    // (<div class="posting-apply"><a class="posting-btn-submit">Apply</a>), whose short text
    // would otherwise be taken for a title.
    'a.posting-title[href]',
  ],
  embeddable: true,
};

export default lever;
