import { describe, expect, it } from 'vitest';
import { poseHtml } from '../harness';
import { cardState, waitForCard, waitForNoCard } from '../card-helpers';
import {
  clickInCard,
  extensionInitiated,
  hoverText,
  LINKEDIN_SEARCH,
  linkedinSearch,
  TITLE,
  waitForCompare,
  waitForRanges,
} from './pages';
import { watchedExtension } from './extension';

const env = watchedExtension();

const TITLES = ['Senior Program Manager, Ads', 'Data Engineer', 'Key Account Manager, EMEA'];

/**
 * Page styles that break naive extension UIs. Each is added to the same page; the titles must stay
 * highlighted on their role words and the card must look and work as on the plain page.
 */
const HOSTILE: [name: string, css: string][] = [
  ['* { all: unset !important }', '* { all: unset !important; }'],
  ['html { font-size: 5px }', 'html { font-size: 5px !important; } body { font-size: 1rem; }'],
  ['body { zoom: 3 }', 'body { zoom: 3; }'],
  [
    '[class] { display: none !important } on everything but the titles',
    '[class]:not(.base-search-card__title):not(:has(.base-search-card__title)) { display: none !important; }',
  ],
  [
    'page ::highlight() and mark overrides',
    '::highlight(role-lens-orange), ::highlight(role-lens-sky) { background-color: transparent !important; color: red !important; }' +
      ' mark { display: none !important; } ::selection { background: transparent !important; }',
  ],
  [
    'rules aimed at the host and at popovers',
    'role-lens-popover, [popover], :popover-open { display: none !important; opacity: 0 !important; zoom: 0.2 !important;' +
      ' transform: scale(0.1) !important; font-size: 2px !important; width: 10px !important; inset: 0 !important; }' +
      ' ::backdrop { background: black !important; }',
  ],
];

interface Look {
  width: number;
  height: number;
  contentHeight: number;
  fontSize: string;
  headingSize: string;
  background: string;
  zoom: number;
  inViewport: boolean;
}

/** The card's box as drawn (viewport px), its content height and fonts. */
async function cardLook(page: import('puppeteer-core').Page): Promise<Look> {
  return page.evaluate(() => {
    const host = document.querySelector('role-lens-popover')!;
    const card = host.shadowRoot!.querySelector('[data-role-id]') as HTMLElement;
    const r = card.getBoundingClientRect();
    const h2 = card.querySelector('h2')!;
    return {
      width: Math.round(r.width),
      height: Math.round(r.height),
      contentHeight: card.scrollHeight,
      fontSize: getComputedStyle(card).fontSize,
      headingSize: getComputedStyle(h2).fontSize,
      background: getComputedStyle(card).backgroundColor,
      // What the user sees is scaled by the zoom of the host's ancestors.
      zoom: (card as unknown as { currentCSSZoom?: number }).currentCSSZoom ?? 1,
      inViewport: r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight,
    };
  });
}

/** Opens the Program Manager card on a page, checks Compare by a real click, returns the card's look. */
async function exercise(css: string | null) {
  const html = linkedinSearch(TITLES, { head: css === null ? '' : `<style>${css}</style>` });
  const posed = await poseHtml(env.ext.browser, LINKEDIN_SEARCH, html);
  const { page } = posed;
  // Tall enough that the card is never squeezed by the space left below or above its title.
  await page.setViewport({ width: 1280, height: 2000 });
  const ranges = await waitForRanges(page, 2);
  expect(ranges.map((r) => [r.text, r.holderText]).sort()).toEqual([
    ['Account Manager', 'Key Account Manager, EMEA'],
    ['Program Manager', 'Senior Program Manager, Ads'],
  ]);
  await hoverText(page, TITLE, 0);
  const card = await waitForCard(page, 'program-manager');
  expect(card.inTopLayer).toBe(true);
  expect(card.text).toContain('Senior Program Manager, Ads');
  const look = await cardLook(page);
  await clickInCard(page, 'Compare');
  await waitForCompare(page);
  await page.mouse.move(1270, 1990);
  await waitForNoCard(page);
  expect(posed.errors).toEqual([]);
  expect(extensionInitiated(posed)).toEqual([]);
  await page.close();
  return look;
}

describe('hostile page CSS', () => {
  let plain: Look;

  it('plain page: the reference card', async () => {
    plain = await exercise(null);
    expect(plain.fontSize).toBe('14px');
    expect(plain.zoom).toBe(1);
    expect(plain.inViewport).toBe(true);
  });

  it.each(HOSTILE)('%s: titles highlighted, card the same size and font, Compare clickable', async (_name, css) => {
    const look = await exercise(css);
    // getBoundingClientRect is the drawn box (zoom included).
    expect(Math.abs(look.width - plain.width)).toBeLessThanOrEqual(3);
    expect(Math.abs(look.height - plain.height)).toBeLessThanOrEqual(3);
    expect(look.inViewport).toBe(true);
    expect(Math.abs(look.contentHeight - plain.contentHeight)).toBeLessThanOrEqual(3);
    expect(look.fontSize).toBe(plain.fontSize);
    expect(look.headingSize).toBe(plain.headingSize);
    expect(look.background).toBe(plain.background);
    expect(look.zoom).toBe(1);
  });

  it('no extension target made a network request', () => {
    expect(env.net.requests).toEqual([]);
  });
});
