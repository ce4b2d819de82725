import { describe, expect, it } from 'vitest';
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

const POLICY = "default-src 'none'; style-src 'none'";
const TITLES = ['Senior Program Manager, Ads', 'Data Engineer', 'Key Account Manager, EMEA'];

/** Records CSP violations the document reports (main world, before any script of the page). */
function recordViolations() {
  const log: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = log;
  document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}`));
}

describe('a strict Content-Security-Policy', () => {
  it.each([
    ['by header', { headers: { 'Content-Security-Policy': POLICY } }, ''],
    ['by meta tag', {}, `<meta http-equiv="Content-Security-Policy" content="${POLICY}">`],
  ] as const)('%s: titles highlighted, the card styled and working', async (_how, route, meta) => {
    // A style attribute of the page's own: blocked, proving the policy is in force.
    const html = linkedinSearch(TITLES, { head: meta, after: '<p id="probe" style="color: rgb(1, 2, 3)">probe</p>' });
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body: html, ...route } }, recordViolations);
    const { page } = site;
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('probe')!).color)).not.toBe('rgb(1, 2, 3)');
    const ranges = await waitForRanges(page, 2);
    expect(ranges.map((r) => r.text).sort()).toEqual(['Account Manager', 'Program Manager']);
    // The registry's ranges are painted by the manifest CSS: the highlight pseudo's colour applies.
    const painted = await page.evaluate(
      (sel) => getComputedStyle(document.querySelector(sel)!, '::highlight(role-lens-orange)').backgroundColor,
      TITLE,
    );
    expect(painted).not.toBe('rgba(0, 0, 0, 0)');
    await hoverText(page, TITLE, 0);
    await waitForCard(page, 'program-manager');
    const style = await page.evaluate(() => {
      const card = document.querySelector('role-lens-popover')!.shadowRoot!.querySelector('[data-role-id]')!;
      const cs = getComputedStyle(card);
      const host = document.querySelector('role-lens-popover')!;
      return { fontSize: cs.fontSize, background: cs.backgroundColor, width: cs.width, position: getComputedStyle(host).position };
    });
    expect(style.fontSize).toBe('14px');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.background).not.toBe('transparent');
    expect(style.width).toBe('360px');
    expect(style.position).toBe('fixed');
    await clickInCard(page, 'Compare');
    await waitForCompare(page);
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);
    // The only violation is the probe's: the extension caused none.
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect(violations).toEqual([`style-src-attr inline ${LINKEDIN_SEARCH.split("?")[0]}`]);
    expect(site.errors).toEqual([]);
    expect(extensionInitiated(site)).toEqual([]);
    await page.close();
  });

  it('no extension target made a network request', () => {
    expect(env.net.requests).toEqual([]);
  });
});
