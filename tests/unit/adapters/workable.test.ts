import { describe, expect, it } from 'vitest';
import { loadSavedPage, poseUrlOf, scanDocument, textsOf, loadOwnPage } from './saved-page';

const roles = (found: ReturnType<typeof scanDocument>['found']) => found.map((f) => [f.text, f.matches[0]?.roleId]);

describe('Workable adapter on the saved real page', () => {
  it('application page (huble): the job-title h1, not the Overview/Application tabs', () => {
    const file = 'workable/nbist_workable_huble_crm_architect.html';
    const { adapters, titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    expect(adapters.map((a) => a.id)).toEqual(['workable']);
    // Verified in the source: one data-ui="job-title"; the h2s are form sections; the tabs link to
    // /huble/j/927FD30DD5/ with the texts "Overview" and "Application".
    expect(textsOf(titles)).toEqual(['CRM Solutions Architect (United Kingdom)']);
    expect(found).toHaveLength(0);
  });
});

describe('Workable adapter on our own pages', () => {
  it('company board: the job-title headings, keyed by the empty card link beside them', () => {
    const url = 'https://apply.workable.com/acme/';
    const { titles, found } = scanDocument(loadOwnPage('workable-list.html', url), url);
    expect(textsOf(titles)).toEqual([
      'Account Manager (Greek speaking)',
      'Senior Programme Manager',
      'Accounts Payable Manager',
    ]);
    expect(roles(found)).toEqual([
      ['Account Manager (Greek speaking)', 'account-manager'],
      ['Senior Programme Manager', 'program-manager'],
    ]);
    expect(found.map((f) => f.link)).toEqual([
      'https://apply.workable.com/acme/j/A1B2C3D4E5',
      'https://apply.workable.com/acme/j/B2C3D4E5F6',
    ]);
  });
});
