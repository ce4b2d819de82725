import type { BoardAdapter } from '../types';

/**
 * Ashby boards are a React app at jobs.ashbyhq.com/<org>, one posting at /<org>/<uuid>. Next to
 * hashed CSS-module classes (`_title_dea4p_33`), Ashby puts `ashby-*` classes on its elements for
 * customers' custom CSS; those are meant to stay, so they come first.
 */
const ashby: BoardAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: ['*://jobs.ashbyhq.com/*'],
  titleSelectors: [
    // Job view and application tab: <h1 class="_title_dea4p_33 _large_dea4p_66 ashby-job-posting-heading">
    // (saved: ashby/nbist_ashby_ramp_ai_partnerships_manager.html).
    'h1.ashby-job-posting-heading',
    // List: <a href="/<org>/<uuid>"><div class="ashby-job-posting-brief">
    //   <h3 class="_title_12ilq_382 ashby-job-posting-brief-title">Title</h3> [public Ashby scrapers].
    '.ashby-job-posting-brief-title',
    // The hashed module class, should the ashby-* classes go: the job view wraps its h1 in
    // <div class="_titles_dea4p_33"> (saved page). Kept that narrow because other headings carry
    // `_title_` too: the form's "Autofill from resume" <h3 class="_title_xd2v0_64"> (saved page), and
    // possibly the board's "Open Positions" h1.ashby-job-board-heading [public Ashby scrapers].
    '[class*="_titles_"] > h1[class*="_title_"]:not(.ashby-job-board-heading)',
  ],
  postingLinkSelectors: [
    // The list's card links. Not any /<org>/<uuid> link: the job view's "Overview" and
    // "Application" tabs link there too (saved page).
    '.ashby-job-posting-brief-list a[href]',
  ],
  embeddable: true,
};

export default ashby;
