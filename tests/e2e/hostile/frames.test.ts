import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { eventually } from '../harness';
import { cardState, waitForNoCard } from '../card-helpers';
import {
  extensionInitiated,
  GREENHOUSE_BOARD,
  greenhouseBoard,
  hoverText,
  LINKEDIN_SEARCH,
  linkedinSearch,
  liveRanges,
  poseSite,
  sleep,
  TITLE,
  waitForRanges,
} from './pages';
import { watchedExtension } from './extension';

const env = watchedExtension();

const frameAt = (page: Page, prefix: string) =>
  eventually(async () => page.frames().find((f) => f.url().startsWith(prefix)) ?? null, { message: `a frame at ${prefix}` });

/** The card in a frame, read as in the top document (cardState only calls evaluate). */
const frameCard = (frame: Frame) => cardState(frame as unknown as Page);

describe('frames', () => {
  it('a career site embedding a Greenhouse board iframe: the title in the frame is highlighted and its card opens in the frame', async () => {
    const CAREERS = 'https://careers.example.com/jobs';
    const site = await poseSite(env.ext.browser, CAREERS, {
      [CAREERS]: {
        body:
          '<!doctype html><html><head><title>Careers at Acme</title></head><body style="margin:0"><h1>Join Acme</h1>' +
          '<p>Program Manager roles and more: see our openings.</p>' +
          `<iframe id="gh" src="${GREENHOUSE_BOARD}" style="width:900px;height:700px;border:0"></iframe></body></html>`,
      },
      [GREENHOUSE_BOARD]: { body: greenhouseBoard(['Senior Technical Program Manager', 'Software Engineer', 'Key Account Manager, APAC']) },
    });
    const { page } = site;
    const frame = await frameAt(page, GREENHOUSE_BOARD);
    const ranges = await waitForRanges(frame, 2);
    expect(ranges.map((r) => [r.text, r.holderText]).sort()).toEqual([
      ['Account Manager', 'Key Account Manager, APAC'],
      ['Program Manager', 'Senior Technical Program Manager'],
    ]);
    // The career site itself is not a board: nothing there.
    expect(await liveRanges(page)).toEqual([]);
    await hoverText(page, 'p.body--medium', 0, 10, { frame, iframe: '#gh' });
    const card = await eventually(() => frameCard(frame), { message: 'the card in the frame' });
    expect(card.roleId).toBe('program-manager');
    expect(card.text).toContain('Senior Technical Program Manager');
    expect(card.inTopLayer).toBe(true);
    expect(await page.$('role-lens-popover')).toBeNull();
    await page.mouse.move(1270, 890, { steps: 3 });
    await eventually(async () => (await frame.$('role-lens-popover')) === null, { message: 'the card in the frame closed' });
    expect(site.errors).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    expect(extensionInitiated(site)).toEqual([]);
    await page.close();
  });

  it('about:blank and srcdoc iframes on a board page (filled by the page): no error, the page\'s own titles work', async () => {
    const fill =
      '<script>for (const f of document.querySelectorAll("iframe")) { const d = f.contentDocument;' +
      ' const h = d.createElement("h3"); h.className = "base-search-card__title"; h.textContent = "Account Manager in a blank frame"; d.body.append(h); }</script>';
    const html = linkedinSearch(['Senior Program Manager, Ads', 'Data Engineer'], {
      after: '<iframe id="blank" src="about:blank"></iframe><iframe id="srcdoc" srcdoc="<p>empty</p>"></iframe>' + fill,
    });
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body: html } });
    const { page } = site;
    await waitForRanges(page, 1);
    await hoverText(page, TITLE, 0);
    await eventually(async () => (await cardState(page))?.roleId === 'program-manager', { message: 'the card' });
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);
    await sleep(500);
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      expect(await frame.$('role-lens-popover')).toBeNull();
    }
    expect(site.errors).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    await page.close();
  });

  it('a frameset page (no <body>) whose frames are board pages: no error, each frame\'s titles highlighted, a card opens in a frame', async () => {
    const TOP = 'https://www.linkedin.com/jobs/collections/recommended';
    const A = 'https://www.linkedin.com/jobs/search?keywords=a';
    const B = 'https://www.linkedin.com/jobs/search?keywords=b';
    const site = await poseSite(env.ext.browser, TOP, {
      [TOP]: { body: `<!doctype html><html><head><title>Jobs</title></head><frameset cols="50%,50%"><frame id="a" src="${A}"><frame id="b" src="${B}"></frameset></html>` },
      [A]: { body: linkedinSearch(['Senior Program Manager, Frame A', 'Data Engineer']) },
      [B]: { body: linkedinSearch(['Key Account Manager, Frame B']) },
    });
    const { page } = site;
    expect(await page.evaluate(() => document.body?.tagName)).toBe('FRAMESET');
    const a = await frameAt(page, A);
    const b = await frameAt(page, B);
    expect((await waitForRanges(a, 1))[0]!.holderText).toBe('Senior Program Manager, Frame A');
    expect((await waitForRanges(b, 1))[0]!.holderText).toBe('Key Account Manager, Frame B');
    expect(await liveRanges(page)).toEqual([]);
    await hoverText(page, TITLE, 0, 10, { frame: b, iframe: '#b' });
    const card = await eventually(() => frameCard(b), { message: 'the card in frame B' });
    expect(card.roleId).toBe('account-manager');
    await page.mouse.move(5, 890, { steps: 3 });
    await eventually(async () => (await b.$('role-lens-popover')) === null, { message: 'the card in frame B closed' });
    expect(site.errors).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    expect(extensionInitiated(site)).toEqual([]);
    await page.close();
  });

  it('no extension target made a network request', () => {
    expect(env.net.requests).toEqual([]);
  });
});
