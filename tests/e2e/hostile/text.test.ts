import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForCard, waitForNoCard } from '../card-helpers';
import {
  clickInCard,
  extensionInitiated,
  hoverText,
  LINKEDIN_SEARCH,
  linkedinSearch,
  poseSite,
  TITLE,
  waitForCompare,
  waitForRanges,
} from './pages';
import { watchedExtension } from './extension';

const env = watchedExtension();

const open = (titles: string[], attrs?: (i: number) => string) =>
  poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body: linkedinSearch(titles, { titleAttrs: attrs }) } });

/** Where the card's parts are drawn, and how its quote of the title fits. */
function cardLayout(page: Page) {
  return page.evaluate(() => {
    const card = document.querySelector('role-lens-popover')!.shadowRoot!.querySelector('[data-role-id]') as HTMLElement;
    const seen = card.querySelector('.seen') as HTMLElement;
    const c = card.getBoundingClientRect();
    const h2 = card.querySelector('h2')!.getBoundingClientRect();
    return {
      inViewport: c.top >= 0 && c.left >= 0 && c.bottom <= innerHeight && c.right <= innerWidth,
      cardHeight: c.height,
      headingShown: h2.top >= c.top && h2.bottom <= c.bottom,
      quoteHeight: seen.getBoundingClientRect().height,
      quoteOverflowsX: seen.scrollWidth > seen.clientWidth + 1,
      quote: seen.textContent ?? '',
    };
  });
}

describe('titles with unusual text', () => {
  it('a 10,000-character title containing "Account Manager": highlighted there, card on screen with the title cut short legibly', async () => {
    const filler = 'global enterprise accounts across every region '.repeat(220);
    const long = `${filler.slice(0, 5000)} Account Manager ${filler}`.slice(0, 10_000);
    expect(long.length).toBe(10_000);
    const site = await open([long, 'Data Engineer']);
    const { page } = site;
    const [range] = await waitForRanges(page, 1);
    expect(range!.text).toBe('Account Manager');
    await hoverText(page, TITLE, 0);
    await waitForCard(page, 'account-manager');
    const layout = await cardLayout(page);
    expect(layout.inViewport).toBe(true);
    expect(layout.cardHeight).toBeGreaterThanOrEqual(300);
    expect(layout.headingShown).toBe(true);
    expect(layout.quoteOverflowsX).toBe(false);
    // A few lines of the title, not thousands of pixels of it.
    expect(layout.quoteHeight).toBeLessThanOrEqual(100);
    expect(layout.quote).toMatch(/^On this page: “global enterprise accounts .*…”$/);
    await clickInCard(page, 'Compare');
    await waitForCompare(page);
    await page.mouse.move(1270, 5);
    await waitForNoCard(page);
    expect(site.errors).toEqual([]);
    expect(extensionInitiated(site)).toEqual([]);
    await page.close();
  });

  it.each([
    ['Arabic', 'مدير أول Account Manager للشركات الكبرى', 'مدير'],
    ['Hebrew', 'מנהל Account Manager בכיר', 'מנהל'],
  ])('%s title with "Account Manager" inside, dir=rtl: highlighted on the words; the card quotes it in its own reading order', async (_script, title, firstWord) => {
    const site = await open([title, 'Data Engineer'], (i) => (i === 0 ? ' dir="rtl"' : ''));
    const { page } = site;
    const [range] = await waitForRanges(page, 1);
    expect([range!.text, range!.holderText]).toEqual(['Account Manager', title]);
    await hoverText(page, TITLE, 0);
    const card = await waitForCard(page, 'account-manager');
    expect(card.text).toContain(`“${title}”`);
    // Read right to left as on the page: the first word is drawn to the right of "Account Manager".
    const order = await page.evaluate((first) => {
      const seen = document.querySelector('role-lens-popover')!.shadowRoot!.querySelector('.seen')!;
      const walker = document.createTreeWalker(seen, NodeFilter.SHOW_TEXT);
      const x = (word: string) => {
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = n.textContent!.indexOf(word);
          if (at < 0) continue;
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + word.length);
          walker.currentNode = seen;
          return r.getBoundingClientRect().left;
        }
        walker.currentNode = seen;
        return NaN;
      };
      return { first: x(first), role: x('Account Manager') };
    }, firstWord);
    expect(order.first).toBeGreaterThan(order.role);
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);
    expect(site.errors).toEqual([]);
    await page.close();
  });

  it('emoji around the role words ("🚀 Program Manager 🚀"): highlighted on the words; the card quotes the emoji intact', async () => {
    const site = await open(['🚀 Program Manager 🚀', 'Data Engineer', '👩‍💻 Key Account Manager 🇬🇧']);
    const { page } = site;
    const ranges = await waitForRanges(page, 2);
    expect(ranges.map((r) => [r.text, r.holderText]).sort()).toEqual([
      ['Account Manager', '👩‍💻 Key Account Manager 🇬🇧'],
      ['Program Manager', '🚀 Program Manager 🚀'],
    ]);
    await hoverText(page, TITLE, 0, 40);
    expect((await waitForCard(page, 'program-manager')).text).toContain('“🚀 Program Manager 🚀”');
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);
    await hoverText(page, TITLE, 2, 60);
    expect((await waitForCard(page, 'account-manager')).text).toContain('“👩‍💻 Key Account Manager 🇬🇧”');
    expect(site.errors).toEqual([]);
    await page.close();
  });

  it('no extension target made a network request', () => {
    expect(env.net.requests).toEqual([]);
  });
});
