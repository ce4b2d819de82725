/**
 * Firefox counterpart of harness.ts: Firefox ESR driven by puppeteer-core over WebDriver BiDi,
 * with the Firefox build (`npm run build:firefox`, which `npm test` runs) installed as a
 * temporary add-on. Page helpers that are protocol-neutral (paintedRanges, eventually,
 * foreignMutations, savedPageUrl) are reused from harness.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { PAGES_DIR, REPO_ROOT } from '../paths';
import { findBrowser, recordMutationsAfterLoad, savedPageUrl, withoutPageScripts, type PoseOptions, type PosedPage } from './harness';

export const FIREFOX_EXTENSION_DIR = resolve(REPO_ROOT, '.output', 'firefox-mv3');
const CANDIDATE_FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
/** Fixed internal UUID, so moz-extension:// URLs (popup.html) are known before install. */
export const FIREFOX_EXTENSION_UUID = '2f1d0c3a-6b8e-4c57-9a41-7d2e5f0b9c13';
export const GECKO_ID = 'role-lens@role-lens.dev';

/** FIREFOX_EXECUTABLE_PATH, else Debian's firefox-esr. Missing Firefox fails the suite, loudly. */
export function firefoxPath(): string {
  return findBrowser(
    'FIREFOX_EXECUTABLE_PATH',
    CANDIDATE_FIREFOXES,
    'No Firefox found for the Firefox end-to-end tests. Install Firefox ESR (Debian: `sudo apt-get install firefox-esr`; .ci/run does it).',
  );
}

export interface FirefoxExtension {
  browser: Browser;
  /** The add-on id Firefox reports (the manifest's gecko id). */
  addonId: string;
}

/** Headless Firefox ESR with the Firefox build installed as a temporary add-on. */
export async function launchFirefoxWithExtension(): Promise<FirefoxExtension> {
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first (npm test does).`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // Firefox gives each add-on a random internal UUID per profile; pinning it makes
      // moz-extension://<uuid>/popup.html addressable from the test.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return { browser, addonId };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * poseHtml for Firefox: the same interception (document answered from the file, 204 for the
 * rest), with moz-extension:// passed through instead of chrome-extension://.
 */
export async function poseInFirefox(browser: Browser, url: string, html: string, options: PoseOptions = {}): Promise<PosedPage> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const otherRequests: PosedPage['otherRequests'] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setRequestInterception(true);
  const body = options.keepScripts ? html : withoutPageScripts(html);
  // Over BiDi a request can be gone by the time it is answered (page closed, navigation
  // superseded): Firefox then rejects with "no such request", which is no failure of ours.
  const settle = (done: Promise<void>) => void done.catch(() => {});
  page.on('request', (request: HTTPRequest) => {
    if (request.url().startsWith('moz-extension://')) return settle(request.continue());
    if (request.isNavigationRequest() && request.url() === url) {
      return settle(
        request.respond({
          status: 200,
          contentType: options.contentType ?? 'text/html; charset=utf-8',
          headers: options.headers ?? {},
          body,
        }),
      );
    }
    otherRequests.push({ url: request.url(), initiator: request.initiator()?.url ?? request.initiator()?.type ?? '' });
    return settle(request.respond({ status: 204, body: '' }));
  });
  // The same main-world mutation log as in Chromium, so foreignMutations() reads it.
  await recordMutationsAfterLoad(page);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, otherRequests };
}

export async function poseSavedPageInFirefox(browser: Browser, file: string, options: PoseOptions = {}): Promise<PosedPage> {
  return poseInFirefox(browser, savedPageUrl(file), readFileSync(resolve(PAGES_DIR, file), 'utf8'), options);
}

/**
 * Firefox reports, over BiDi, the console errors the page's own resources cause (answered 204 or
 * blocked by the page's CSP) as page errors too: those name an https:// resource of the page.
 * What remains is a script error, or something blocked that has no URL, such as an inline style.
 */
const PAGE_RESOURCE_NOISE =
  /^Error: (Content-Security-Policy: .*\bat https:\/\/|Cross-Origin Request Blocked: .*https:\/\/|Loading module from “https:\/\/|None of the “sha\d+” hashes in the integrity attribute match .*“https:\/\/)/s;

export function errorsOtherThanPageResources(errors: string[]): string[] {
  return errors.filter((error) => !PAGE_RESOURCE_NOISE.test(error));
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RangeBox extends Box {
  /** The text of the element holding the range, whitespace folded: the title the card names. */
  title: string;
}

/**
 * Scrolls the n-th visible range of a highlight into view and returns its box in viewport
 * coordinates (BiDi refuses pointer moves outside the viewport).
 */
export async function visibleRangeBox(page: Page, highlight: string, index = 0): Promise<RangeBox> {
  return page.evaluate(
    (name, n) => {
      const ranges = [...((CSS.highlights.get(name) ?? []) as Iterable<Range>)].filter((r) => r.getBoundingClientRect().width > 4);
      const range = ranges[n];
      if (!range) throw new Error(`no visible range #${n} in highlight ${name}`);
      const holder = range.startContainer.parentElement;
      holder?.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = range.getBoundingClientRect();
      return { x, y, width, height, title: (holder?.textContent ?? '').replace(/\s+/g, ' ').trim() };
    },
    highlight,
    index,
  );
}

/** RGBA pixels of a PNG screenshot (8-bit RGB or RGBA, non-interlaced: what Firefox writes). */
export function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const buf = Buffer.from(png);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 4;
  const idat: Buffer[] = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('latin1', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0) throw new Error('decodePng: only 8-bit non-interlaced PNGs');
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      if (!channels) throw new Error(`decodePng: colour type ${data[9]} not handled`);
    } else if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  const prev = new Uint8Array(stride);
  const line = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? line[i - channels]! : 0;
      const b = prev[i]!;
      const c = i >= channels ? prev[i - channels]! : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter]!;
      line[i] = (src[i]! + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      out.set([line[x * channels]!, line[x * channels + 1]!, line[x * channels + 2]!, channels === 4 ? line[x * channels + 3]! : 255], (y * width + x) * 4);
    }
    prev.set(line);
  }
  return { width, height, rgba: out };
}

/** Share of the viewport box's pixels whose colour passes `test` (a screenshot of just that box). */
export async function pixelShare(page: Page, box: Box, test: (r: number, g: number, b: number) => boolean): Promise<number> {
  // puppeteer's clip is in document coordinates; the box is in the viewport's.
  const [scrollX, scrollY] = await page.evaluate(() => [window.scrollX, window.scrollY]);
  const png = await page.screenshot({ type: 'png', clip: { ...box, x: box.x + scrollX!, y: box.y + scrollY! } });
  const { rgba } = decodePng(png);
  let hits = 0;
  for (let i = 0; i < rgba.length; i += 4) if (test(rgba[i]!, rgba[i + 1]!, rgba[i + 2]!)) hits++;
  return hits / (rgba.length / 4);
}
