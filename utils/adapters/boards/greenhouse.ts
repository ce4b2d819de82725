import type { BoardAdapter } from '../types';

/**
 * Greenhouse serves two layouts: the classic `boards.greenhouse.io` pages and the 2024+ React
 * `job-boards.greenhouse.io` pages. Both also run inside iframes on company career sites
 * (`boards.greenhouse.io/embed/job_board?for=<org>`).
 */
const greenhouse: BoardAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: [
    '*://boards.greenhouse.io/*',
    '*://job-boards.greenhouse.io/*',
    // EU data-residency boards use the same templates on an `.eu.` host.
    '*://boards.eu.greenhouse.io/*',
    '*://job-boards.eu.greenhouse.io/*',
  ],
  titleSelectors: [
    // job-boards job view: <div class="job__title"><h1 class="section-header ...">
    // (saved: greenhouse/nbist_greenhouse_gitlab_backend_engineer.html).
    '.job__title h1',
    // job-boards list: <tr class="job-post"><td class="cell"><a href=".../jobs/<id>">
    //   <p class="body body--medium">Title</p><p class="body body__secondary body--metadata">Location</p>
    // The link wraps the location too, so the title is its <p class="body--medium">, not the link
    // [Wayback capture of job-boards.greenhouse.io/twilio quoted in public scraper tests].
    // Anchored on the link, not on tr.job-post: find-titles checks `link.querySelector(...)` to
    // skip links that hold a title, and happy-dom (unlike Chrome) ignores ancestors outside `link`.
    'a[href] > p.body--medium',
    // Classic job view: <div id="header"><h1 class="app-title"> [zaphodsdad/jobhunter3000].
    'h1.app-title',
    // Classic list and embed: <div class="opening"><a data-mapped="true" href="/<org>/jobs/<id>">Title</a>
    // <span class="location"> — the link holds only the title [public Greenhouse scrapers].
    '.opening > a[href]',
  ],
  postingLinkSelectors: [
    // One posting is /<org>/jobs/<numeric id>; kept to Greenhouse's own links (absolute or
    // relative) so a description's link to some other site's /jobs/ page is not read as a title.
    'a[href*="greenhouse.io/"][href*="/jobs/"]',
    'a[href^="/"][href*="/jobs/"]',
    // Embedded boards on company sites link to the company page with the posting's id.
    'a[href*="gh_jid="]',
  ],
  descriptionSelectors: [
    // job-boards job view (saved gitlab page); classic job view keeps it in #content.
    '.job__description',
    '#content',
  ],
  embeddable: true,
};

export default greenhouse;
