import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, foreignMutations, launchWithExtension, paintedRanges, poseSavedPage, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.browser.close();
});

const SEARCH = 'linkedin/aayussh_linkedin_guest_search_amazon_india.html';

describe('single-page boards: cards that come and go', () => {
  it('highlights a card added by infinite scroll and forgets a removed one', async () => {
    const { page, errors } = await poseSavedPage(ext.browser, SEARCH);
    await eventually(async () => (await paintedRanges(page)).length === 3, { message: 'initial highlights' });

    // The page (main world) appends a card as LinkedIn's infinite scroll does: a copy of the first
    // card with a new title, the bold query split as search pages print it.
    await page.evaluate(() => {
      const list = document.querySelector('ul.jobs-search__results-list')!;
      const card = list.querySelector('li')!.cloneNode(true) as HTMLElement;
      const title = card.querySelector('h3.base-search-card__title')!;
      const strong = document.createElement('strong');
      strong.textContent = 'Key Account';
      title.replaceChildren('Senior ', strong, ' Manager, Ads');
      card.querySelector('a.base-card__full-link span.sr-only')?.replaceChildren('Senior Key Account Manager, Ads');
      card.querySelector('a.base-card__full-link')?.setAttribute('href', 'https://in.linkedin.com/jobs/view/senior-key-account-manager-ads-at-amazon-1');
      list.append(card);
    });
    const ranges = await eventually(async () => {
      const r = await paintedRanges(page);
      return r.filter((x) => x.highlight === 'role-lens-sky').length === 1 ? r : null;
    }, { message: 'the new Account Manager card highlighted' });
    // The heading's range spans the <strong> and the text after it.
    expect(ranges.filter((r) => r.highlight === 'role-lens-sky').map((r) => r.text)).toEqual(['Account Manager']);

    // A card leaves: its highlights go with it.
    await page.evaluate(() => {
      const titles = [...document.querySelectorAll('h3.base-search-card__title')];
      titles.find((t) => t.textContent?.includes('Program Manager II'))?.closest('li')?.remove();
    });
    await eventually(async () => (await paintedRanges(page)).filter((r) => r.highlight === 'role-lens-orange').length === 2, {
      message: 'removed card forgotten',
    });
    expect(errors).toEqual([]);
    // The only changes to the page are the test's own (the added and removed cards).
    expect((await foreignMutations(page)).every((m) => /^childList ul /.test(m))).toBe(true);
    await page.close();
  });

  it('follows a title whose text is re-rendered in place', async () => {
    const { page } = await poseSavedPage(ext.browser, SEARCH);
    await eventually(async () => (await paintedRanges(page)).length === 3, { message: 'initial highlights' });
    await page.evaluate(() => {
      const h3 = [...document.querySelectorAll('h3.base-search-card__title')].find((t) => t.textContent?.includes('Executive Assistant'))!;
      h3.textContent = 'Account Manager, Executive Accounts';
    });
    await eventually(async () => (await paintedRanges(page)).some((r) => r.holderText === 'Account Manager, Executive Accounts'), {
      message: 'rewritten title highlighted',
    });
    // Rewritten again, as a framework reuses a card: its text node's value only (nothing added or
    // removed), to a title naming no role. Its highlight goes; the other three stay.
    await page.evaluate(() => {
      const h3 = [...document.querySelectorAll('h3.base-search-card__title')].find((t) => t.textContent === 'Account Manager, Executive Accounts')!;
      h3.firstChild!.nodeValue = 'Product Manager, Executive Accounts';
    });
    await eventually(async () => {
      const ranges = await paintedRanges(page);
      return ranges.length === 3 && !ranges.some((r) => r.holderText.includes('Executive Accounts'));
    }, { message: 'title rewritten in place to no role no longer highlighted' });
    await page.close();
  });
});
