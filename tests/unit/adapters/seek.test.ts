import { describe, expect, it } from 'vitest';
import { loadSavedPage, poseUrlOf, scanDocument, textsOf, loadOwnPage } from './saved-page';

const roles = (found: ReturnType<typeof scanDocument>['found']) => found.map((f) => [f.text, f.matches[0]?.roleId]);

describe('SEEK adapter on the saved real page', () => {
  it('job view (au.seek.com): the job-detail-title, not the apply link nor "View all jobs"', () => {
    const file = 'seek/dinie_seek_job.html';
    const { adapters, titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    expect(adapters.map((a) => a.id)).toEqual(['seek']);
    // Verified in the source: one h1 (job-detail-title); the h2/h4s are panels; the JSON-LD is a
    // WebSite, not a JobPosting.
    expect(textsOf(titles)).toEqual(['Senior Platform Engineer | Remote | Australia']);
    expect(found).toHaveLength(0);
  });
});

describe('SEEK adapter on our own pages', () => {
  it('search: card titles (one split by <strong>), not teasers nor related searches', () => {
    const url = 'https://www.seek.com.au/account-manager-jobs';
    const { titles, found } = scanDocument(loadOwnPage('seek-search.html', url), url);
    expect(textsOf(titles)).toEqual([
      'Account Manager',
      'Programme Manager - Digital Health',
      'Accounts Receivable Manager',
    ]);
    expect(roles(found)).toEqual([
      ['Account Manager', 'account-manager'],
      ['Programme Manager - Digital Health', 'program-manager'],
    ]);
    // The highlight spans both text nodes of the bold-split title.
    expect(found[0]?.ranges[0]?.toString()).toBe('Account Manager');
    expect(found.map((f) => f.link)).toEqual([
      'https://www.seek.com.au/job/91000001',
      'https://www.seek.com.au/job/91000002',
    ]);
  });

  it('serves seek.co.nz and its subdomains too', () => {
    const url = 'https://www.seek.co.nz/account-manager-jobs';
    const { adapters, found } = scanDocument(loadOwnPage('seek-search.html', url), url);
    expect(adapters.map((a) => a.id)).toEqual(['seek']);
    expect(found).toHaveLength(2);
  });
});
