import { describe, expect, it } from 'vitest';
import { waitForCard, waitForNoCard } from '../card-helpers';
import {
  extensionInitiated,
  hoverText,
  LINKEDIN_SEARCH,
  linkedinCard,
  liveRanges,
  poseSite,
  sleep,
  TITLE,
  waitForRanges,
} from './pages';
import { watchedExtension } from './extension';

const env = watchedExtension();

/** A snapshot of the document's nodes (to show nothing was added). */
const shape = (page: import('puppeteer-core').Page) =>
  page.evaluate(() => [...document.querySelectorAll('*')].map((e) => e.nodeName).join(' '));

describe('documents that are not ordinary HTML pages, under a board URL', () => {
  it.each([
    [
      'an XML document',
      'application/xml',
      '<?xml version="1.0"?><jobs><job><h3 class="base-search-card__title">Senior Program Manager</h3></job>' +
        '<job><title class="base-search-card__title">Key Account Manager</title></job></jobs>',
    ],
    [
      'an SVG document',
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="120"><text x="10" y="40" class="base-search-card__title">Senior Program Manager</text>' +
        '<foreignObject x="0" y="60" width="600" height="60"><h3 xmlns="http://www.w3.org/1999/xhtml" class="base-search-card__title">Key Account Manager</h3></foreignObject></svg>',
    ],
  ])('%s: no error, nothing injected or highlighted', async (_name, contentType, body) => {
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body, contentType } });
    const { page } = site;
    expect(await page.evaluate(() => document.constructor.name)).not.toBe('HTMLDocument');
    const before = await shape(page);
    await page.mouse.move(40, 35);
    await sleep(1500);
    await page.mouse.move(40, 90);
    await sleep(1000);
    expect(await liveRanges(page)).toEqual([]);
    expect(await shape(page)).toBe(before);
    expect(await page.evaluate(() => document.getElementsByTagName('role-lens-popover').length)).toBe(0);
    expect(site.errors).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    expect(extensionInitiated(site)).toEqual([]);
    await page.close();
  });

  it('a document without <body> at document_idle, whose body is added later: titles added then are highlighted and open a card', async () => {
    const html =
      '<!doctype html><html><head><title>Jobs</title><script>' +
      'document.addEventListener("DOMContentLoaded", () => document.body.remove());' +
      `setTimeout(() => { const b = document.createElement("body"); b.innerHTML = '<ul class="jobs-search__results-list">' + ${JSON.stringify(
        linkedinCard('Senior Program Manager, Late Body', 0) + linkedinCard('Data Engineer', 1),
      )} + '</ul>'; document.documentElement.append(b); window.__bodyAdded = true; }, 1500);` +
      '</script></head><body></body></html>';
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body: html } });
    const { page } = site;
    expect(await page.evaluate(() => (window as unknown as { __bodyAdded?: boolean }).__bodyAdded ?? false)).toBe(false);
    const ranges = await waitForRanges(page, 1);
    expect(ranges[0]!.holderText).toBe('Senior Program Manager, Late Body');
    await hoverText(page, TITLE, 0);
    await waitForCard(page, 'program-manager');
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);
    expect(site.errors).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    await page.close();
  });

  it('a document that never has a <body> (titles added straight under <html>): highlighted, and hovering shows a card without an error', async () => {
    const html =
      '<!doctype html><html><head><title>Jobs</title><script>' +
      'document.addEventListener("DOMContentLoaded", () => document.body.remove());' +
      `setTimeout(() => { const d = document.createElement("div"); d.innerHTML = '<ul class="jobs-search__results-list">' + ${JSON.stringify(
        linkedinCard('Key Account Manager, No Body', 0),
      )} + '</ul>'; document.documentElement.append(d); }, 1000);` +
      '</script></head><body></body></html>';
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body: html } });
    const { page } = site;
    const ranges = await waitForRanges(page, 1);
    expect(ranges[0]!.holderText).toBe('Key Account Manager, No Body');
    expect(await page.evaluate(() => document.body)).toBeNull();
    await hoverText(page, TITLE, 0);
    const card = await waitForCard(page, 'account-manager');
    expect(card.text).toContain('Key Account Manager, No Body');
    // Placed next to the title, inside the viewport.
    const place = await page.evaluate((sel) => {
      const title = document.querySelector(sel)!.getBoundingClientRect();
      const box = document.querySelector('role-lens-popover')!.shadowRoot!.querySelector('[data-role-id]')!.getBoundingClientRect();
      return { gap: Math.round(box.top - title.bottom), left: Math.round(box.left - title.left), inside: box.bottom <= innerHeight && box.right <= innerWidth };
    }, TITLE);
    expect(place.gap).toBeGreaterThanOrEqual(0);
    expect(place.gap).toBeLessThanOrEqual(12);
    expect(Math.abs(place.left)).toBeLessThanOrEqual(12);
    expect(place.inside).toBe(true);
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);
    expect(site.errors).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    await page.close();
  });

  it('no extension target made a network request', () => {
    expect(env.net.requests).toEqual([]);
  });
});
