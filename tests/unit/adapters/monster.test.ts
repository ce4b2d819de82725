import { describe, expect, it } from 'vitest';
import { adaptersFor } from '@/utils/adapters/registry';
import { loadOwnPage, scanDocument, textsOf } from './saved-page';

// Our own pages (no saved real page exists): see the comment at the top of each file.
const SEARCH_URL = 'https://www.monster.com/jobs/search?q=manager&where=Austin%2C+TX';
const JOB_URL =
  'https://www.monster.com/job-openings/technical-program-manager-ii-austin-tx--3f1c2a9e-6b1d-4c55-9a0e-1a2b3c4d5e03';

describe('Monster adapter on our own pages', () => {
  it('search: reads the six card titles and the detail pane, and finds the three target roles', () => {
    const { adapters, titles, found } = scanDocument(loadOwnPage('monster-search.html', SEARCH_URL), SEARCH_URL);
    expect(adapters.map((a) => a.id)).toEqual(['monster']);
    expect(titles.filter((t) => t.closest('article[data-testid="svx_jobCard"]'))).toHaveLength(6);
    const inCards = found.filter((f) => f.element.closest('#JobCardGrid'));
    expect(textsOf(inCards)).toEqual([
      'Senior Account Manager',
      'Technical Program Manager II',
      'Program Manager, Workforce Development',
    ]);
    expect(inCards.map((f) => f.matches[0]?.roleId)).toEqual(['account-manager', 'program-manager', 'program-manager']);
    // Keyed by the posting path; Monster's tracking parameters (sid, jvo) are dropped.
    expect(inCards[0]?.link).toBe(
      'https://www.monster.com/job-openings/senior-account-manager-austin-tx--3f1c2a9e-6b1d-4c55-9a0e-1a2b3c4d5e01',
    );
    expect(inCards[2]?.ranges[0]?.toString()).toBe('Program Manager');
    // The split view's detail pane repeats the selected title in h2[data-testid="jobTitle"].
    expect(found.filter((f) => f.element.tagName === 'H2').map((f) => f.text)).toEqual(['Senior Account Manager']);
  });

  it('search: the heading, related searches and footer "Account Manager jobs" are no titles', () => {
    const { titles } = scanDocument(loadOwnPage('monster-search.html', SEARCH_URL), SEARCH_URL);
    expect(titles.some((t) => t.closest('h1, .related-searches, footer'))).toBe(false);
  });

  it('job view: the h2 title (also named by the JSON-LD) is found once; the description is not a title', () => {
    const doc = loadOwnPage('monster-job.html', JOB_URL);
    const { found } = scanDocument(doc, JOB_URL);
    expect(found.map((f) => [f.kind, f.element.tagName, f.text])).toEqual([['title', 'H2', 'Technical Program Manager II']]);
    const withMentions = scanDocument(doc, JOB_URL, { mentions: true }).found;
    expect(withMentions.filter((f) => f.kind === 'title')).toHaveLength(1);
    const reporting = withMentions.find((f) => f.text.includes('reporting to the Program Manager'));
    expect(reporting?.kind).toBe('mention');
    expect(withMentions.some((f) => f.element.closest('footer'))).toBe(false);
  });

  it('matches the country sites, bare host and www alike', () => {
    for (const url of [
      'https://www.monster.co.uk/jobs/search?q=account+manager',
      'https://www.monster.ca/jobs/search?q=program+manager',
      'https://www.monster.de/jobs/suche?q=key+account+manager',
      'https://monster.fr/emploi/recherche?q=chef+de+programme',
    ]) {
      expect(adaptersFor(new URL(url)).map((a) => a.id)).toEqual(['monster']);
    }
    expect(adaptersFor(new URL('https://www.monsterenergy.com/')).map((a) => a.id)).toEqual([]);
  });
});
