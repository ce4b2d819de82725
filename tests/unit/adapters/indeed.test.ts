import { describe, expect, it } from 'vitest';
import { loadSavedPage, poseUrlOf, scanDocument, textsOf, type ScanResult, loadOwnPage } from './saved-page';
import { adaptersFor } from '@/utils/adapters/registry';

const roles = (found: ScanResult['found']) => found.map((f) => [f.text, f.matches.map((m) => m.roleId).join()]);

describe('Indeed adapter on saved real pages', () => {
  // The two search pages keep a spinner <svg> holding a <style> in their head; happy-dom's parser
  // drops the rest of the page after it, so they load through loadSavedPage.

  it('search (Georgetown GA): the 15 card titles and the detail pane, not "View similar jobs"', () => {
    const file = 'indeed/dalton_indeed_serp_georgetown_ga.html';
    const { adapters, titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    expect(adapters.map((a) => a.id)).toEqual(['indeed']);
    // Source: 15 div.job_seen_beacon cards, each h2.jobTitle > a[data-jk] > span[title]; the
    // 2025 "simpler" detail pane shows the first card in h2[data-testid=simpler-jobTitle].
    expect(titles).toHaveLength(16);
    expect(titles.filter((t) => t.matches('span[title]'))).toHaveLength(15);
    const texts = textsOf(titles);
    expect(texts.slice(0, 3)).toEqual(['Laboratory Analyst', 'Audio Video A/V installer and technician', 'VoIP Technician – Fort Stewart. GA']);
    expect(texts[15]).toBe('Laboratory Analyst');
    expect(texts).not.toContain('View similar jobs with this employer');
    expect(found).toHaveLength(0);
  });

  it('search (frontend, Egypt AR): 16 card titles (h3 layout) and the classic detail pane', () => {
    const file = 'indeed/marwan_indeed_serp_frontend_egypt.html';
    const { titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    // Source: 16 cards, h3.jobTitle > a[data-jk] > span[title] (one is an aria-hidden copy of
    // "Certified Epicor Kinetic Senior Consultant" with a placeholder jk); the detail pane's
    // h2[data-testid=jobsearch-JobInfoHeader-title] sits in its title container.
    expect(titles.filter((t) => t.matches('span[title]'))).toHaveLength(16);
    expect(titles).toHaveLength(18);
    expect(textsOf(titles).slice(-2)).toEqual([
      'PHP Developer – PHP, JavaScript, JSON - job post',
      'PHP Developer – PHP, JavaScript, JSON - job post',
    ]);
    expect(found).toHaveLength(0);
  });

  it('job view (au.indeed.com): the header title once, though JSON-LD names it too', () => {
    const file = 'indeed/dinie_indeed_viewjob.html';
    const { titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    // The h1 and its title container (the element the JSON-LD title resolves to) are one title.
    expect(textsOf(titles)).toEqual(['Senior DevOps Engineer', 'Senior DevOps Engineer']);
    expect(titles[0]!.contains(titles[1]!)).toBe(true);
    expect(found).toHaveLength(0);
  });

  it('Cloudflare bot check for q=program+manager: no titles at all', () => {
    const file = 'indeed/rileriaaa_indeed_cloudflare_block.html';
    const { adapters, titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    expect(adapters.map((a) => a.id)).toEqual(['indeed']);
    expect(titles).toHaveLength(0);
    expect(scanDocument(document, poseUrlOf(file), { mentions: true }).found).toHaveLength(0);
    expect(found).toHaveLength(0);
  });
});

describe('Indeed adapter on our own pages', () => {
  it('search: bold-split and sponsored card titles and the pane; not Account Executive, related searches or company', () => {
    const url = 'https://www.indeed.com/jobs?q=account+manager&l=Savannah%2C+GA';
    const { titles, found } = scanDocument(loadOwnPage('indeed-search.html', url), url);
    expect(textsOf(titles)).toEqual([
      'Senior Account Manager',
      'Key Account Manager - Remote',
      'Account Executive',
      'Technical Program Manager II',
      'Senior Account Manager',
    ]);
    expect(roles(found)).toEqual([
      ['Senior Account Manager', 'account-manager'],
      ['Key Account Manager - Remote', 'account-manager'],
      ['Technical Program Manager II', 'program-manager'],
      ['Senior Account Manager', 'account-manager'],
    ]);
    // The highlight spans the <strong>-split words of the first title, and nothing more.
    expect(found[0]!.ranges[0]!.toString()).toBe('Account Manager');
    expect(found[0]!.link).toBe('https://www.indeed.com/rc/clk?jk=1a2b3c4d5e6f7081');
    expect(found[2]!.link).toBe('https://www.indeed.com/rc/clk?jk=4d5e6f7081920314');
  });

  it('job view: the title without its " - job post" suffix highlighted, counted once with its JSON-LD', () => {
    const url = 'https://au.indeed.com/viewjob?jk=5a6b7c8d9e0f1a2b';
    const { found } = scanDocument(loadOwnPage('indeed-viewjob.html', url), url);
    expect(roles(found)).toEqual([['Senior Account Manager - job post', 'account-manager']]);
    expect(found[0]!.ranges.map((r) => r.toString())).toEqual(['Account Manager']);
  });

  it('matches job routes on every country subdomain, not reviews or salaries', () => {
    const ids = (url: string) => adaptersFor(new URL(url)).map((a) => a.id);
    for (const url of [
      'https://www.indeed.com/jobs?q=program+manager',
      'https://uk.indeed.com/jobs?q=account+manager&l=London',
      'https://ca.indeed.com/viewjob?jk=abc',
      'https://au.indeed.com/m/viewjob?jk=abc',
      'https://www.indeed.com/q-frontend-l-egypt,-ar-jobs.html',
      'https://www.indeed.com/l-georgetown,-ga-jobs.html',
      'https://de.indeed.com/Account-Manager-Jobs',
      'https://www.indeed.com/cmp/Acme/jobs',
      'https://in.indeed.com/',
    ])
      expect(ids(url), url).toEqual(['indeed']);
    expect(ids('https://www.indeed.com/cmp/Acme/reviews')).toEqual([]);
    expect(ids('https://www.indeed.com/career/salaries')).toEqual([]);
  });
});
