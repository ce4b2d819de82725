import type { BoardAdapter } from '../types';

/**
 * Workday career sites are one React app per tenant (`<tenant>.wd5.myworkdayjobs.com/<site>`).
 * Every element the app cares about carries `data-automation-id`, steadier than its hashed
 * `css-xxxx` classes. The list renders after load: the saved autodesk search page is the shell
 * before it did, with no title at all (the observer picks the cards up when they arrive).
 */
const workday: BoardAdapter = {
  id: 'workday',
  name: 'Workday',
  matches: ['*://*.myworkdayjobs.com/*', '*://*.myworkdaysite.com/*'],
  titleSelectors: [
    // List card: <h3><a data-automation-id="jobTitle" href="/<site>/job/<loc>/<slug>_<req>">Title</a></h3>
    // [switzere; public Workday scrapers' saved cards]. Exact value: `formField-jobTitle` on the
    // apply form is a work-history input, not a posting.
    'a[data-automation-id="jobTitle"]',
    // Job view: <h2 data-automation-id="jobPostingHeader"> (saved: workday/nbist_workday_senior_test_engineer.html).
    '[data-automation-id="jobPostingHeader"]',
    // Apply flow: <h2 data-automation-id="jobTitleHeading"> names the posting being applied to
    // (saved: workday/saurabh_workday_apply_sr_services_exec.html, also its JSON-LD title).
    '[data-automation-id="jobTitleHeading"]',
  ],
  postingLinkSelectors: [
    // Only the list's title links: the job view's "Apply" button also links under /job/.
    'a[data-automation-id="jobTitle"]',
  ],
  // Job view body (saved nvidia page).
  descriptionSelectors: ['[data-automation-id="jobPostingDescription"]'],
  embeddable: true,
};

export default workday;
