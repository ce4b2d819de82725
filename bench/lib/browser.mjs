// Minimal Chromium helpers for the bench (the ideas of tests/e2e/harness.ts, in plain node).
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** PUPPETEER_EXECUTABLE_PATH, else the Debian package's binary (as the tests do). */
export function browserPath() {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`PUPPETEER_EXECUTABLE_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('No Chromium found: install one or set PUPPETEER_EXECUTABLE_PATH.');
  return found;
}

/** Headless Chromium, with an unpacked extension installed when `extensionDir` is given. */
export async function launch(extensionDir) {
  const browser = await puppeteer.launch({
    executablePath: browserPath(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--js-flags=--expose-gc',
      '--window-size=1280,900',
    ],
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 90_000,
  });
  const extensionId = extensionDir ? await browser.installExtension(extensionDir) : null;
  if (extensionId) {
    // An extension may open a tab of its own on install (onboarding): close it, or it takes the
    // foreground from the bench's tabs (a background tab gets no frames and stalls input).
    await sleep(1500);
    for (const page of await browser.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  }
  return { browser, extensionId };
}

export const withoutPageScripts = (html) =>
  html.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/gi, '');

/** Headers that make a page cross-origin isolated: performance.now() then resolves 5 µs, not 100. */
export const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/**
 * A new tab whose navigations to the given URLs are answered with the given HTML (the production
 * manifest's matches then apply as on the live site); every other request gets an empty 204.
 * `routes`: Map url -> { html, headers }.
 */
export async function posingPage(browser, routes) {
  const page = await browser.newPage();
  // In front: a background tab gets no animation frames (the extension may open its own tab).
  await page.bringToFront();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://')) return void request.continue();
    const route = request.isNavigationRequest() ? routes.get(url) : undefined;
    if (route) {
      return void request.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: route.headers ?? {},
        body: route.html,
      });
    }
    return void request.respond({ status: 204, body: '' });
  });
  return { page, errors };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Does any of the manifest's content-script match patterns cover the URL? */
export function manifestMatches(patterns, url) {
  const u = new URL(url);
  return patterns.some((pattern) => {
    const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
    if (!m) return false;
    const [, scheme, host, path] = m;
    if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
    if (host !== '*') {
      if (host.startsWith('*.')) {
        const base = host.slice(2);
        if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
      } else if (u.hostname !== host) return false;
    }
    const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return glob.test(u.pathname + u.search);
  });
}
