import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { waitForCard, waitForNoCard } from '../card-helpers';
import {
  extensionInitiated,
  hoverText,
  LINKEDIN_SEARCH,
  linkedinSearch,
  poseSite,
  sleep,
  TITLE,
  waitForRanges,
} from './pages';
import { watchedExtension } from './extension';

const env = watchedExtension();

/** Titles whose text is markup (HTML-escaped in the page source: the page shows the characters). */
const HOSTILE = [
  '<img src=x onerror=alert(1)>Account Manager',
  'Program Manager </style><script>alert(1)</script>',
  '"><svg/onload=alert(1)> Key Account Manager {{constructor.constructor(\'alert(1)\')()}} ${alert(1)}',
];
const ROLE = ['account-manager', 'program-manager', 'account-manager'];

/** Elements that could run or fetch something, in a root. */
const ACTIVE = 'img,script,svg,iframe,object,embed,link,style:not(:first-child),a[href^="javascript:" i]';

async function activeInCard(page: Page): Promise<string[]> {
  return page.evaluate(
    (sel) => [...(document.querySelector('role-lens-popover')?.shadowRoot?.querySelectorAll(sel) ?? [])].map((e) => e.tagName),
    ACTIVE,
  );
}

describe('titles that are markup', () => {
  it('the card shows each as text: literal characters, no dialog, no element created from it', async () => {
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, {
      [LINKEDIN_SEARCH]: { body: linkedinSearch([HOSTILE[0]!, 'Data Engineer', HOSTILE[1]!, HOSTILE[2]!]) },
    });
    const { page } = site;
    // The page shows them as text (no element was parsed from them).
    expect(await page.$$eval(TITLE, (els) => els.map((e) => e.textContent))).toEqual([HOSTILE[0], 'Data Engineer', HOSTILE[1], HOSTILE[2]]);
    const elementsBefore = await page.evaluate(() => document.querySelectorAll('img,script,svg').length);
    const ranges = await waitForRanges(page, 3);
    expect(ranges.map((r) => r.text).sort()).toEqual(['Account Manager', 'Account Manager', 'Program Manager']);
    for (const [i, index] of [0, 2, 3].entries()) {
      await hoverText(page, TITLE, index);
      const card = await waitForCard(page, ROLE[i]);
      expect(card.text).toContain(`“${HOSTILE[i]}”`);
      expect(await activeInCard(page)).toEqual([]);
      await page.mouse.move(1270, 890);
      await waitForNoCard(page);
    }
    await sleep(300);
    expect(site.dialogs).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('img,script,svg').length)).toBe(elementsBefore);
    expect(site.errors).toEqual([]);
    expect(extensionInitiated(site)).toEqual([]);

    // The popup lists the titles too: as text.
    const extension = (await env.ext.browser.extensions()).get(env.ext.extensionId)!;
    await page.bringToFront();
    await page.triggerExtensionAction(extension);
    const target = await env.ext.browser.waitForTarget((t) => t.url().endsWith('popup.html'), { timeout: 10_000 });
    const popup = (await target.asPage())!;
    const popupDialogs: string[] = [];
    popup.on('dialog', (d) => {
      popupDialogs.push(d.message());
      void d.dismiss();
    });
    await popup.waitForSelector('.titles .title-text', { timeout: 10_000 });
    const listed = await popup.$$eval('.titles .title-text', (els) => els.map((e) => e.textContent));
    for (const title of HOSTILE) expect(listed).toContain(title);
    expect(await popup.evaluate(() => document.querySelectorAll('img,script:not([src]),svg,iframe').length)).toBe(0);
    expect(popupDialogs).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('no extension target made a network request', () => {
    expect(env.net.requests).toEqual([]);
  });
});
