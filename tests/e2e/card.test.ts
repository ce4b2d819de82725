import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths';
import { eventually, launchWithExtension, poseHtml, poseSavedPage, type Extension } from './harness';
import { cardState, clickCardButton, textBox, waitForCard, waitForNoCard } from './card-helpers';

let ext: Extension;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.browser.close();
});

const SEARCH = 'linkedin/aayussh_linkedin_guest_search_amazon_india.html';
const TITLE = 'h3.base-search-card__title';

/** Index among the search cards' visible titles of the first whose text contains `words`. */
async function titleIndex(page: import('puppeteer-core').Page, words: string): Promise<number> {
  return page.evaluate(
    (sel, w) => [...document.querySelectorAll(sel)].findIndex((el) => el.textContent?.includes(w)),
    TITLE,
    words,
  );
}

/** The saved search with the pointer resting on a Program Manager title, its card shown. */
async function hoveredProgramManagerCard() {
  const posed = await poseSavedPage(ext.browser, SEARCH);
  const box = (await textBox(posed.page, TITLE, await titleIndex(posed.page, 'Program Manager II')))!;
  await posed.page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
  await waitForCard(posed.page, 'program-manager');
  return posed;
}

describe('the card on a saved real page (LinkedIn search, a transparent link over every card)', () => {
  it('hovering anywhere on a Program Manager title shows its card; other titles show none', async () => {
    const { page, errors } = await poseSavedPage(ext.browser, SEARCH);
    for (const words of ['Program Manager-I', 'Program Manager II', 'Sr. Technical Program Manager']) {
      const box = (await textBox(page, TITLE, await titleIndex(page, words)))!;
      // The far end of the title: past the highlighted words ("..., Japan Transportation Systems").
      await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
      const card = await waitForCard(page, 'program-manager');
      expect(card.text).toContain('$95,919');
      expect(card.text).toContain(words);
      expect(card.inTopLayer).toBe(true);
      await page.mouse.move(5, 5);
      await waitForNoCard(page);
    }
    // A title that names no role: resting on it shows nothing.
    const other = (await textBox(page, TITLE, await titleIndex(page, 'Executive Assistant')))!;
    await page.mouse.move(other.x + 5, other.y + other.height / 2);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await cardState(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('with LinkedIn\'s own overlay styles (a transparent link over the card), hovering the title still opens it', async () => {
    // LinkedIn's stylesheet is not saved with the page: these are its rules for the card-wide link.
    const overlay =
      '<style>.base-card{position:relative}.base-card__full-link{position:absolute;inset:0;z-index:2;color:transparent}' +
      '.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>';
    const { page } = await poseSavedPage(ext.browser, SEARCH, { transform: (html) => html.replace('</head>', `${overlay}</head>`) });
    const box = (await textBox(page, TITLE, await titleIndex(page, 'Sr. Technical Program Manager')))!;
    const x = box.x + box.width - 6;
    const y = box.y + box.height / 2;
    const topmost = await page.evaluate((px, py) => document.elementFromPoint(px, py)?.className ?? '', x, y);
    expect(topmost).toContain('base-card__full-link');
    await page.mouse.move(x, y);
    const card = await waitForCard(page, 'program-manager');
    expect(card.text).toContain('Sr. Technical Program Manager');
    // Elsewhere on the same card (the company line), under the same link: no card.
    await page.mouse.move(5, 5);
    await waitForNoCard(page);
    await page.mouse.move(box.x + 10, box.y + box.height * 2.5);
    await new Promise((r) => setTimeout(r, 1200));
    expect(await cardState(page)).toBeNull();
    await page.close();
  });

  it('the card closes when the pointer leaves the window', async () => {
    const { page, errors } = await hoveredProgramManagerCard();
    // Out of the window: the page sees no pointer move, only the pointer leaving.
    await page.mouse.move(-5, -5);
    await waitForNoCard(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the card stays open through a small scroll and closes once its title is scrolled away', async () => {
    const { page, errors } = await hoveredProgramManagerCard();
    // The pointer rests on the card, which keeps it open while the page scrolls under it.
    const onCard = await page.evaluate(() => {
      const r = document.querySelector('role-lens-popover')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(onCard.x, onCard.y);
    await page.evaluate(() => window.scrollBy(0, 30));
    await new Promise((r) => setTimeout(r, 600));
    // Its title still in view: the card stays open.
    expect((await cardState(page))?.roleId).toBe('program-manager');
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 2));
    await waitForNoCard(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Compare shows both roles side by side with both salaries; Back returns', async () => {
    const { page } = await poseSavedPage(ext.browser, SEARCH);
    const box = (await textBox(page, TITLE, await titleIndex(page, 'Program Manager II')))!;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    const card = await waitForCard(page, 'program-manager');
    expect(card.text).not.toContain('$75,495');
    // Move onto the card: it stays open (hoverable), then use it.
    await clickCardButton(page, 'Compare');
    const compare = await eventually(async () => {
      const s = await cardState(page);
      return s?.text.includes('$75,495') ? s : null;
    }, { message: 'the compare view' });
    expect(compare.text).toContain('$95,919');
    expect(compare.text).toContain('Account Manager');
    expect(compare.text).toMatch(/\$20,424/);
    await clickCardButton(page, 'Back');
    await eventually(async () => !(await cardState(page))?.text.includes('$75,495'), { message: 'back to the role' });
    await page.close();
  });

  it('keyboard: focus on the title link opens the card, Tab moves into it, Escape closes and returns focus', async () => {
    const { page } = await poseSavedPage(ext.browser, SEARCH);
    // Tab through the page until the card-wide link of a Program Manager card has focus.
    let focused = '';
    for (let i = 0; i < 200 && !/Program Manager/.test(focused); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    expect(focused).toMatch(/Program Manager/);
    await waitForCard(page, 'program-manager');
    await page.keyboard.press('Tab');
    const inCard = await eventually(async () =>
      page.evaluate(() => {
        const host = document.querySelector('role-lens-popover');
        const active = host?.shadowRoot?.activeElement;
        return document.activeElement === host && active ? (active.textContent?.trim() || active.getAttribute('aria-label')) : null;
      }),
    { message: 'focus inside the card' });
    expect(inCard).toBeTruthy();
    // Tab on until the Compare button has focus.
    let label: string | null = inCard;
    for (let i = 0; i < 10 && label !== 'Compare'; i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => {
        const a = document.querySelector('role-lens-popover')?.shadowRoot?.activeElement;
        return a ? (a.textContent?.trim() || a.getAttribute('aria-label')) : null;
      });
    }
    expect(label).toBe('Compare');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    const back = await page.evaluate(() => (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(back).toMatch(/Program Manager/);
    await page.close();
  });

  it('axe-core finds no serious or critical violations in the card, light and dark', async () => {
    const axeSource = readFileSync(resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await poseSavedPage(ext.browser, SEARCH);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const box = (await textBox(page, TITLE, await titleIndex(page, 'Program Manager II')))!;
      await page.mouse.move(box.x + 10, box.y + box.height / 2);
      await waitForCard(page, 'program-manager');
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        const result = await axe.run({ include: [['role-lens-popover']] }, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.impact}: ${v.id}`);
      });
      expect(violations.filter((v) => /^(serious|critical)/.test(v)), scheme).toEqual([]);
      await page.close();
    }
  });
});

describe('the salary a posting states, next to the average', () => {
  // Our demo board (Indeed's markup): one card states "$105,000 - $125,000 a year", the others none.
  const DEMO_URL = 'https://www.indeed.com/jobs?q=manager&l=Remote';
  const demoHtml = readFileSync(resolve(REPO_ROOT, 'demo', 'search.html'), 'utf8');

  it('shows the posted range, its midpoint and the difference where a salary is stated, and nothing where none is', async () => {
    const { page } = await poseHtml(ext.browser, DEMO_URL, demoHtml);
    await eventually(async () => (await page.$$('h2.jobTitle')).length > 0, { message: 'demo cards' });
    const indexOf = (words: string) =>
      page.evaluate((w) => [...document.querySelectorAll('h2.jobTitle span[title]')].findIndex((el) => el.textContent?.includes(w)), words);

    const stated = (await textBox(page, 'h2.jobTitle span[title]', await indexOf('Senior Program Manager')))!;
    await page.mouse.move(stated.x + 10, stated.y + stated.height / 2);
    const card = await waitForCard(page, 'program-manager');
    // $115,000 midpoint against the $95,919 average: 20% above.
    expect(card.text).toContain('Posted: $105,000–$125,000 a year');
    expect(card.text).toContain('$115,000');
    expect(card.text).toContain('20% above the US average');
    await page.mouse.move(5, 5);
    await waitForNoCard(page);

    const none = (await textBox(page, 'h2.jobTitle span[title]', await indexOf('Key Account Manager')))!;
    await page.mouse.move(none.x + 10, none.y + none.height / 2);
    const other = await waitForCard(page, 'account-manager');
    expect(other.text).not.toContain('Posted');
    await page.close();
  });
});

