import type { Page } from 'puppeteer-core';
import { eventually } from './harness';

export interface CardState {
  roleId: string | null;
  text: string;
  /** Where the host sits: 'body' or 'dialog'. */
  parent: string;
  box: { width: number; height: number; fontSize: string };
  inTopLayer: boolean;
}

/** What the card shows right now, read from its open shadow root; null when no card is open. */
export async function cardState(page: Page): Promise<CardState | null> {
  return page.evaluate(() => {
    const host = document.querySelector('role-lens-popover');
    const card = host?.shadowRoot?.querySelector('[data-role-id]') as HTMLElement | null | undefined;
    if (!host || !card) return null;
    const rect = card.getBoundingClientRect();
    let inTopLayer = false;
    try {
      inTopLayer = host.matches(':popover-open');
    } catch {
      inTopLayer = false;
    }
    return {
      roleId: card.getAttribute('data-role-id'),
      text: (card.innerText ?? '').replace(/\s+/g, ' '),
      parent: host.parentElement?.tagName.toLowerCase() ?? '',
      box: { width: Math.round(rect.width), height: Math.round(rect.height), fontSize: getComputedStyle(card).fontSize },
      inTopLayer,
    };
  });
}

export const waitForCard = (page: Page, roleId?: string) =>
  eventually(
    async () => {
      const state = await cardState(page);
      return state && (!roleId || state.roleId === roleId) ? state : null;
    },
    { message: `a card${roleId ? ` for ${roleId}` : ''}` },
  );

export const waitForNoCard = (page: Page) =>
  eventually(async () => (await page.$('role-lens-popover')) === null, { message: 'the card closed and its host removed' });

/** The box of an element's drawn text (not the element's full block box). */
export async function textBox(page: Page, selector: string, index = 0) {
  return page.evaluate(
    (sel, i) => {
      const el = document.querySelectorAll(sel)[i];
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getClientRects()[0];
      return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
    },
    selector,
    index,
  );
}

/** Clicks a button inside the card's shadow root by its visible label. */
export async function clickCardButton(page: Page, label: string): Promise<void> {
  const clicked = await page.evaluate((wanted) => {
    const root = document.querySelector('role-lens-popover')?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent?.trim() === wanted || b.getAttribute('aria-label') === wanted,
    );
    button?.click();
    return !!button;
  }, label);
  if (!clicked) throw new Error(`No "${label}" button in the card`);
}
