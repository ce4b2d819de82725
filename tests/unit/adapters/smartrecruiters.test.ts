import { describe, expect, it } from 'vitest';
import { loadOwnPage, scanDocument, textsOf } from './saved-page';

// Our own pages (no saved real page exists): see the comment at the top of each file.
const LIST_URL = 'https://careers.smartrecruiters.com/NorthwindTraders';
const JOB_URL = 'https://jobs.smartrecruiters.com/NorthwindTraders/743999918559253-senior-account-manager';
const ONECLICK_URL = 'https://jobs.smartrecruiters.com/oneclick-ui/company/NorthwindTraders/publication/7f3c';

describe('SmartRecruiters adapter on our own pages', () => {
  it('company list: reads every opening, finds the three target roles, not the near misses', () => {
    const { adapters, titles, found } = scanDocument(loadOwnPage('smartrecruiters-list.html', LIST_URL), LIST_URL);
    expect(adapters.map((a) => a.id)).toEqual(['smartrecruiters']);
    expect(textsOf(titles)).toHaveLength(6);
    expect(textsOf(found)).toEqual([
      'Senior Account Manager',
      'Technical Program Manager II',
      'Program Manager, Partner Enablement',
    ]);
    expect(found.map((f) => f.matches[0]?.roleId)).toEqual(['account-manager', 'program-manager', 'program-manager']);
    // Each title keys its posting by the opening's link, tracking id dropped.
    expect(found[0]?.link).toBe('https://jobs.smartrecruiters.com/NorthwindTraders/743999918559253-senior-account-manager');
    // "<b>Program</b> Manager": one match whose range spans the bold word and the text after it.
    expect(found[2]?.ranges[0]?.toString()).toBe('Program Manager');
  });

  it('company list: footer "Account Manager jobs" links and department headings stay quiet', () => {
    const { found } = scanDocument(loadOwnPage('smartrecruiters-list.html', LIST_URL), LIST_URL, { mentions: true });
    expect(found.filter((f) => f.element.closest('footer'))).toEqual([]);
    expect(found.every((f) => f.kind === 'title')).toBe(true);
  });

  it('job view: the microdata h1 is the title; the description mentioning the Program Manager is not', () => {
    const doc = loadOwnPage('smartrecruiters-job.html', JOB_URL);
    const { found } = scanDocument(doc, JOB_URL);
    expect(found.map((f) => [f.kind, f.element.tagName, f.text])).toEqual([['title', 'H1', 'Senior Account Manager']]);
    // With mentions on, the description sentence is a mention, never a title; footer links stay out.
    const withMentions = scanDocument(doc, JOB_URL, { mentions: true }).found;
    const mention = withMentions.find((f) => f.kind === 'mention');
    expect(mention?.matches[0]?.roleId).toBe('program-manager');
    expect(mention?.element.closest('#st-jobDescription')).not.toBeNull();
    expect(withMentions.filter((f) => f.kind === 'title')).toHaveLength(1);
    expect(withMentions.some((f) => f.element.closest('footer'))).toBe(false);
  });

  it('one-click apply page: the top-bar title is found', () => {
    const { found } = scanDocument(loadOwnPage('smartrecruiters-oneclick.html', ONECLICK_URL), ONECLICK_URL);
    expect(textsOf(found)).toEqual(['Technical Program Manager II']);
  });

  it('is marked embeddable and matches only its two hosts', () => {
    const { adapters } = scanDocument(loadOwnPage('smartrecruiters-oneclick.html', ONECLICK_URL), ONECLICK_URL);
    expect(adapters[0]?.embeddable).toBe(true);
    expect(scanDocument(document, 'https://www.smartrecruiters.com/pricing').adapters).toEqual([]);
  });
});
