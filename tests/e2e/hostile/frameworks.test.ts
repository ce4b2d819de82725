import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../paths';
import { eventually } from '../harness';
import { cardState, waitForCard, waitForNoCard } from '../card-helpers';
import {
  extensionInitiated,
  hoverText,
  LINKEDIN_SEARCH,
  linkedinSearch,
  liveRanges,
  poseSite,
  sleep,
  TITLE,
} from './pages';
import { watchedExtension } from './extension';

const env = watchedExtension();

const TITLES = ['Senior Program Manager, Ads', 'Data Engineer', 'Key Account Manager, EMEA', 'Designer', 'Technical Program Manager'];
const TARGETS = TITLES.filter((t) => /Program Manager|Account Manager/.test(t));
const RENDERS = 200;

/**
 * A Preact app that renders the job list every 100 ms with new keys, so every title node is
 * replaced each time. Before each render it records how many ranges the highlight registry holds.
 */
const APP = `
import { h, render } from 'preact';
const TITLES = ${JSON.stringify(TITLES)};
const w = window;
w.__renders = 0;
w.__maxRanges = 0;
const count = () => [...CSS.highlights.values()].reduce((n, hl) => n + hl.size, 0);
const App = ({ gen }) =>
  h('ul', { class: 'jobs-search__results-list' }, TITLES.map((t, i) =>
    h('li', { key: gen + '-' + i },
      h('div', { class: 'base-card base-search-card' },
        h('div', { class: 'base-search-card__info' },
          h('h3', { class: 'base-search-card__title' }, t),
          h('h4', { class: 'base-search-card__subtitle' }, 'Acme, render ' + gen))))));
const root = document.getElementById('app');
render(h(App, { gen: 0 }), root);
const timer = setInterval(() => {
  w.__maxRanges = Math.max(w.__maxRanges, count());
  w.__renders += 1;
  render(h(App, { gen: w.__renders }), root);
  if (w.__renders >= ${RENDERS}) clearInterval(timer);
}, 100);
`;

async function bundleApp(): Promise<string> {
  const result = await build({
    stdin: { contents: APP, resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/** The ranges are exactly the role words of the titles on the page now. */
async function inStep(page: import('puppeteer-core').Page) {
  const ranges = await liveRanges(page);
  return ranges.length === TARGETS.length && ranges.every((r) => r.connected && /^(Program|Account) Manager$/.test(r.text))
    ? ranges
    : null;
}

describe('pages whose framework fights the extension', () => {
  it(`a Preact app re-rendering its list every 100 ms (new keys): highlights follow the new nodes, stay bounded, the app logs no error`, async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>Jobs</title></head><body><div id="app"></div><script>${await bundleApp()}</script></body></html>`;
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body: html } });
    const { page } = site;
    const renders = () => page.evaluate(() => (window as unknown as { __renders: number }).__renders);
    // While it re-renders: the ranges catch up with the current nodes again and again.
    for (const mark of [30, 100, 170]) {
      await eventually(async () => (await renders()) >= mark, { timeout: 30_000, message: `${mark} renders` });
      await eventually(() => inStep(page), { interval: 20, timeout: 5000, message: `highlights over the current nodes near render ${mark}` });
    }
    await eventually(async () => (await renders()) >= RENDERS, { timeout: 30_000, message: `${RENDERS} renders` });
    const final = await eventually(() => inStep(page), { message: 'highlights over the final nodes' });
    expect(final.map((r) => r.holderText).sort()).toEqual([...TARGETS].sort());
    // Old nodes' ranges are dropped: never more ranges than target titles shown.
    const maxRanges = await page.evaluate(() => (window as unknown as { __maxRanges: number }).__maxRanges);
    expect(maxRanges).toBeGreaterThan(0);
    expect(maxRanges).toBeLessThanOrEqual(TARGETS.length);
    // The app still owns its DOM: a hover shows a card over its final render.
    await hoverText(page, TITLE, 2);
    expect((await waitForCard(page, 'account-manager')).text).toContain('Key Account Manager, EMEA');
    expect(site.errors).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    expect(extensionInitiated(site)).toEqual([]);
    await page.close();
  });

  it('a page that removes the extension\'s host while a card is open: the next hover shows a card again', async () => {
    // The page deletes the card's host each time it appears, for the first two times.
    const script =
      '<script>let removals = 0; new MutationObserver(() => { const host = document.querySelector("role-lens-popover");' +
      ' if (host && removals < 2) { removals++; setTimeout(() => { host.remove(); window.__removed = removals; }, 150); } })' +
      '.observe(document.body, { childList: true });</script>';
    const html = linkedinSearch(['Senior Program Manager, Ads', 'Data Engineer', 'Key Account Manager, EMEA'], { after: script });
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, { [LINKEDIN_SEARCH]: { body: html } });
    const { page } = site;
    const removed = (n: number) =>
      eventually(
        async () => (await page.evaluate(() => (window as unknown as { __removed?: number }).__removed)) === n && !(await page.$('role-lens-popover')),
        { message: `the page removed the host (${n})` },
      );
    await eventually(async () => (await liveRanges(page)).length === 2, { message: 'two highlighted titles' });
    await hoverText(page, TITLE, 0);
    await waitForCard(page, 'program-manager');
    await removed(1);
    // Straight on to another title: its card shows.
    await hoverText(page, TITLE, 2);
    expect((await waitForCard(page, 'account-manager')).text).toContain('Key Account Manager, EMEA');
    await removed(2);
    // Away, then back to the same title: its card shows again.
    await page.mouse.move(1270, 890, { steps: 2 });
    await sleep(700);
    expect(await cardState(page)).toBeNull();
    await hoverText(page, TITLE, 2);
    expect((await waitForCard(page, 'account-manager')).text).toContain('Key Account Manager, EMEA');
    await page.mouse.move(1270, 890, { steps: 2 });
    await waitForNoCard(page);
    expect(site.errors).toEqual([]);
    expect(site.consoleErrors).toEqual([]);
    await page.close();
  });

  it('no extension target made a network request', () => {
    expect(env.net.requests).toEqual([]);
  });
});
