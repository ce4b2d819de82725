/**
 * The Firefox build in Firefox ESR (puppeteer-core over WebDriver BiDi), on saved real pages posed
 * under their real URLs. What docs/firefox.md reports is checked here. The popup is not: BiDi
 * refuses to navigate to moz-extension:// and puppeteer 24 has no triggerExtensionAction over
 * BiDi, so the popup is tested in Chromium only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../paths';
import { eventually, foreignMutations, paintedRanges } from './harness';
import {
  errorsOtherThanPageResources,
  FIREFOX_EXTENSION_DIR,
  GECKO_ID,
  launchFirefoxWithExtension,
  pixelShare,
  poseInFirefox,
  poseSavedPageInFirefox,
  visibleRangeBox,
  type FirefoxExtension,
} from './firefox-harness';

const LINKEDIN = 'linkedin/aayussh_linkedin_guest_search_amazon_india.html';
const ASHBY = 'ashby/nbist_ashby_ramp_ai_partnerships_manager.html';
const STRICT_CSP = "default-src 'none'; style-src 'none'";
const HOST = 'role-lens-popover';

// highlights.css: role-lens-orange is rgba(230, 159, 0, 0.35), which over the page's white is
// about rgb(246, 221, 166). Text glyphs inside the range are dark, so only a share of it is tinted.
const orangeTint = (r: number, g: number, b: number) => r > 235 && g > 200 && g < 235 && b > 130 && b < 195;

let ff: FirefoxExtension;
beforeAll(async () => {
  ff = await launchFirefoxWithExtension();
});
afterAll(async () => {
  await ff?.browser.close();
});

interface CardState {
  open: boolean;
  roleId: string | null;
  text: string;
  /** The card's computed background: white only if the shadow root's stylesheet applied. */
  background: string;
  caption: string | null;
}

function cardState(page: Page): Promise<CardState | null> {
  return page.evaluate((tag) => {
    const host = document.querySelector(tag);
    const card = host?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!host || !card) return null;
    return {
      open: host.matches(':popover-open'),
      roleId: card.dataset.roleId ?? null,
      text: (card.textContent ?? '').replace(/\s+/g, ' '),
      background: getComputedStyle(card).backgroundColor,
      caption: card.querySelector('caption')?.textContent ?? null,
    };
  }, HOST);
}

/** Rests the pointer on a highlighted title, as a person would, and waits for its card. */
async function hoverForCard(page: Page, highlight: string, index = 0): Promise<CardState & { hovered: string }> {
  const box = await visibleRangeBox(page, highlight, index);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  const state = await eventually(async () => {
    const current = await cardState(page);
    return current?.open && current.text.length > 0 ? current : null;
  }, { message: `an open ${HOST} card` });
  return { ...state, hovered: box.title };
}

/** Clicks a button inside the card's shadow root with the pointer (the card stays hovered). */
async function clickCardButton(page: Page, label: string): Promise<void> {
  const box = await page.evaluate(
    (tag, text) => {
      const buttons = [...(document.querySelector(tag)?.shadowRoot?.querySelectorAll('button') ?? [])];
      const button = buttons.find((b) => b.textContent?.trim() === text);
      if (!button) throw new Error(`no "${text}" button in the card`);
      button.scrollIntoView({ block: 'nearest' });
      const { x, y, width, height } = button.getBoundingClientRect();
      return { x, y, width, height };
    },
    HOST,
    label,
  );
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe('Role Lens in Firefox ESR (MV3 build, WebDriver BiDi)', () => {
  it('installs the Firefox build as its gecko id, in Firefox ESR', async () => {
    expect(ff.addonId).toBe(GECKO_ID);
    expect(await ff.browser.version()).toMatch(/^firefox\/\d+/i);
    const manifest = JSON.parse(readFileSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    // Firefox MV3 runs the background as an event page, not a service worker.
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
  });

  it('LinkedIn guest search: the three Program Manager postings are highlighted, painted, page untouched', async () => {
    const { page, errors, otherRequests } = await poseSavedPageInFirefox(ff.browser, LINKEDIN);
    const ranges = await eventually(async () => {
      const r = await paintedRanges(page);
      return r.length >= 3 ? r : null;
    }, { message: 'three highlighted ranges' });
    // Read from the page's own world: the content script's highlights are in the page's registry.
    expect(ranges.map((r) => r.text)).toEqual(Array(3).fill('Program Manager'));
    expect(new Set(ranges.map((r) => r.highlight))).toEqual(new Set(['role-lens-orange']));
    expect(new Set(ranges.map((r) => r.holderText))).toEqual(
      new Set([
        'Program Manager-I, Japan Transportation Systems',
        'Program Manager II, Japan Transportation Systems',
        'Sr. Technical Program Manager, Device Software Externalization Team',
      ]),
    );
    // The manifest's ::highlight() CSS styles the ranges: the heading's range is drawn orange.
    const box = await visibleRangeBox(page, 'role-lens-orange', 1);
    expect(await pixelShare(page, box, orangeTint)).toBeGreaterThan(0.3);
    // No <style> of ours, no adopted sheet, no wrapper: the page's DOM is as the parser left it.
    // (Firefox lists the page's own <link> sheet even though its request was answered 204.)
    expect(await page.evaluate(() => [...document.styleSheets].map((s) => s.href))).toEqual([
      'https://static.licdn.com/aero-v1/sc/h/98brenkqz7usrq34ee69kny1w',
    ]);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await foreignMutations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(otherRequests.filter((r) => r.url.startsWith('moz-extension://') || r.initiator.startsWith('moz-extension://'))).toEqual([]);
    await page.close();
  });

  it('LinkedIn: hovering a title opens the card (code injected by the background), and Compare shows both roles', async () => {
    const { page, errors } = await poseSavedPageInFirefox(ff.browser, LINKEDIN);
    await eventually(async () => (await paintedRanges(page)).length >= 3, { message: 'highlights' });
    const card = await hoverForCard(page, 'role-lens-orange', 1);
    expect(card.roleId).toBe('program-manager');
    expect(card.text).toContain(`On this page: “${card.hovered}”`);
    expect(card.background).toBe('rgb(255, 255, 255)');
    await clickCardButton(page, 'Compare');
    const compared = await eventually(async () => {
      const state = await cardState(page);
      return state?.caption ? state : null;
    }, { message: 'the compare table' });
    expect(compared.caption).toBe('Program Manager vs Account Manager');
    expect(compared.open).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("strict CSP (default-src 'none'; style-src 'none'): highlights are still painted and the card is still styled", async () => {
    const { page, errors } = await poseSavedPageInFirefox(ff.browser, LINKEDIN, { headers: { 'Content-Security-Policy': STRICT_CSP } });
    await eventually(async () => (await paintedRanges(page)).length >= 3, { message: 'highlights under CSP' });
    const box = await visibleRangeBox(page, 'role-lens-orange', 1);
    expect(await pixelShare(page, box, orangeTint)).toBeGreaterThan(0.3);
    const card = await hoverForCard(page, 'role-lens-orange', 1);
    expect(card.background).toBe('rgb(255, 255, 255)');
    // Firefox reports each CSP block as a page error. The saved page's own resources and its own
    // style attributes are blocked: that is the CSP working. A blocked style attribute is the
    // page's when its source (Firefox cuts long ones with "…") is in the saved HTML; anything
    // else, e.g. an inline <style> blocked, would be ours.
    const html = readFileSync(resolve(PAGES_DIR, LINKEDIN), 'utf8');
    const pagesOwnAttribute = (error: string) => {
      const source = /\(style-src-attr\)[\s\S]*\nSource: (.*?)…?$/.exec(error)?.[1];
      return source !== undefined && html.includes(`style="${source}`);
    };
    expect(errors.length).toBeGreaterThan(0);
    expect(errorsOtherThanPageResources(errors).filter((e) => !pagesOwnAttribute(e))).toEqual([]);
    await page.close();
  });

  it('Ashby job view: "AI Partnerships Manager" stays quiet; when the page renames it, the highlight follows', async () => {
    const { page, errors } = await poseSavedPageInFirefox(ff.browser, ASHBY);
    // Let the content script's first pass and a batch window go by before calling it quiet.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await paintedRanges(page)).toEqual([]);
    // The page itself (main world) re-renders the heading, as its React app would.
    await page.evaluate(() => {
      const heading = document.querySelector('h1.ashby-job-posting-heading')!;
      heading.firstChild!.nodeValue = 'Senior Key Account Manager';
    });
    const ranges = await eventually(async () => {
      const r = await paintedRanges(page);
      return r.length ? r : null;
    }, { message: 'the renamed title highlighted' });
    expect(ranges.map((r) => [r.highlight, r.text, r.holderText])).toEqual([
      ['role-lens-sky', 'Account Manager', 'Senior Key Account Manager'],
    ]);
    // A second rename comes surely after the content script ran: the highlight follows it.
    await page.evaluate(() => {
      document.querySelector('h1.ashby-job-posting-heading')!.firstChild!.nodeValue = 'Program Manager, Partnerships';
    });
    await eventually(
      async () => {
        const r = await paintedRanges(page);
        return r.length === 1 && r[0]!.highlight === 'role-lens-orange' && r[0]!.holderText === 'Program Manager, Partnerships';
      },
      { message: 'the highlight following the second rename' },
    );
    expect(errorsOtherThanPageResources(errors)).toEqual([]);
    await page.close();
  });

  it('a page outside the manifest matches gets nothing (same markup, other host)', async () => {
    const html = readFileSync(resolve(PAGES_DIR, LINKEDIN), 'utf8');
    const { page } = await poseInFirefox(ff.browser, 'https://jobs.example.com/search', html);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await paintedRanges(page)).toEqual([]);
    await page.close();
  });
});
