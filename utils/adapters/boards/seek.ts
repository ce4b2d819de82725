import type { BoardAdapter } from '../types';

/**
 * SEEK (Australia, New Zealand). Its pages use hashed classes, but `data-automation` hooks (for
 * SEEK's own tests) sit on every element of a card and of the job view.
 */
const seek: BoardAdapter = {
  id: 'seek',
  name: 'SEEK',
  matches: [
    // seek.com.au and www.seek.com.au (search, job view) [cheesestringer/salary-seeker].
    '*://*.seek.com.au/*',
    '*://*.seek.co.nz/*',
    // SEEK's newer hosts: the saved job view is au.seek.com/job/<id> and names https://au.seek.com
    // in its JSON-LD. nz.seek.com is assumed by analogy (not seen).
    '*://au.seek.com/*',
    '*://nz.seek.com/*',
  ],
  titleSelectors: [
    // Search card: <article data-automation="normalJob" data-testid="job-card" data-job-id="…">
    //   … <h3><a data-automation="jobTitle" data-testid="job-card-title" href="/job/<id>?…">Title</a></h3>
    // [cheesestringer/salary-seeker; nitindatta/envoy saved seek.com.au listing, April 2026].
    '[data-automation="jobTitle"]',
    // Job view (also the split-view pane): <h1 data-automation="job-detail-title">
    // (saved: seek/dinie_seek_job.html).
    '[data-automation="job-detail-title"]',
  ],
  postingLinkSelectors: [
    // The card's two overlay links to the posting (empty, so never titles themselves). Not any
    // /job/ link: the job view's apply button links to /job/<id>/apply.
    'a[data-automation="job-list-view-job-link"]',
    'a[data-automation="job-list-item-link-overlay"]',
  ],
  // Job view body (saved page).
  descriptionSelectors: ['[data-automation="jobAdDetails"]'],
};

export default seek;
