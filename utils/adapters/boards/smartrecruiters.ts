import type { BoardAdapter } from '../types';

/**
 * SmartRecruiters hosts company career pages: a list of openings per company
 * (careers.smartrecruiters.com/<Company>) and one page per posting
 * (jobs.smartrecruiters.com/<Company>/<id>-<slug>), plus the one-click apply page
 * (jobs.smartrecruiters.com/oneclick-ui/...). No saved page exists for it: the selectors below come
 * from public scrapers and extensions, and tests/fixtures/boards/smartrecruiters-*.html rebuild
 * that markup.
 */
const smartrecruiters: BoardAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  matches: ['*://jobs.smartrecruiters.com/*', '*://careers.smartrecruiters.com/*'],
  titleSelectors: [
    // Job view: <h1 class="job-title" itemprop="title"> inside the JobPosting microdata
    // [dsouzadwayne/jobtracker firefox/jobtracker/detect/smartrecruiters-detect.js]. The itemprop
    // also meets the universal microdata selector; the class keeps it if the microdata goes.
    'h1.job-title',
    // One-click apply page: <p data-test="topbar-job-title"> in the top bar
    // [dsouzadwayne/jobtracker firefox/jobtracker/detect/smartrecruiters-detect.js; several
    // autofill scripts found by the code search read the same hook].
    '[data-test="topbar-job-title"]',
    // Company list: <li class="opening-job job"><a class="link--block details">
    // <h4 class="details-title job-title link--block-target">…</h4> [gmgigi96/CERNJobs
    // pkg/cern/cern.go, which quotes the markup]. Scoped to the list item: "job-title" alone is
    // too common a class to trust on pages we do not know.
    '.opening-job .job-title',
    '.opening-job .details-title',
  ],
  postingLinkSelectors: [
    // Each opening's block link (same source as above). Not every smartrecruiters.com link: the
    // page also links its company page and searches, which are not postings.
    '.opening-job a[href]',
    'a.link--block.details[href]',
  ],
  // The job view keeps its text in itemprop="description", sections under #st-jobDescription
  // [dsouzadwayne/jobtracker, same file].
  descriptionSelectors: ['[itemprop="description"]', '#st-jobDescription'],
  // Companies embed SmartRecruiters job lists and postings in iframes on their own sites.
  embeddable: true,
};

export default smartrecruiters;
