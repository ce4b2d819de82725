import { describe, expect, it } from 'vitest';
import { findElementShowing, readJsonLdPostings } from '@/utils/scan/json-ld';
import { loadSavedPage, poseUrlOf, loadOwnPage, scanDocument } from './adapters/saved-page';

/** A detached document holding the given JSON-LD script bodies and body markup. */
function docWith(scripts: string[], body = ''): Document {
  const head = scripts.map((s) => `<script type="application/ld+json">${s}</script>`).join('');
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const posting = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Senior Account Manager', ...extra });

describe('readJsonLdPostings', () => {
  it('reads a JobPosting given as a plain object, with its baseSalary', () => {
    const salary = { '@type': 'MonetaryAmount', currency: 'USD' };
    expect(readJsonLdPostings(docWith([posting({ baseSalary: salary })]))).toEqual([
      { title: 'Senior Account Manager', baseSalary: salary },
    ]);
  });

  it('reads a JobPosting inside @graph, next to other node types', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'Organization', name: 'Acme' }, JSON.parse(posting()), { '@type': 'WebPage', name: 'Careers' }],
    });
    expect(readJsonLdPostings(docWith([graph])).map((p) => p.title)).toEqual(['Senior Account Manager']);
  });

  it('reads a JobPosting inside a top-level array', () => {
    const list = JSON.stringify([{ '@type': 'BreadcrumbList', itemListElement: [] }, JSON.parse(posting())]);
    expect(readJsonLdPostings(docWith([list])).map((p) => p.title)).toEqual(['Senior Account Manager']);
  });

  it('reads a JobPosting whose @type is an array', () => {
    const both = posting({ '@type': ['JobPosting', 'Thing'], title: 'Technical Program Manager II' });
    expect(readJsonLdPostings(docWith([both])).map((p) => p.title)).toEqual(['Technical Program Manager II']);
  });

  it('skips broken JSON and keeps reading the other scripts', () => {
    const doc = docWith(['{"@type": "JobPosting", "title": "Account Manager",', posting()]);
    expect(readJsonLdPostings(doc).map((p) => p.title)).toEqual(['Senior Account Manager']);
  });

  it('decodes an HTML-escaped title and trims it', () => {
    const escaped = posting({ title: '  Sales &amp; Account Manager &#39;EMEA&#39; ' });
    expect(readJsonLdPostings(docWith([escaped])).map((p) => p.title)).toEqual(["Sales & Account Manager 'EMEA'"]);
  });

  it('ignores nodes that are not postings, and postings without a title', () => {
    const doc = docWith([
      JSON.stringify({ '@type': 'Organization', name: 'Account Manager Inc', title: 'Account Manager' }),
      JSON.stringify({ '@type': 'JobPosting', title: '   ' }),
    ]);
    expect(readJsonLdPostings(doc)).toEqual([]);
  });
});

describe('findElementShowing', () => {
  const body = `
    <p class="job-subtitle">Key Account Manager, reporting to the VP Sales</p>
    <h1 class="posting-header">Key Account Manager</h1>
    <div class="description"><p>Key Account Manager</p><p>As Key Account Manager you report to the Program Manager.</p></div>`;

  it('picks the h1 showing the title, not a paragraph or subtitle mentioning it', () => {
    const doc = docWith([], body);
    expect(findElementShowing(doc, 'Key Account Manager')?.tagName).toBe('H1');
    // Case and spacing do not matter.
    expect(findElementShowing(doc, '  key   account manager ')?.tagName).toBe('H1');
  });

  it('falls back to a heading that starts with the title ("… - job post"), and finds nothing for an absent title', () => {
    const doc = docWith([], '<h1>Key Account Manager - job post</h1><p>Key Account Manager</p>');
    expect(findElementShowing(doc, 'Key Account Manager')?.tagName).toBe('H1');
    expect(findElementShowing(doc, 'Program Manager')).toBeNull();
    expect(findElementShowing(doc, '')).toBeNull();
  });
});

describe('JSON-LD on the saved real pages that carry it (no target role on either)', () => {
  it('Indeed job view: "Senior DevOps Engineer", shown by the h1 jobsearch-JobInfoHeader-title', () => {
    const file = 'indeed/dinie_indeed_viewjob.html';
    const doc = loadSavedPage(file);
    const postings = readJsonLdPostings(doc);
    expect(postings.map((p) => p.title)).toEqual(['Senior DevOps Engineer']);
    expect(postings[0]?.baseSalary).toMatchObject({ currency: 'AUD' });
    // The wrapper <div class="jobsearch-JobInfoHeader-title-container"> also shows exactly the
    // title; the heading inside it is the one taken.
    const el = findElementShowing(doc, postings[0]!.title);
    expect(el?.matches('h1[data-testid="jobsearch-JobInfoHeader-title"]')).toBe(true);
    expect(scanDocument(doc, poseUrlOf(file)).found).toEqual([]);
  });

  // Indeed wraps its h1 in a div whose class says "title": the heading itself must be found, or
  // the same title would be tracked twice (wrapper and h1).
  it('Indeed job view: the element found is the h1 itself, not its title-classed wrapper', () => {
    const doc = loadSavedPage('indeed/dinie_indeed_viewjob.html');
    expect(findElementShowing(doc, 'Senior DevOps Engineer')?.tagName).toBe('H1');
  });

  it('Workday apply page: the bilingual title, shown by h2[data-automation-id="jobTitleHeading"]', () => {
    const file = 'workday/saurabh_workday_apply_sr_services_exec.html';
    const doc = loadSavedPage(file);
    const postings = readJsonLdPostings(doc);
    expect(postings.map((p) => p.title)).toEqual(['Sr Services Executive - Dirigeant supérieur des services']);
    const el = findElementShowing(doc, postings[0]!.title);
    expect(el?.tagName).toBe('H2');
    expect(el?.getAttribute('data-automation-id')).toBe('jobTitleHeading');
    expect(scanDocument(doc, poseUrlOf(file)).found).toEqual([]);
  });
});

describe('a company career site with no adapter (our own pages)', () => {
  it('JSON-LD in @graph names "Key Account Manager": scanDocument finds the h1 and names account-manager', () => {
    const url = 'https://careers.example.com/jobs/123';
    const { adapters, found } = scanDocument(loadOwnPage('careersite-jsonld.html', url), url);
    expect(adapters).toEqual([]);
    expect(found.map((f) => [f.kind, f.element.tagName, f.text])).toEqual([['title', 'H1', 'Key Account Manager']]);
    expect(found[0]?.matches.map((m) => m.roleId)).toEqual(['account-manager']);
    // The matcher's phrase is "account manager" ("key accounts manager" needs the plural), so
    // the highlight covers those two words of the title.
    expect(found[0]?.ranges[0]?.toString()).toBe('Account Manager');
  });

  it('microdata itemtype JobPosting + itemprop="title": the h1 is found and names account-manager', () => {
    const url = 'https://careers.example.com/jobs/456';
    const { adapters, found } = scanDocument(loadOwnPage('careersite-microdata.html', url), url);
    expect(adapters).toEqual([]);
    expect(found.map((f) => [f.kind, f.element.tagName, f.text])).toEqual([['title', 'H1', 'Key Account Manager']]);
    expect(found[0]?.matches[0]?.roleId).toBe('account-manager');
  });
});
