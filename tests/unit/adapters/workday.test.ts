import { describe, expect, it } from 'vitest';
import { loadSavedPage, poseUrlOf, scanDocument, textsOf, loadOwnPage } from './saved-page';

const roles = (found: ReturnType<typeof scanDocument>['found']) => found.map((f) => [f.text, f.matches[0]?.roleId]);

describe('Workday adapter on the saved real pages', () => {
  it('search page captured before its list rendered (autodesk): no title, no error', () => {
    const file = 'workday/adfrisealach_workday_autodesk_search_shell.html';
    const { adapters, titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    expect(adapters.map((a) => a.id)).toEqual(['workday']);
    // Verified in the source: jobResults holds only "Loading" placeholders; the one h1 is "Careers".
    expect(titles).toHaveLength(0);
    expect(found).toHaveLength(0);
  });

  it('job view (nvidia): the jobPostingHeader, not the Apply link nor the "page is loaded" alert', () => {
    const file = 'workday/nbist_workday_senior_test_engineer.html';
    const { titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    expect(textsOf(titles)).toEqual(['Senior Test Engineer - Autonomous Driving']);
    expect(found).toHaveLength(0);
  });

  it('apply page (workday): the jobTitleHeading, which its JSON-LD also names', () => {
    const file = 'workday/saurabh_workday_apply_sr_services_exec.html';
    const { titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    // One element, found both by its hook and as the JSON-LD title; the work-history
    // "formField-jobTitle" input is not a title.
    expect(textsOf(titles)).toEqual(['Sr Services Executive - Dirigeant supérieur des services']);
    expect(found).toHaveLength(0);
  });
});

describe('Workday adapter on our own pages', () => {
  it('rendered search list: the jobTitle links', () => {
    const url = 'https://acme.wd5.myworkdayjobs.com/en-US/External';
    const { titles, found } = scanDocument(loadOwnPage('workday-list.html', url), url);
    expect(textsOf(titles)).toEqual(['Program Manager II', 'Product Manager', 'Strategic Accounts Manager']);
    expect(roles(found)).toEqual([
      ['Program Manager II', 'program-manager'],
      ['Strategic Accounts Manager', 'account-manager'],
    ]);
    expect(found[0]?.link).toBe(
      'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Austin-TX/Program-Manager-II_R12345',
    );
  });

  it('job view on a myworkdaysite.com host: the header only', () => {
    const url = 'https://wd3.myworkdaysite.com/en-US/recruiting/acme/External/job/Austin-TX/Program-Manager-II_R12345';
    const { adapters, titles, found } = scanDocument(loadOwnPage('workday-job.html', url), url);
    expect(adapters.map((a) => a.id)).toEqual(['workday']);
    expect(textsOf(titles)).toEqual(['Program Manager II']);
    expect(roles(found)).toEqual([['Program Manager II', 'program-manager']]);
  });
});
