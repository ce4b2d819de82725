/**
 * Page builders and probes shared by the hostile-page suite. Pages are our own, built with the
 * board markup the adapters know (LinkedIn guest search, Greenhouse job-boards list), so detection
 * applies as on the live site; each test adds the hostility on top.
 */
import type { Browser, Frame, HTTPRequest, Page } from 'puppeteer-core';
import { eventually } from '../harness';

export const LINKEDIN_SEARCH = 'https://www.linkedin.com/jobs/search?keywords=manager';
export const GREENHOUSE_BOARD = 'https://job-boards.greenhouse.io/acme';
export const TITLE = 'h3.base-search-card__title';

/** Text as HTML source: the page shows exactly these characters. */
export const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ListOptions {
  /** Markup for <head> (styles, meta). */
  head?: string;
  /** Markup before and after the result list, inside <body>. */
  before?: string;
  after?: string;
  /** Attributes for each title element, e.g. ` dir="rtl"`. */
  titleAttrs?: (index: number) => string;
}

/** One LinkedIn guest search card (the markup of the saved aayussh page, trimmed). */
export function linkedinCard(title: string, index: number, attrs = ''): string {
  return (
    `<li><div class="base-card base-search-card"><div class="base-search-card__info">` +
    `<h3 class="base-search-card__title"${attrs}>${esc(title)}</h3>` +
    `<h4 class="base-search-card__subtitle">Acme ${index}</h4>` +
    `<div class="base-search-card__metadata"><span class="job-search-card__location">Remote</span></div>` +
    `</div></div></li>`
  );
}

/** A LinkedIn guest search page listing `titles` (pose it at LINKEDIN_SEARCH). */
export function linkedinSearch(titles: string[], options: ListOptions = {}): string {
  const cards = titles.map((t, i) => linkedinCard(t, i, options.titleAttrs?.(i) ?? '')).join('\n');
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jobs | LinkedIn</title>${options.head ?? ''}</head>` +
    `<body>${options.before ?? ''}<ul class="jobs-search__results-list">\n${cards}\n</ul>${options.after ?? ''}</body></html>`
  );
}

/** A Greenhouse job-boards company list (the markup of tests/fixtures/boards/greenhouse-job-boards-list.html). */
export function greenhouseBoard(titles: string[]): string {
  const rows = titles
    .map(
      (t, i) =>
        `<tr class="job-post"><td class="cell"><a href="https://job-boards.greenhouse.io/acme/jobs/40${i}" target="_top">` +
        `<p class="body body--medium">${esc(t)}</p><p class="body body__secondary body--metadata">Remote</p></a></td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jobs at Acme</title></head><body><main class="job-board"><table><tbody>${rows}</tbody></table></main></body></html>`;
}

export interface Route {
  body: string;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface Site {
  page: Page;
  errors: string[];
  /** console.error messages of the page (any frame). */
  consoleErrors: string[];
  /** Requests not in `routes` (answered 204), with their initiator. */
  otherRequests: { url: string; initiator: string }[];
  dialogs: string[];
}

/**
 * Opens `url` with every document in `routes` (main frame and frames) answered through request
 * interception, scripts kept; anything else is answered 204 and logged.
 */
export async function poseSite(
  browser: Browser,
  url: string,
  routes: Record<string, Route>,
  /** Runs in the main world of every document before its own scripts (CDP: not subject to CSP). */
  init?: () => void,
): Promise<Site> {
  const page = await browser.newPage();
  if (init) await page.evaluateOnNewDocument(init);
  const site: Site = { page, errors: [], consoleErrors: [], otherRequests: [], dialogs: [] };
  page.on('pageerror', (error) => site.errors.push(String(error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') site.consoleErrors.push(msg.text());
  });
  page.on('dialog', (dialog) => {
    site.dialogs.push(dialog.message());
    void dialog.dismiss().catch(() => {});
  });
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (request.url().startsWith('chrome-extension://')) return void request.continue();
    const route = routes[request.url()];
    if (route) {
      return void request.respond({
        status: 200,
        contentType: route.contentType ?? 'text/html; charset=utf-8',
        headers: route.headers ?? {},
        body: route.body,
      });
    }
    site.otherRequests.push({ url: request.url(), initiator: request.initiator()?.url ?? request.initiator()?.type ?? '' });
    return void request.respond({ status: 204, body: '' });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  return site;
}

/** Requests the extension made through the page (its initiator is an extension URL). */
export const extensionInitiated = (site: { otherRequests: { initiator: string }[] }) =>
  site.otherRequests.filter((r) => r.initiator.startsWith('chrome-extension://'));

export interface LiveRange {
  highlight: string;
  text: string;
  connected: boolean;
  holderText: string;
}

/** Every range in the document's highlight registry, with whether its text node is still in the page. */
export async function liveRanges(page: Page | Frame): Promise<LiveRange[]> {
  return page.evaluate(() => {
    const out: { highlight: string; text: string; connected: boolean; holderText: string }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight as unknown as Iterable<Range>) {
        const node = range.commonAncestorContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        out.push({
          highlight: name,
          text: range.toString(),
          connected: range.startContainer.isConnected && range.endContainer.isConnected,
          holderText: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        });
      }
    }
    return out;
  });
}

/** Waits for exactly `count` highlighted ranges, all over live text. */
export const waitForRanges = (page: Page | Frame, count: number, timeout = 8000) =>
  eventually(
    async () => {
      const ranges = await liveRanges(page);
      return ranges.length === count && ranges.every((r) => r.connected) ? ranges : null;
    },
    { message: `${count} highlighted ranges over live text`, timeout },
  );

/**
 * Moves the pointer onto the drawn text of the `index`th element matching `selector`; in `frame`
 * (offset by its <iframe>'s box in the page) when given.
 */
export async function hoverText(
  page: Page,
  selector: string,
  index = 0,
  dx = 10,
  frame?: { frame: Frame; iframe: string },
): Promise<{ x: number; y: number }> {
  const box = await (frame?.frame ?? page).evaluate(
    (sel, i) => {
      const el = document.querySelectorAll(sel)[i];
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.selectNodeContents(el);
      // The first line drawn inside the viewport (a title taller than the viewport starts above it).
      const r = [...range.getClientRects()].find((rect) => rect.width > 0 && rect.top >= 0 && rect.bottom <= innerHeight);
      return r ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
    },
    selector,
    index,
  );
  if (!box) throw new Error(`No drawn text for ${selector} #${index}`);
  // After the scroll above (which may scroll the page around the frame too).
  const offset = frame ? await (await page.$(frame.iframe))!.boundingBox() : { x: 0, y: 0 };
  const point = { x: offset!.x + box.x + Math.min(dx, box.width / 2), y: offset!.y + box.y + box.height / 2 };
  await page.mouse.move(point.x, point.y, { steps: 2 });
  return point;
}

/** The centre of a button in the card, by its label (viewport coordinates), or null. */
export async function cardButtonCentre(page: Page, label: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    const root = document.querySelector('role-lens-popover')?.shadowRoot;
    const button = [...(root?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent?.trim() === wanted || b.getAttribute('aria-label') === wanted,
    );
    if (!button) return null;
    button.scrollIntoView({ block: 'nearest' });
    const r = button.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, label);
}

/** Clicks a card button with the real pointer (hit-testing included, unlike element.click()). */
export async function clickInCard(page: Page, label: string): Promise<void> {
  const at = await cardButtonCentre(page, label);
  if (!at) throw new Error(`No "${label}" button in the card`);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await page.mouse.click(at.x, at.y);
}

/** Compare shows the comparison table; true once it is there. */
export const waitForCompare = (page: Page) =>
  eventually(
    () =>
      page.evaluate(() => {
        const root = document.querySelector('role-lens-popover')?.shadowRoot;
        return !!root?.querySelector('table') && [...root.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Back');
      }),
    { message: 'the compare view' },
  );

/** What is drawn topmost at the card's centre: 'host' when it is the card. */
export async function topmostAtCardCentre(page: Page): Promise<string> {
  return page.evaluate(() => {
    const host = document.querySelector('role-lens-popover');
    const card = host?.shadowRoot?.querySelector('[data-role-id]');
    if (!host || !card) return 'no card';
    const r = card.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit === host ? 'host' : `${hit?.tagName.toLowerCase()}#${hit?.id}`;
  });
}

/** Most role-lens-popover elements present at once since the call (main-world observer). */
export async function countHostsFromNow(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __maxHosts: number };
    w.__maxHosts = document.querySelectorAll('role-lens-popover').length;
    new MutationObserver(() => {
      w.__maxHosts = Math.max(w.__maxHosts, document.querySelectorAll('role-lens-popover').length);
    }).observe(document, { childList: true, subtree: true });
  });
  return () => page.evaluate(() => (window as unknown as { __maxHosts: number }).__maxHosts);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
