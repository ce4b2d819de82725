import { describe, expect, it } from 'vitest';
import { loadSavedPage, poseUrlOf, scanDocument, textsOf, type ScanResult, loadOwnPage } from './saved-page';
import { adaptersFor } from '@/utils/adapters/registry';

const roles = (found: ScanResult['found']) => found.map((f) => [f.text, f.matches.map((m) => m.roleId).join()]);
/** How many titles each kind of element gives (tag + first class), for counts read off the source. */
const kinds = (titles: Element[]) => {
  const counts: Record<string, number> = {};
  for (const t of titles) {
    const key = `${t.tagName.toLowerCase()}.${t.classList[0] ?? ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};
const scanSaved = (file: string) => scanDocument(loadSavedPage(file), poseUrlOf(file));
const scanOwn = (file: string, url: string) => scanDocument(loadOwnPage(file, url), url);

describe('LinkedIn adapter on saved real pages', () => {
  it('logged-out search: finds every card title and the three Program Manager cards, not Product Manager', () => {
    const { titles, found } = scanSaved('linkedin/aayussh_linkedin_guest_search_amazon_india.html');
    // Source: 46 li cards, each an h3.base-search-card__title and a full-card link whose sr-only
    // span repeats the title (not read: the page's <head> names the guest search layout, whose
    // headings are every title); the detail pane shows the first job in an h2.top-card-layout__title.
    expect(kinds(titles)).toEqual({ 'h3.base-search-card__title': 46, 'h2.top-card-layout__title': 1 });
    const names = textsOf(found);
    expect(new Set(names)).toEqual(
      new Set([
        'Program Manager-I, Japan Transportation Systems',
        'Program Manager II, Japan Transportation Systems',
        'Sr. Technical Program Manager, Device Software Externalization Team',
      ]),
    );
    expect(found).toHaveLength(3);
    expect(found.every((f) => f.matches[0]?.roleId === 'program-manager')).toBe(true);
    // Each keyed by its card's link: three postings.
    expect(new Set(found.map((f) => f.link)).size).toBe(3);
    expect(found.every((f) => f.link?.startsWith('https://in.linkedin.com/jobs/view/'))).toBe(true);
    expect(names.some((n) => /product manager/i.test(n))).toBe(false);
  });

  it('guest "see more" fragment: 10 cards, heading and hidden link copy each', () => {
    const { titles, found } = scanSaved('linkedin/jackas5_linkedin_guest_seemore_fragment.html');
    expect(kinds(titles)).toEqual({ 'h3.base-search-card__title': 10, 'a.base-card__full-link': 10 });
    expect(textsOf(titles).slice(0, 3)).toEqual([
      'Software Developer',
      'Web Developer',
      'Web Developer (1 Position at Head Office)',
    ]);
    expect(found).toHaveLength(0);
  });

  it('guest job view: heading, sub-nav copy, Similar jobs and People also viewed; not Similar Searches', () => {
    const { titles, found } = scanSaved('linkedin/dinie_linkedin_guest_jobview.html');
    // Source: 27 "Similar jobs" cards (h3.base-main-card__title), 10 "People also viewed" cards
    // (h3.base-aside-card__title in a div[data-entity-urn]), each with a /jobs/view/ full-card link
    // (37); 25 "Similar Searches" cards reuse h3.base-aside-card__title inside links to
    // /jobs/<query>-jobs and must not count.
    expect(kinds(titles)).toEqual({
      'h3.sub-nav-cta__header': 1,
      'h1.top-card-layout__title': 1,
      'h3.base-main-card__title': 27,
      'h3.base-aside-card__title': 10,
      'a.base-card__full-link': 37,
    });
    expect(textsOf(titles).filter((t) => / jobs$/.test(t))).toEqual([]);
    expect(textsOf(titles)).toContain('Senior Software Engineer - Kraken Distribution');
    expect(found).toHaveLength(0);
  });

  it('logged-in 2025-26 job view: the title <p> once, the 12 "More jobs" cards, not the description', () => {
    const { titles, found } = scanSaved('linkedin/xingyoulee_linkedin_loggedin_jobview_flow_traders.html');
    const texts = textsOf(titles);
    expect(titles).toHaveLength(13);
    expect(titles.every((t) => t.tagName === 'P')).toBe(true);
    // The description's <strong>Graduate Data Engineer</strong> is not a title.
    expect(texts.filter((t) => t.includes('Graduate Data Engineer'))).toEqual(['Graduate Data Engineer']);
    expect(titles[0]!.closest('[data-view-name="job-detail-page"]')).not.toBeNull();
    expect(titles.slice(1).every((t) => t.closest('[data-view-name="job-card"]'))).toBe(true);
    expect(texts[1]).toBe('Data Platform Engineer - OLAP (Verified job)Data Platform Engineer - OLAP');
    expect(texts).not.toContain('See more jobs like this');
    expect(found).toHaveLength(0);
  });
});

describe('LinkedIn adapter on our own pages', () => {
  it('guest job view: People also viewed and Similar jobs are titles, Similar Searches and footer links are not', () => {
    const url = 'https://au.linkedin.com/jobs/view/senior-program-manager-at-acme-4400000000';
    const { titles, found } = scanOwn('linkedin-guest-jobview.html', url);
    expect(textsOf(titles).some((t) => / jobs( in |$)/.test(t))).toBe(false);
    expect(roles(found)).toEqual([
      ['Senior Program Manager', 'program-manager'],
      ['Senior Program Manager', 'program-manager'],
      ['Key Account Manager', 'account-manager'],
      ['Programme Manager, Payments', 'program-manager'],
      ['Key Account Manager', 'account-manager'],
      ['Programme Manager, Payments', 'program-manager'],
    ]);
    expect(new Set(found.map((f) => f.link))).toEqual(
      new Set([
        undefined,
        'https://au.linkedin.com/jobs/view/key-account-manager-at-globex-4400000001',
        'https://au.linkedin.com/jobs/view/programme-manager-payments-at-initech-4400000002',
      ]),
    );
  });

  it('logged-in BEM search: card lockup titles and the detail pane, not Product Manager nor saved searches', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=3900000001&keywords=program%20manager';
    const { found } = scanOwn('linkedin-bem-search.html', url);
    expect(roles(found)).toEqual([
      // The card's visible title plus its visually hidden copy: one title, two matches.
      ['Senior Program Manager Senior Program Manager with verification', 'program-manager,program-manager'],
      ['Strategic Account Manager', 'account-manager'],
      ['Senior Program Manager', 'program-manager'],
    ]);
    // The card and the detail pane are one posting.
    expect(found.map((f) => f.link)).toEqual([
      'https://www.linkedin.com/jobs/view/3900000001',
      'https://www.linkedin.com/jobs/view/3900000003',
      'https://www.linkedin.com/jobs/view/3900000001',
    ]);
    expect(found[1]!.ranges[0]!.toString()).toBe('Account Manager');
  });

  it('logged-in 2025-26 job view: the top-card title and a "More jobs" card; not the description, company or See more', () => {
    const url = 'https://www.linkedin.com/jobs/view/4300000000/';
    const { titles, found } = scanOwn('linkedin-hashed-jobview.html', url);
    expect(textsOf(titles)).toEqual([
      'Technical Program Manager',
      'Programme Manager, Payments (Verified job)Programme Manager, Payments',
      'Data Engineer',
    ]);
    expect(roles(found)).toEqual([
      ['Technical Program Manager', 'program-manager'],
      ['Programme Manager, Payments (Verified job) Programme Manager, Payments', 'program-manager,program-manager'],
    ]);
    expect(found[0]!.element.closest('[data-sdui-component]')).toBeNull();
    expect(found[1]!.link).toBe('https://www.linkedin.com/jobs/collections/similar-jobs?currentJobId=4300000001');
  });

  it('logged-in 2025-26 search results: link-less cards, title <p> only (not company, salary or insights)', () => {
    const url = 'https://www.linkedin.com/jobs/search-results/?keywords=account%20manager';
    const { titles, found } = scanOwn('linkedin-hashed-search.html', url);
    expect(textsOf(titles)).toEqual([
      'Senior Account Manager (Verified job)Senior Account Manager',
      'Accounts Payable Manager',
      'Programme Manager – Digital',
    ]);
    expect(roles(found)).toEqual([
      ['Senior Account Manager (Verified job) Senior Account Manager', 'account-manager,account-manager'],
      ['Programme Manager – Digital', 'program-manager'],
    ]);
  });

  it('pageTitle reads the posting from the document title, without the notifications count', () => {
    const [linkedin] = adaptersFor(new URL('https://www.linkedin.com/jobs/view/1/'));
    const titled = (title: string) => {
      document.title = title;
      return linkedin!.pageTitle!(document, new URL('https://www.linkedin.com/jobs/view/4300000000/'));
    };
    expect(titled('Graduate Data Engineer | Flow Traders | LinkedIn')).toBe('Graduate Data Engineer');
    expect(titled('(3) Technical Program Manager | Acme | LinkedIn')).toBe('Technical Program Manager');
    expect(titled('Jobs | LinkedIn')).toBeNull();
    // Not on a search page, where the text would name the search.
    document.title = 'Program Manager | Search | LinkedIn';
    expect(linkedin!.pageTitle!(document, new URL('https://www.linkedin.com/jobs/search-results/?keywords=pm'))).toBeNull();
  });

  it('matches job routes on every LinkedIn host, not the rest of LinkedIn', () => {
    const ids = (url: string) => adaptersFor(new URL(url)).map((a) => a.id);
    expect(ids('https://www.linkedin.com/jobs/search-results/?keywords=pm')).toEqual(['linkedin']);
    expect(ids('https://in.linkedin.com/jobs/view/program-manager-at-amazon-3929003684')).toEqual(['linkedin']);
    expect(ids('https://www.linkedin.com/jobs')).toEqual(['linkedin']);
    expect(ids('https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=pm')).toEqual(['linkedin']);
    expect(ids('https://www.linkedin.com/feed/')).toEqual([]);
    expect(ids('https://www.linkedin.com/in/someone/')).toEqual([]);
  });
});
