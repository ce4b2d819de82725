import { describe, expect, it } from 'vitest';
import { adaptersFor } from '@/utils/adapters/registry';
import { loadOwnPage, scanDocument, textsOf } from './saved-page';

// Our own pages (no saved real page exists): see the comment at the top of each file.
const SEARCH_URL = 'https://wellfound.com/role/l/account-manager/austin';
const JOB_URL = 'https://wellfound.com/jobs/3011003-technical-program-manager-ii';

describe('Wellfound adapter on our own pages', () => {
  it('search: reads the six job titles in the startup cards and finds the three target roles', () => {
    const { adapters, titles, found } = scanDocument(loadOwnPage('wellfound-search.html', SEARCH_URL), SEARCH_URL);
    expect(adapters.map((a) => a.id)).toEqual(['wellfound']);
    expect(textsOf(titles)).toHaveLength(6);
    expect(textsOf(found)).toEqual([
      'Senior Account Manager',
      'Technical Program Manager II',
      'Program Manager, Clinical Partnerships',
    ]);
    expect(found.map((f) => f.matches[0]?.roleId)).toEqual(['account-manager', 'program-manager', 'program-manager']);
    expect(found.map((f) => f.link)).toEqual([
      'https://wellfound.com/jobs/3011001-senior-account-manager',
      'https://wellfound.com/jobs/3011003-technical-program-manager-ii',
      'https://wellfound.com/jobs/3011005-program-manager-clinical-partnerships',
    ]);
    expect(found[2]?.ranges[0]?.toString()).toBe('Program Manager');
  });

  it('search: the company named "Account Managers Collective" and the role-page links are no titles', () => {
    const { titles } = scanDocument(loadOwnPage('wellfound-search.html', SEARCH_URL), SEARCH_URL);
    expect(titles.some((t) => t.closest('h2, footer, h1'))).toBe(false);
    expect(titles.every((t) => t.matches('[class*="styles_title__"]'))).toBe(true);
  });

  it('posting page: the JSON-LD leads to the h1; "More jobs" links count; the description does not', () => {
    const { found } = scanDocument(loadOwnPage('wellfound-job.html', JOB_URL), JOB_URL);
    expect(found.map((f) => [f.element.tagName, f.text])).toEqual([
      // The other posting linked from the page: a posting link's own text is its title.
      ['A', 'Key Account Manager'],
      ['H1', 'Technical Program Manager II'],
    ]);
    expect(found.find((f) => f.element.tagName === 'A')?.link).toBe('https://wellfound.com/jobs/3011007-key-account-manager');
    expect(found.some((f) => f.element.closest('.styles_description__xjvTf, footer'))).toBe(false);
  });

  it('matches the legacy angel.co job pages too', () => {
    expect(adaptersFor(new URL('https://angel.co/jobs')).map((a) => a.id)).toEqual(['wellfound']);
    expect(adaptersFor(new URL('https://angel.co/company/acme/jobs/123-account-manager')).map((a) => a.id)).toEqual([
      'wellfound',
    ]);
    expect(adaptersFor(new URL('https://angel.co/blog')).map((a) => a.id)).toEqual([]);
  });
});
