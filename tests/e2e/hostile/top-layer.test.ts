import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { cardState, waitForCard, waitForNoCard } from '../card-helpers';
import {
  clickInCard,
  extensionInitiated,
  hoverText,
  LINKEDIN_SEARCH,
  linkedinCard,
  linkedinSearch,
  poseSite,
  sleep,
  TITLE,
  topmostAtCardCentre,
  waitForCompare,
  waitForRanges,
  type Site,
} from './pages';
import { watchedExtension } from './extension';

const env = watchedExtension();

const list = (titles: string[], from = 0) =>
  `<ul class="jobs-search__results-list">${titles.map((t, i) => linkedinCard(t, from + i)).join('')}</ul>`;

async function open(html: string): Promise<Site> {
  return poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body: html } });
}

/** Leaves the card (pointer to a blank corner) and checks nothing of Role Lens stays in the page. */
async function leaveAndCheckClean(site: Site, corner = { x: 1270, y: 890 }) {
  await site.page.mouse.move(corner.x, corner.y, { steps: 2 });
  await waitForNoCard(site.page);
  expect(await site.page.evaluate(() => document.querySelectorAll('role-lens-popover').length)).toBe(0);
  expect(site.errors).toEqual([]);
  expect(site.consoleErrors).toEqual([]);
  expect(extensionInitiated(site)).toEqual([]);
}

const isOpen = (page: Page, selector: string) => page.evaluate((sel) => document.querySelector(sel)!.matches(':popover-open, [open], :fullscreen'), selector);

describe('the card above the page\'s own top layer and overlays', () => {
  it('a title inside an open modal <dialog>: the host is the dialog\'s last child; hover and a real click on Compare work', async () => {
    const html = linkedinSearch(['Senior Program Manager, Behind the Dialog'], {
      after:
        `<dialog id="d" style="margin-top:300px"><p>Saved jobs</p>${list(['Key Account Manager, Dialog'], 1)}<button id="x">Close</button></dialog>` +
        `<script>document.getElementById('d').showModal()</script>`,
    });
    const site = await open(html);
    const { page } = site;
    const ranges = await waitForRanges(page, 2);
    expect(ranges.map((r) => r.text).sort()).toEqual(['Account Manager', 'Program Manager']);
    // The title behind the modal is inert: resting on it shows nothing (a card there could not be used).
    await hoverText(page, TITLE, 0);
    await sleep(1200);
    expect(await cardState(page)).toBeNull();
    await hoverText(page, `dialog ${TITLE}`);
    const card = await waitForCard(page, 'account-manager');
    expect(card.parent).toBe('dialog');
    expect(card.inTopLayer).toBe(true);
    expect(await page.evaluate(() => document.getElementById('d')!.lastElementChild?.tagName.toLowerCase())).toBe('role-lens-popover');
    expect(await topmostAtCardCentre(page)).toBe('host');
    await clickInCard(page, 'Compare');
    await waitForCompare(page);
    expect(await isOpen(page, '#d')).toBe(true);
    await leaveAndCheckClean(site);
    expect(await isOpen(page, '#d')).toBe(true);
    await page.close();
  });

  it('a page [popover] shown: opening and closing the card leaves it open', async () => {
    const html = linkedinSearch(['Senior Program Manager, Ads', 'Data Engineer'], {
      after:
        `<div id="pp" popover style="top:auto;bottom:10px;left:auto;right:10px;margin:0">Filters: remote, full time</div>` +
        `<script>document.getElementById('pp').showPopover()</script>`,
    });
    const site = await open(html);
    const { page } = site;
    await waitForRanges(page, 1);
    await hoverText(page, TITLE, 0);
    await waitForCard(page, 'program-manager');
    expect(await isOpen(page, '#pp')).toBe(true);
    expect(await topmostAtCardCentre(page)).toBe('host');
    await leaveAndCheckClean(site, { x: 900, y: 300 });
    expect(await isOpen(page, '#pp')).toBe(true);
    await page.close();
  });

  it('a title inside a page [popover]: using the card (a real click on Compare) does not light-dismiss that popover', async () => {
    const html = linkedinSearch(['Data Engineer'], {
      after:
        `<div id="pp" popover style="inset:auto;top:200px;left:20px;margin:0;width:600px">${list(['Senior Program Manager, Popover'], 1)}</div>` +
        `<script>document.getElementById('pp').showPopover()</script>`,
    });
    const site = await open(html);
    const { page } = site;
    await waitForRanges(page, 1);
    await hoverText(page, `#pp ${TITLE}`);
    await waitForCard(page, 'program-manager');
    expect(await topmostAtCardCentre(page)).toBe('host');
    await clickInCard(page, 'Compare');
    // The page's popover holds the title the card is about: a click in the card is not a click
    // outside it.
    expect(await isOpen(page, '#pp')).toBe(true);
    await waitForCompare(page);
    await leaveAndCheckClean(site, { x: 1270, y: 890 });
    await page.close();
  });

  it('a full-screen fixed overlay with z-index 2147483647: the card is topmost at its centre and clickable', async () => {
    const html = linkedinSearch(['Senior Program Manager, Ads', 'Data Engineer'], {
      after:
        '<div id="overlay" style="position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,0.05)"></div>',
    });
    const site = await open(html);
    const { page } = site;
    await waitForRanges(page, 1);
    await hoverText(page, TITLE, 0);
    await waitForCard(page, 'program-manager');
    expect(await topmostAtCardCentre(page)).toBe('host');
    await clickInCard(page, 'Compare');
    await waitForCompare(page);
    await leaveAndCheckClean(site);
    await page.close();
  });

  it('a fullscreen element holding the titles: the card shows above it and closes cleanly', async () => {
    const html = linkedinSearch([], {
      after:
        `<div id="fs" style="background:#fff;padding:40px">${list(['Senior Program Manager, Fullscreen', 'Data Engineer'])}</div>` +
        `<button id="go" onclick="document.getElementById('fs').requestFullscreen()">Full screen</button>`,
    });
    const site = await open(html);
    const { page } = site;
    await waitForRanges(page, 1);
    await page.click('#go');
    await eventuallyFullscreen(page);
    await hoverText(page, `#fs ${TITLE}`, 0);
    const card = await waitForCard(page, 'program-manager');
    expect(card.inTopLayer).toBe(true);
    expect(await topmostAtCardCentre(page)).toBe('host');
    await clickInCard(page, 'Compare');
    await waitForCompare(page);
    expect(await isOpen(page, '#fs')).toBe(true);
    await leaveAndCheckClean(site);
    await page.close();
  });

  it('no extension target made a network request', () => {
    expect(env.net.requests).toEqual([]);
  });
});

async function eventuallyFullscreen(page: Page) {
  for (let i = 0; i < 50; i++) {
    if (await page.evaluate(() => document.fullscreenElement?.id === 'fs')) return;
    await sleep(100);
  }
  throw new Error('The page did not enter fullscreen');
}
