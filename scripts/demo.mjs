#!/usr/bin/env node
/**
 * `npm run demo`: builds Role Lens and opens Chromium with it on our demo job board (demo/*.html),
 * served under real Indeed URLs through request interception, so the production manifest decides
 * where the extension runs, exactly as on the live site. Nothing is fetched from the network.
 *
 * With a display (DISPLAY set) the browser is visible and stays open until you close it.
 * Without one it runs headless, writes screenshots to demo-output/ and exits.
 *   --store     also write the 1280x800 store screenshots to docs/store/screenshots/ (headless)
 *   --no-build  use the existing .output/chrome-mv3
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const store = args.has('--store');
const headed = Boolean(process.env.DISPLAY) && !store;
const EXTENSION_DIR = resolve(root, '.output/chrome-mv3');
const SEARCH_URL = 'https://www.indeed.com/jobs?q=manager&l=Remote';
const JOB_URL = 'https://www.indeed.com/viewjob?jk=demo02';
const PAGES = { [SEARCH_URL]: 'demo/search.html', [JOB_URL]: 'demo/job.html' };
// The other listings link to job views the demo does not have: say so instead of a blank page.
const NO_JOB_PAGE = `<!doctype html><meta charset="utf-8"><title>Role Lens demo</title>
<p style="font:16px sans-serif;margin:40px">Role Lens demo: only the Key Account Manager listing has a job page.
<a href="${JOB_URL}">Open it</a> or <a href="${SEARCH_URL}">go back to the search</a>.</p>`;
const VIEWPORT = { width: 1280, height: 800 }; // the Chrome Web Store's screenshot size

if (!args.has('--no-build')) execSync('npm run build', { cwd: root, stdio: 'inherit' });
if (!existsSync(resolve(EXTENSION_DIR, 'manifest.json'))) throw new Error(`demo: no build at ${EXTENSION_DIR}`);
const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const hasCard = existsSync(resolve(EXTENSION_DIR, 'card.js'));
const hasPopup = Boolean(manifest.action?.default_popup);

const chromium = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);
if (!chromium) throw new Error('demo: no Chromium found (Debian: apt-get install chromium, or set PUPPETEER_EXECUTABLE_PATH).');

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: !headed,
  pipe: true,
  enableExtensions: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', `--window-size=${VIEWPORT.width},${VIEWPORT.height + 120}`],
  defaultViewport: headed ? null : VIEWPORT,
});
process.on('SIGINT', () => void browser.close().finally(() => process.exit(130)));
const extensionId = await browser.installExtension(EXTENSION_DIR);

/** Answers the demo URLs from demo/, every other request with 204: the demo is offline. */
async function serveDemo(page) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('chrome-extension://')) return void request.continue().catch(() => {});
    const file = PAGES[url];
    const html = file ? readFileSync(resolve(root, file), 'utf8') : request.isNavigationRequest() && /\/\/www\.indeed\.com\/viewjob/.test(url) ? NO_JOB_PAGE : null;
    const response = html === null ? { status: 204, body: '' } : { status: 200, contentType: 'text/html; charset=utf-8', body: html };
    request.respond(response).catch(() => {});
  });
}
// Links opened in a new tab (headed) get the same answers.
browser.on('targetcreated', async (target) => {
  if (target.type() !== 'page' || target.url().startsWith('chrome-extension://')) return;
  const page = await target.page().catch(() => null);
  if (page) await serveDemo(page).catch(() => {});
});

// First run opens the onboarding tab; the demo's page comes after it, in front.
await browser.waitForTarget((t) => t.url().endsWith('/onboarding.html'), { timeout: 5000 }).catch(() => null);
const page = await browser.newPage();
await serveDemo(page);

async function openBoard(url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) > 0, { timeout: 10_000 });
}

if (headed) {
  await openBoard(SEARCH_URL);
  console.log(`\nRole Lens demo is open in Chromium at ${SEARCH_URL} (our demo page, not Indeed).`);
  console.log('Point at a highlighted title for its card; the toolbar button opens the popup. Close the window to end.');
  await new Promise((done) => browser.on('disconnected', done));
  process.exit(0);
}

const outDir = resolve(root, store ? 'docs/store/screenshots' : 'demo-output');
mkdirSync(outDir, { recursive: true });
const written = [];
async function shot(name, target = page) {
  const path = resolve(outDir, name);
  await target.screenshot({ path });
  written.push(relative(root, path));
}
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Rests the pointer on the n-th visible range of a highlight and waits for the open card. */
async function hoverTitle(highlight, index = 0) {
  const box = await page.evaluate(
    (name, n) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])].filter((r) => r.getBoundingClientRect().width > 4);
      ranges[n].startContainer.parentElement.scrollIntoView({ block: 'center' });
      const { x, y, width, height } = ranges[n].getBoundingClientRect();
      return { x, y, width, height };
    },
    highlight,
    index,
  );
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForFunction(() => document.querySelector('role-lens-popover')?.matches(':popover-open'), { timeout: 10_000 });
  await pause(600); // the card fades in
}

/** Clicks a button inside the card's shadow root with the pointer, as a person would. */
async function clickInCard(label) {
  const box = await page.evaluate((text) => {
    const button = [...(document.querySelector('role-lens-popover')?.shadowRoot?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent.trim() === text,
    );
    button.scrollIntoView({ block: 'nearest' });
    const { x, y, width, height } = button.getBoundingClientRect();
    return { x, y, width, height };
  }, label);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await pause(400);
}

/** Scrolls the card's own scroll box: to its top, or to the first element matching `selector`. */
async function scrollCard(selector) {
  return page.evaluate((sel) => {
    const root = document.querySelector('role-lens-popover')?.shadowRoot;
    if (!root) return false;
    for (const el of root.querySelectorAll('*')) if (el.scrollTop > 0) el.scrollTop = 0;
    if (!sel) return true;
    const target = root.querySelector(sel);
    target?.scrollIntoView({ block: 'center' });
    return Boolean(target);
  }, selector);
}

await openBoard(SEARCH_URL);
await pause(500);
await shot('1-search-highlights.png');
if (hasCard) {
  await hoverTitle('role-lens-orange', 0); // Senior Program Manager, with "$105,000 - $125,000 a year"
  await shot('2-card.png');
  const posted = await page.evaluate(() => document.querySelector('role-lens-popover')?.shadowRoot?.querySelector('.posted')?.textContent);
  console.log(`demo: the search card's posted salary in the card: ${posted ?? 'none shown'}`);
  await clickInCard('Compare');
  await page.waitForFunction(() => document.querySelector('role-lens-popover')?.shadowRoot?.querySelector('caption'), { timeout: 5000 });
  await scrollCard(null); // the table's head, not the Back button the focus moved to
  await pause(200);
  await shot('3-compare.png');
  await page.mouse.move(5, 5);
  await openBoard(JOB_URL);
  await hoverTitle('role-lens-sky', 0); // Key Account Manager, salary from the JSON-LD baseSalary
  if (!(await scrollCard('.posted'))) console.warn('demo: the job view card shows no posted salary.');
  await pause(200);
  await shot('4-job-card.png');
  await page.mouse.move(5, 5);
} else {
  console.warn('demo: no card.js in the build yet: card screenshots skipped.');
}

if (hasPopup) {
  await openBoard(SEARCH_URL);
  await page.evaluate(() => window.scrollTo(0, 0));
  await pause(300);
  const board = await page.screenshot({ encoding: 'base64' });
  const extension = (await browser.extensions()).get(extensionId);
  await page.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((t) => t.url().endsWith(`/${manifest.action.default_popup}`), { timeout: 10_000 });
  const popup = await target.asPage();
  await popup.waitForFunction(() => document.body.innerText.trim().length > 0, { timeout: 10_000 });
  await pause(800); // the page report arrives from the content script
  const popupPng = await popup.screenshot({ encoding: 'base64', fullPage: true });
  if (!store) writeFileSync(resolve(outDir, '5-popup.png'), Buffer.from(popupPng, 'base64'));
  if (!store) written.push(relative(root, resolve(outDir, '5-popup.png')));
  // The popup alone is small; the store wants 1280x800: show it where Chrome draws it, over the page.
  const composite = await browser.newPage();
  await composite.setViewport(VIEWPORT);
  await composite.setContent(`<body style="margin:0;position:relative;width:1280px;height:800px;overflow:hidden">
    <img src="data:image/png;base64,${board}" style="position:absolute;inset:0;filter:brightness(.97)">
    <img src="data:image/png;base64,${popupPng}" style="position:absolute;top:8px;right:16px;border:1px solid #c7c7c7;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.25)"></body>`);
  await composite.waitForFunction(() => [...document.images].every((i) => i.complete));
  await shot(store ? '5-popup.png' : '5-popup-over-page.png', composite);
} else {
  console.warn('demo: the build has no popup yet: popup screenshot skipped.');
}

await browser.close();
console.log(`\nRole Lens demo (headless): ${written.length} screenshots in ${relative(root, outDir)}/`);
for (const file of written) console.log(`  ${file}`);
