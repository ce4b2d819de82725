import { describe, expect, it } from 'vitest';
import { loadSavedPage, poseUrlOf, scanDocument, textsOf, loadOwnPage } from './saved-page';

const roles = (found: ReturnType<typeof scanDocument>['found']) => found.map((f) => [f.text, f.matches[0]?.roleId]);

describe('Ashby adapter on the saved real page', () => {
  it('application page (ramp): "AI Partnerships Manager" is the title and names no role', () => {
    const file = 'ashby/nbist_ashby_ramp_ai_partnerships_manager.html';
    const { adapters, titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    expect(adapters.map((a) => a.id)).toEqual(['ashby']);
    // Verified in the source: one h1; the h2s are detail labels, the h3 "_title_" is the autofill
    // box, and the Overview/Application tabs link to the posting itself.
    expect(textsOf(titles)).toEqual(['AI Partnerships Manager']);
    expect(found).toHaveLength(0);
  });
});

describe('Ashby adapter on our own pages', () => {
  it('rendered board: brief titles; the department heading and page heading are not titles', () => {
    const url = 'https://jobs.ashbyhq.com/acme';
    const { titles, found } = scanDocument(loadOwnPage('ashby-list.html', url), url);
    expect(textsOf(titles)).toEqual([
      'Strategic Account Manager',
      'Partnerships Manager',
      'Account Executive, Enterprise',
    ]);
    expect(roles(found)).toEqual([['Strategic Account Manager', 'account-manager']]);
    expect(found[0]?.link).toBe('https://jobs.ashbyhq.com/acme/6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b');
  });
});
