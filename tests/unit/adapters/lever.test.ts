import { describe, expect, it } from 'vitest';
import { loadSavedPage, poseUrlOf, scanDocument, textsOf, loadOwnPage } from './saved-page';

const roles = (found: ReturnType<typeof scanDocument>['found']) => found.map((f) => [f.text, f.matches[0]?.roleId]);

describe('Lever adapter on the saved real page', () => {
  it('apply page (highspot): the posting-header h2, not the form card headings', () => {
    const file = 'lever/nbist_lever_highspot_principal_swe.html';
    const { adapters, titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    expect(adapters.map((a) => a.id)).toEqual(['lever']);
    // Verified in the source: one h2 (in .posting-header); the h4s are form sections.
    expect(textsOf(titles)).toEqual(['Principal Software Engineer, Applied AI']);
    expect(found).toHaveLength(0);
  });
});

describe('Lever adapter on our own pages', () => {
  it('list: the posting names, never the "Apply" links beside them', () => {
    const url = 'https://jobs.lever.co/acme';
    const { titles, found } = scanDocument(loadOwnPage('lever-list.html', url), url);
    expect(textsOf(titles)).toEqual([
      'Key Account Manager - EMEA',
      'Account Executive',
      'Program Manager, Customer Onboarding',
    ]);
    expect(roles(found)).toEqual([
      ['Key Account Manager - EMEA', 'account-manager'],
      ['Program Manager, Customer Onboarding', 'program-manager'],
    ]);
    expect(found[0]?.link).toBe('https://jobs.lever.co/acme/0b1c2d3e-1111-4a2b-9c3d-111111111111');
  });

  it('job view: the posting-headline h2 only', () => {
    const url = 'https://jobs.eu.lever.co/acme/0b1c2d3e-1111-4a2b-9c3d-111111111111';
    const { adapters, titles, found } = scanDocument(loadOwnPage('lever-job.html', url), url);
    expect(adapters.map((a) => a.id)).toEqual(['lever']);
    expect(textsOf(titles)).toEqual(['Key Account Manager - EMEA']);
    expect(roles(found)).toEqual([['Key Account Manager - EMEA', 'account-manager']]);
  });
});
