import { describe, expect, it } from 'vitest';
import { cardState, waitForCard, waitForNoCard } from '../card-helpers';
import {
  extensionInitiated,
  hoverText,
  LINKEDIN_SEARCH,
  linkedinCard,
  linkedinSearch,
  liveRanges,
  poseSite,
  sleep,
  TITLE,
  waitForRanges,
} from './pages';
import { watchedExtension } from './extension';

const env = watchedExtension();

describe('size and churn', () => {
  it('a 100,000-element page: the three target titles highlighted, cards at the top and the bottom', async () => {
    const CARDS = 14_300; // 7 elements a card
    const titles = Array.from({ length: CARDS }, (_, i) => `Data Engineer ${i}`);
    titles[0] = 'Senior Program Manager, First';
    titles[7000] = 'Key Account Manager, Middle';
    titles[CARDS - 1] = 'Program Manager II, Last';
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body: linkedinSearch(titles) } });
    const { page } = site;
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThanOrEqual(100_000);
    const ranges = await waitForRanges(page, 3, 20_000);
    expect(ranges.map((r) => r.holderText).sort()).toEqual(['Key Account Manager, Middle', 'Program Manager II, Last', 'Senior Program Manager, First']);
    await hoverText(page, TITLE, CARDS - 1);
    expect((await waitForCard(page, 'program-manager')).text).toContain('Program Manager II, Last');
    await hoverText(page, TITLE, 7000);
    expect((await waitForCard(page, 'account-manager')).text).toContain('Key Account Manager, Middle');
    await page.mouse.move(1270, 5);
    await waitForNoCard(page);
    expect(site.errors).toEqual([]);
    expect(extensionInitiated(site)).toEqual([]);
    await page.close();
  });

  it('a page mutating 1,000 times a second: highlights and cards stay correct, a title added mid-storm is highlighted', async () => {
    // Every 4 ms: four changes next to the titles (a ticking "posted" time, a badge attribute, a
    // span added and one removed), in every card in turn. A main-world observer counts them.
    const storm = `<script>
      const cards = [...document.querySelectorAll('.base-search-card__metadata')];
      let n = 0; window.__records = 0;
      new MutationObserver((r) => { window.__records += r.length; }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      setInterval(() => {
        for (let k = 0; k < 4; k++) {
          const meta = cards[n++ % cards.length];
          const time = meta.querySelector('time') || meta.appendChild(document.createElement('time'));
          if (k === 0) time.textContent = n + ' seconds ago';
          else if (k === 1) meta.setAttribute('data-tick', String(n));
          else if (k === 2) meta.appendChild(document.createElement('span')).textContent = 'new';
          else meta.querySelector('span:last-child')?.remove();
        }
      }, 4);
      setTimeout(() => {
        const li = document.createElement('li');
        li.innerHTML = ${JSON.stringify(linkedinCard('Account Manager, Added Mid-Storm', 99))}.replace(/^<li>|<\\/li>$/g, '');
        document.querySelector('ul.jobs-search__results-list').append(li);
      }, 1500);
    </script>`;
    const titles = ['Senior Program Manager, Ads', 'Data Engineer', 'Key Account Manager, EMEA', 'Designer', 'Analyst'];
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body: linkedinSearch(titles, { after: storm }) } });
    const { page } = site;
    const before = await page.evaluate(() => (window as unknown as { __records: number }).__records);
    const t0 = Date.now();
    const ranges = await waitForRanges(page, 3, 10_000);
    expect(ranges.map((r) => r.holderText).sort()).toEqual(['Account Manager, Added Mid-Storm', 'Key Account Manager, EMEA', 'Senior Program Manager, Ads']);
    // The card opens and stays open under the storm; it closes when left; another title's opens.
    await hoverText(page, TITLE, 0);
    expect((await waitForCard(page, 'program-manager')).text).toContain('Senior Program Manager, Ads');
    await sleep(1000);
    expect((await cardState(page))?.text).toContain('Senior Program Manager, Ads');
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);
    await hoverText(page, TITLE, 5);
    expect((await waitForCard(page, 'account-manager')).text).toContain('Account Manager, Added Mid-Storm');
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);
    expect((await liveRanges(page)).length).toBe(3);
    const rate = ((await page.evaluate(() => (window as unknown as { __records: number }).__records)) - before) / ((Date.now() - t0) / 1000);
    expect(rate).toBeGreaterThan(800);
    expect(site.errors).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    await page.close();
  });

  it('no extension target made a network request', () => {
    expect(env.net.requests).toEqual([]);
  });
});
