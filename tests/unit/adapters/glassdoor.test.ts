import { describe, expect, it } from 'vitest';
import { loadSavedPage, poseUrlOf, scanDocument, textsOf, type ScanResult, loadOwnPage } from './saved-page';
import { adaptersFor } from '@/utils/adapters/registry';

const roles = (found: ScanResult['found']) => found.map((f) => [f.text, f.matches.map((m) => m.roleId).join()]);

describe('Glassdoor adapter on the saved real page', () => {
  it('search (glassdoor.co.in, 2026 layout): 30 card titles and the detail pane heading, not the search header', () => {
    const file = 'glassdoor/sanjeet_glassdoor_serp_qa_engineer_pune_2026.html';
    const { adapters, titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    expect(adapters.map((a) => a.id)).toEqual(['glassdoor']);
    // Source: 30 li[data-test=jobListing], each with one a[data-test=job-title]; the detail pane
    // shows the first card in h1#jd-job-title-1010181278231. The other h1 is the search header.
    expect(titles).toHaveLength(31);
    expect(titles.filter((t) => t.matches('a[data-test="job-title"]'))).toHaveLength(30);
    const texts = textsOf(titles);
    expect(texts.slice(0, 3)).toEqual(['Junior QA Engineer', 'QA Enginner', 'QA Automation Engineer | Pune']);
    expect(texts[30]).toBe('Junior QA Engineer');
    expect(texts).not.toContain('213 Software qa engineer jobs in Pune');
    // The empty overlay link (…jobListingId=) is a posting link but no title.
    expect(titles.some((t) => t.matches('[data-test="job-link"]'))).toBe(false);
    expect(found).toHaveLength(0);
  });
});

describe('Glassdoor adapter on our own pages', () => {
  it('search: Technical Program Manager II and National Accounts Manager; not Accounting Manager, header, employer or popular searches', () => {
    const url = 'https://www.glassdoor.co.uk/Job/london-program-manager-jobs-SRCH_IL.0,6_IC2671300_KO7,22.htm';
    const { titles, found } = scanDocument(loadOwnPage('glassdoor-search.html', url), url);
    expect(textsOf(titles)).toEqual([
      'Technical Program Manager II',
      'Accounting Manager',
      'National Accounts Manager',
      'Technical Program Manager II',
    ]);
    expect(roles(found)).toEqual([
      ['Technical Program Manager II', 'program-manager'],
      ['National Accounts Manager', 'account-manager'],
      ['Technical Program Manager II', 'program-manager'],
    ]);
    expect(found[0]!.link).toBe(
      'https://www.glassdoor.co.uk/job-listing/technical-program-manager-ii-acme-JV_KO0,28_KE29,33.htm?jl=1010000000001',
    );
  });

  it('job view (glassdoor.de): the jd-job-title heading, once with its JSON-LD, and a similar-job card', () => {
    const url = 'https://www.glassdoor.de/job-listing/key-account-manager-acme-JV_KO0,27_KE28,37.htm?jl=1009999999999';
    const { titles, found } = scanDocument(loadOwnPage('glassdoor-job-view.html', url), url);
    expect(textsOf(titles)).toEqual(['Key Account Manager (m/w/d)', 'Programme Manager Digital']);
    expect(roles(found)).toEqual([
      ['Key Account Manager (m/w/d)', 'account-manager'],
      ['Programme Manager Digital', 'program-manager'],
    ]);
    expect(found[0]!.ranges[0]!.toString()).toBe('Account Manager');
  });

  it('matches the job routes of every country site, with and without www, not reviews', () => {
    const ids = (url: string) => adaptersFor(new URL(url)).map((a) => a.id);
    for (const url of [
      'https://www.glassdoor.com/Job/jobs.htm?sc.keyword=program%20manager',
      'https://glassdoor.com/Job/new-york-account-manager-jobs-SRCH_IL.0,8_IC1132348_KO9,24.htm',
      'https://www.glassdoor.co.uk/job-listing/x-JV_KO0,1_KE2,3.htm?jl=1',
      'https://www.glassdoor.co.in/Job/pune-software-qa-engineer-jobs-SRCH_IL.0,4_IC2856202_KO5,25.htm',
      'https://www.glassdoor.com.au/Jobs/Atlassian-Jobs-E115699.htm',
      'https://www.glassdoor.ca/Job/index.htm',
      'https://www.glassdoor.de/job-listing/x.htm?jl=2',
      'https://www.glassdoor.fr/Job/paris-jobs-SRCH_IL.0,5_IC2881970.htm',
      'https://www.glassdoor.ie/Job/dublin-jobs-SRCH_IL.0,6_IC2739035.htm',
      'https://www.glassdoor.com.br/Job/sao-paulo-vagas-SRCH_IL.0,9_IC2483155.htm',
      'https://nl.glassdoor.be/Job/brussel-vacatures-SRCH_IL.0,7_IC2335063.htm',
    ])
      expect(ids(url), url).toEqual(['glassdoor']);
    expect(ids('https://www.glassdoor.com/Reviews/Acme-Reviews-E1.htm')).toEqual([]);
    expect(ids('https://www.glassdoor.com/Salaries/index.htm')).toEqual([]);
  });
});
