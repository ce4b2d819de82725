import { beforeEach, describe, expect, it } from 'vitest';
import { createTitleFinder, mergeInDocumentOrder } from '@/utils/scan/find-titles';
import type { BoardAdapter } from '@/utils/adapters/types';
import { setPage } from './dom';

// A board with two markups it serves one at a time, as LinkedIn serves its guest and app pages.
const board: BoardAdapter = {
  id: 'layouts',
  name: 'Board with layouts',
  matches: ['*://jobs.example.com/*'],
  titleSelectors: ['h2.any-layout'],
  postingLinkSelectors: [],
  layouts: [
    { name: 'public', headMarker: 'meta[name="page"][content="public"]', titleSelectors: ['h3.public-title'] },
    { name: 'app', titleSelectors: ['p.app-title'], postingLinkSelectors: ['a.app-link'] },
  ],
};

const BODY = `<h2 class="any-layout">Program Manager</h2>
<h3 class="public-title">Account Manager</h3>
<p class="app-title">Key Account Manager</p>
<a class="app-link" href="/job/1">Program Manager, EMEA</a>`;

function setHead(pageName: string | null): void {
  document.head.replaceChildren();
  if (pageName === null) return;
  const meta = document.createElement('meta');
  meta.setAttribute('name', 'page');
  meta.setAttribute('content', pageName);
  document.head.append(meta);
}

function titlesOn(pageName: string | null): string[] {
  setHead(pageName);
  setPage(BODY);
  return createTitleFinder([board], document).find(document.body).map((el) => el.textContent ?? '');
}

beforeEach(() => setHead(null));

describe('board layouts', () => {
  it('a page whose <head> names its layout is read with that layout (and the board-wide selectors) only', () => {
    expect(titlesOn('public')).toEqual(['Program Manager', 'Account Manager']);
  });

  it('a page no marker names is read with every layout, links included', () => {
    expect(titlesOn(null)).toEqual(['Program Manager', 'Account Manager', 'Key Account Manager', 'Program Manager, EMEA']);
  });

  it('a subtree is read with the same selectors as the whole page', () => {
    setHead('public');
    setPage(`<div id="list">${BODY}</div>`);
    const finder = createTitleFinder([board], document);
    expect(finder.find(document.getElementById('list')!).map((el) => el.textContent)).toEqual(['Program Manager', 'Account Manager']);
  });
});

describe('whole-page results merged in document order', () => {
  it('keeps document order and drops repeats, whether one list is short or both are long', () => {
    setPage(Array.from({ length: 40 }, (_, i) => `<i id="e${i}"></i>`).join(''));
    const all = [...document.querySelectorAll('i')];
    const evens = all.filter((_, i) => i % 2 === 0);
    const odds = all.filter((_, i) => i % 2 === 1);
    expect(mergeInDocumentOrder(evens, odds)).toEqual(all);
    expect(mergeInDocumentOrder([all[5]!, all[30]!], all)).toEqual(all);
    expect(mergeInDocumentOrder(all, [all[0]!, all[17]!, all[39]!])).toEqual(all);
  });
});
