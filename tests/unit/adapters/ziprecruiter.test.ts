import { describe, expect, it } from 'vitest';
import { loadOwnPage, scanDocument, textsOf } from './saved-page';

// Our own pages (no saved real page exists): see the comment at the top of each file.
const SEARCH_URL = 'https://www.ziprecruiter.com/jobs-search?search=manager&location=Austin%2C+TX';
const LEGACY_URL = 'https://www.ziprecruiter.com/candidate/search?search=account+manager&location=Dallas%2C+TX';
const JOB_URL = 'https://www.ziprecruiter.com/c/Tailspin-Toys/Job/Technical-Program-Manager-II/-in-Austin,TX?jid=c9d0e1f2';

describe('ZipRecruiter adapter on our own pages', () => {
  it('two-pane search: reads the six card titles and finds the three target roles', () => {
    const { adapters, titles, found } = scanDocument(loadOwnPage('ziprecruiter-search.html', SEARCH_URL), SEARCH_URL);
    expect(adapters.map((a) => a.id)).toEqual(['ziprecruiter']);
    expect(titles.filter((t) => t.closest('article[id^="job-card-"]'))).toHaveLength(6);
    expect(textsOf(found)).toEqual([
      'Senior Account Manager',
      'Technical Program Manager II',
      'Program Manager - Community Health',
    ]);
    expect(found.map((f) => f.matches[0]?.roleId)).toEqual(['account-manager', 'program-manager', 'program-manager']);
    expect(found.every((f) => f.element.tagName === 'H2')).toBe(true);
    // Keyed by path and jid; the tracking parameter lvk is dropped.
    expect(found[0]?.link).toBe('https://www.ziprecruiter.com/c/Contoso-Foods/Job/Senior-Account-Manager/-in-Austin,TX?jid=a1b2c3d4');
    expect(found[2]?.ranges[0]?.toString()).toBe('Program Manager');
  });

  it('two-pane search: the search heading and "Account Manager jobs" links are no titles', () => {
    const doc = loadOwnPage('ziprecruiter-search.html', SEARCH_URL);
    const titles = scanDocument(doc, SEARCH_URL).found;
    expect(titles.every((f) => f.element.closest('article'))).toBe(true);
    // Mentions mode never reads links (related searches, footer). It does read the search
    // heading "Account Manager & Program Manager jobs in Austin, TX" as a mention: the tracker
    // reads all body text, not the adapter's descriptionSelectors (reported, core).
    const withMentions = scanDocument(doc, SEARCH_URL, { mentions: true }).found;
    expect(withMentions.some((f) => f.element.closest('.related_searches, footer, a[href^="/Jobs/"]'))).toBe(false);
    expect(withMentions.filter((f) => f.kind === 'title')).toHaveLength(3);
  });

  it('older list: .job_result titles; "Programme Manager" and "Key Account Manager" match, near misses do not', () => {
    const { titles, found } = scanDocument(loadOwnPage('ziprecruiter-legacy-search.html', LEGACY_URL), LEGACY_URL);
    expect(titles).toHaveLength(4);
    expect(textsOf(found)).toEqual(['Key Account Manager', 'Programme Manager']);
    expect(found[0]?.link).toBe('https://www.ziprecruiter.com/c/Contoso-Foods/Job/Key-Account-Manager/-in-Dallas,TX?jid=f1e2d3c4');
  });

  it('job view: the JSON-LD title leads to the h1; the description mentioning the Program Manager is no title', () => {
    const doc = loadOwnPage('ziprecruiter-job.html', JOB_URL);
    const { found } = scanDocument(doc, JOB_URL);
    expect(found.map((f) => [f.kind, f.element.tagName, f.text])).toEqual([['title', 'H1', 'Technical Program Manager II']]);
    const withMentions = scanDocument(doc, JOB_URL, { mentions: true }).found;
    expect(withMentions.filter((f) => f.kind === 'title')).toHaveLength(1);
    const reporting = withMentions.find((f) => f.text.includes('reporting to the Program Manager'));
    expect(reporting?.kind).toBe('mention');
    expect(reporting?.element.closest('.job_description')).not.toBeNull();
    expect(withMentions.some((f) => f.element.closest('aside, footer'))).toBe(false);
  });

  // With mentions on from the start, the body is read for mentions before the JSON-LD title is
  // known; the tracker then drops the mentions inside the late title (core, 31f5c80).
  it('job view with mentions on: the JSON-LD h1 is a title only, not also a mention', () => {
    const { found } = scanDocument(loadOwnPage('ziprecruiter-job.html', JOB_URL), JOB_URL, { mentions: true });
    expect(found.filter((f) => f.element.tagName === 'H1').map((f) => f.kind)).toEqual(['title']);
  });
});
