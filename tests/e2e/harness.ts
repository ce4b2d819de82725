import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { PAGES_DIR, REPO_ROOT } from '../paths';

export const EXTENSION_DIR = resolve(REPO_ROOT, '.output', 'chrome-mv3');
const CANDIDATE_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * A browser binary: the path in `envVar` when set, else the first candidate that exists. A
 * missing browser fails the tests with the way to install one (they never skip).
 */
export function findBrowser(envVar: string, candidates: string[], installHint: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`${installHint} Or set ${envVar} to the browser binary.`);
  return found;
}

/** The Chromium to drive: PUPPETEER_EXECUTABLE_PATH, else the Debian package's binary. */
export function browserPath(): string {
  return findBrowser(
    'PUPPETEER_EXECUTABLE_PATH',
    CANDIDATE_BROWSERS,
    'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; .ci/run does it).',
  );
}

export interface Extension {
  browser: Browser;
  extensionId: string;
}

/** Headless Chromium with the built extension (npm test builds it first). */
export async function launchWithExtension(): Promise<Extension> {
  if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first (npm test does).`);
  }
  const browser = await puppeteer.launch({
    executablePath: browserPath(),
    pipe: true,
    enableExtensions: true,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1280,900',
    ],
    defaultViewport: { width: 1280, height: 900 },
  });
  const extensionId = await browser.installExtension(EXTENSION_DIR);
  return { browser, extensionId };
}

/** Row of shared/fixtures/pages/INDEX.tsv for a saved page. */
export function savedPageUrl(file: string): string {
  const rows = readFileSync(resolve(PAGES_DIR, 'INDEX.tsv'), 'utf8').split('\n');
  const row = rows.map((line) => line.split('\t')).find((cols) => cols[0] === file);
  if (!row?.[2]) throw new Error(`${file} is not in INDEX.tsv`);
  return row[2];
}

/**
 * The page's own scripts are dropped in flight (JSON-LD kept): the saved page stays as it is on
 * disk, and the DOM stays deterministic and offline.
 */
export function withoutPageScripts(html: string): string {
  return html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}

export interface PosedPage {
  page: Page;
  /** Uncaught errors thrown in the page. */
  errors: string[];
  /** Requests other than the posed document (answered 204): none may come from the extension. */
  otherRequests: { url: string; initiator: string }[];
}

export interface PoseOptions {
  /** Keep the page's own scripts (for our own pages that need them). */
  keepScripts?: boolean;
  /** Extra response headers for the document, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  contentType?: string;
  /** Changes the HTML in flight (the saved file stays as it is), e.g. to add a board's own CSS. */
  transform?: (html: string) => string;
}

/**
 * Opens HTML under a real board URL through request interception: the production manifest's
 * matches decide whether Role Lens runs, as they would on the live site.
 */
export async function poseHtml(browser: Browser, url: string, html: string, options: PoseOptions = {}): Promise<PosedPage> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const otherRequests: PosedPage['otherRequests'] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setRequestInterception(true);
  const kept = options.keepScripts ? html : withoutPageScripts(html);
  const body = options.transform ? options.transform(kept) : kept;
  page.on('request', (request: HTTPRequest) => {
    if (request.url().startsWith('chrome-extension://')) return void request.continue();
    if (request.isNavigationRequest() && request.frame() === page.mainFrame() && request.url() === url) {
      return void request.respond({
        status: 200,
        contentType: options.contentType ?? 'text/html; charset=utf-8',
        headers: options.headers ?? {},
        body,
      });
    }
    otherRequests.push({ url: request.url(), initiator: request.initiator()?.url ?? request.initiator()?.type ?? '' });
    return void request.respond({ status: 204, body: '' });
  });
  await recordMutationsAfterLoad(page);
  await page.goto(url, { waitUntil: 'load' });
  // The onboarding tab opened on install may have taken the foreground; a background tab gets no
  // animation frames, as in a real browser.
  await page.bringToFront();
  return { page, errors, otherRequests };
}

export async function poseSavedPage(browser: Browser, file: string, options: PoseOptions = {}): Promise<PosedPage> {
  const html = readFileSync(resolve(PAGES_DIR, file), 'utf8');
  return poseHtml(browser, savedPageUrl(file), html, options);
}

/**
 * A main-world MutationObserver from DOMContentLoaded on (the parser's own insertions come
 * before; the content script runs after): sees every change anything makes to the page.
 */
export async function recordMutationsAfterLoad(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const log: string[] = [];
    (window as unknown as { __mutations: string[] }).__mutations = log;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver((records) => {
        for (const r of records) {
          const target = r.target as Element;
          const added = [...r.addedNodes].map((n) => n.nodeName.toLowerCase());
          const removed = [...r.removedNodes].map((n) => n.nodeName.toLowerCase());
          log.push(`${r.type} ${target.nodeName?.toLowerCase()} +[${added}] -[${removed}] ${r.attributeName ?? ''}`);
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  });
}

/** Mutations the main world saw, other than Role Lens's own card host coming and going. */
export async function foreignMutations(page: Page): Promise<string[]> {
  const log = await page.evaluate(() => (window as unknown as { __mutations: string[] }).__mutations ?? []);
  // The host is attached under body, an open dialog, popover or fullscreen element holding the title.
  return log.filter((line) => !/^childList \S+ \+\[(role-lens-popover)?\] -\[(role-lens-popover)?\]/.test(line));
}

export interface PaintedRange {
  highlight: string;
  text: string;
  /** The nearest element holding the range, as tag.class (for messages). */
  holder: string;
  /** The whole title text of that element, whitespace folded. */
  holderText: string;
}

/** Every range in the page's CSS highlight registry, read from the main world. */
export async function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(() => {
    const out: { highlight: string; text: string; holder: string; holderText: string }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight as unknown as Iterable<Range>) {
        const node = range.commonAncestorContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        out.push({
          highlight: name,
          text: range.toString(),
          holder: `${el?.tagName.toLowerCase()}.${[...(el?.classList ?? [])].slice(0, 2).join('.')}`,
          holderText: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        });
      }
    }
    return out;
  });
}

/** Waits until `check` returns a truthy value (generously: seconds, not milliseconds). */
export async function eventually<T>(
  check: () => Promise<T>,
  { timeout = 8000, interval = 100, message = 'condition' } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  throw new Error(`Timed out waiting for ${message}; last value ${JSON.stringify(last)} ${lastError ? String(lastError) : ''}`);
}
