import { describe, expect, it } from 'vitest';
import { loadSavedPage, poseUrlOf, scanDocument, textsOf, loadOwnPage } from './saved-page';

const roles = (found: ReturnType<typeof scanDocument>['found']) => found.map((f) => [f.text, f.matches[0]?.roleId]);

describe('Greenhouse adapter on the saved real page', () => {
  it('job-boards job view (gitlab): the one heading is the title, no role', () => {
    const file = 'greenhouse/nbist_greenhouse_gitlab_backend_engineer.html';
    const { adapters, titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    expect(adapters.map((a) => a.id)).toEqual(['greenhouse']);
    // Verified in the source: one .job__title h1; the h2s are description and form sections,
    // and no link on the page goes to a /jobs/<id> posting.
    expect(textsOf(titles)).toEqual(['Backend Engineer (Ruby), AI Engineering: Agent Observability']);
    expect(found).toHaveLength(0);
  });
});

describe('Greenhouse adapter on our own pages', () => {
  it('job-boards list: row titles without their location; department headings are not titles', () => {
    const url = 'https://job-boards.greenhouse.io/acme';
    const { titles, found } = scanDocument(loadOwnPage('greenhouse-job-boards-list.html', url), url);
    expect(textsOf(titles)).toEqual([
      'Senior Technical Program Manager',
      'Software Engineer, Accounts',
      'Key Account Manager, APAC',
      'Account Executive',
    ]);
    expect(roles(found)).toEqual([
      ['Senior Technical Program Manager', 'program-manager'],
      ['Key Account Manager, APAC', 'account-manager'],
    ]);
    expect(found.map((f) => f.link)).toEqual([
      'https://job-boards.greenhouse.io/acme/jobs/4012345',
      'https://job-boards.greenhouse.io/acme/jobs/4012347',
    ]);
  });

  it('job-boards job view: the heading, not the description nor its link to another /jobs/ page', () => {
    const url = 'https://job-boards.greenhouse.io/acme/jobs/4012345';
    const { titles, found } = scanDocument(loadOwnPage('greenhouse-job-boards-job.html', url), url);
    expect(textsOf(titles)).toEqual(['Senior Technical Program Manager']);
    expect(roles(found)).toEqual([['Senior Technical Program Manager', 'program-manager']]);
  });

  it('classic board (boards.greenhouse.io, also the embed): the opening links', () => {
    const url = 'https://boards.greenhouse.io/acme';
    const { titles, found } = scanDocument(loadOwnPage('greenhouse-boards-classic.html', url), url);
    expect(textsOf(titles)).toEqual(['Programme Manager, Public Sector', 'Project Manager']);
    expect(roles(found)).toEqual([['Programme Manager, Public Sector', 'program-manager']]);
    expect(found[0]?.link).toBe('https://boards.greenhouse.io/acme/jobs/5550001');
  });

  it('classic job view: h1.app-title', () => {
    const url = 'https://boards.eu.greenhouse.io/acme/jobs/5550003';
    const { adapters, titles, found } = scanDocument(loadOwnPage('greenhouse-boards-classic-job.html', url), url);
    expect(adapters.map((a) => a.id)).toEqual(['greenhouse']);
    expect(textsOf(titles)).toEqual(['National Account Manager']);
    expect(roles(found)).toEqual([['National Account Manager', 'account-manager']]);
  });

  // The "New" badge <span> follows the title with no space in the markup: the text reader treats
  // the edge of a non-formatting element as a word break, so "Manager" still ends a word.
  it('job-boards list row with the "New" badge still names its role', () => {
    const url = 'https://job-boards.greenhouse.io/acme';
    const { titles, found } = scanDocument(loadOwnPage('greenhouse-job-boards-new-badge.html', url), url);
    expect(titles).toHaveLength(1);
    expect(found.map((f) => f.matches[0]?.roleId)).toEqual(['program-manager']);
  });
});
