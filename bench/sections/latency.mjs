// Section 6: hover latency with the built extension. From the end of the hover-intent delay
// (the pointer's arrival on a title + settings.hoverDelayMs) to the card painted: the
// `role-lens-popover` host in the page with an element carrying `data-role-id` in its shadow root,
// then the frame that draws it. Read in the page's main world with a MutationObserver, a
// requestAnimationFrame and the task after it (the frame has been produced by then).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { median, posingPage, sleep } from '../lib/browser.mjs';
import { SEARCH_URL, searchPage } from '../lib/pages.mjs';

const HOVER_DELAY_MS = 300; // DEFAULT_SETTINGS.hoverDelayMs: the bench leaves settings at their defaults.
const URL_ = `${SEARCH_URL(200)}&hover=1`;
const HOVERS = 6;

/** Main-world probe, installed before the page's own scripts. */
function probe() {
  const state = { arrivals: [], cards: [] };
  window.__latency = state;
  let target = null;
  window.__latencyTarget = (rect) => {
    target = rect;
  };
  document.addEventListener('pointermove', (e) => {
    if (!target) return;
    const inside = e.clientX >= target.left && e.clientX <= target.right && e.clientY >= target.top && e.clientY <= target.bottom;
    if (inside) {
      state.arrivals.push(e.timeStamp);
      target = null;
    }
  }, true);
  const painted = (host, addedAt) => {
    const done = (contentAt) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => state.cards.push({ addedAt, contentAt, paintedAt: performance.now(), open: !!host.shadowRoot });
        channel.port2.postMessage(0);
      });
    const root = host.shadowRoot;
    if (!root) return done(addedAt); // A closed root: the host is all the page can see.
    if (root.querySelector('[data-role-id]')) return done(performance.now());
    const mo = new MutationObserver(() => {
      if (root.querySelector('[data-role-id]')) {
        mo.disconnect();
        done(performance.now());
      }
    });
    mo.observe(root, { childList: true, subtree: true });
  };
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (n.nodeName === 'ROLE-LENS-POPOVER') painted(n, performance.now());
    }
  }).observe(document, { childList: true, subtree: true });
}

export async function runLatency({ browser, extDir, log }) {
  if (!existsSync(join(extDir, 'card.js'))) {
    log('  latency: n/a (no card.js in the built extension)');
    return { status: 'n/a', reason: 'no card.js in the built extension' };
  }
  const { page, errors } = await posingPage(browser, new Map([[URL_, { html: searchPage(200, { seed: 5 }) }]]));
  await page.evaluateOnNewDocument(probe);
  await page.goto(URL_, { waitUntil: 'load' });
  await sleep(800);
  // Titles naming a role (the guest card's h3), by index among all card titles.
  const indexes = await page.evaluate(() =>
    [...document.querySelectorAll('.base-search-card__title')]
      .map((el, i) => (/\b(program|programme|accounts?)\b/i.test(el.textContent) && /\b(manager|mgr)/i.test(el.textContent) ? i : -1))
      .filter((i) => i >= 0),
  );
  const samples = [];
  for (const index of indexes) {
    if (samples.length >= HOVERS) break;
    // Scrolled to the middle of the viewport; the rectangle of its first line as drawn.
    const rect = await page.evaluate(async (i) => {
      const el = document.querySelectorAll('.base-search-card__title')[i];
      el.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getClientRects()[0];
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, x: r.left + Math.min(20, r.width / 2), y: r.top + r.height / 2, text: el.textContent.trim() };
    }, index);
    // Away from every title, long enough for an open card to close (300 ms grace), then onto one.
    await page.mouse.move(1270, 5);
    await sleep(700);
    const before = await page.evaluate(() => window.__latency.cards.length);
    await page.evaluate((r) => window.__latencyTarget(r), rect);
    await page.mouse.move(rect.x, rect.y);
    let card = null;
    for (let waited = 0; waited < 3000 && !card; waited += 50) {
      await sleep(50);
      card = await page.evaluate((n) => {
        const s = window.__latency;
        return s.cards.length > n ? { card: s.cards[n], arrival: s.arrivals.at(-1) } : null;
      }, before);
    }
    if (!card) {
      samples.push({ title: rect.text, timeout: true });
      continue;
    }
    const intentEnd = card.arrival + HOVER_DELAY_MS;
    samples.push({ title: rect.text, ms: card.card.paintedAt - intentEnd, hostMs: card.card.addedAt - intentEnd, openShadow: card.card.open });
  }
  await page.close();
  const ok = samples.filter((s) => !s.timeout);
  if (ok.length === 0) {
    log('  latency: no card appeared within 3 s of a hover');
    return { status: 'no-card', samples, errors };
  }
  const first = samples[0].timeout ? NaN : samples[0].ms;
  const later = median(ok.slice(samples[0].timeout ? 0 : 1).map((s) => s.ms));
  log(`  latency: first ${first.toFixed(1)} ms, later ${later.toFixed(1)} ms (median of ${ok.length - 1}), timeouts ${samples.length - ok.length}`);
  return { status: 'ok', firstMs: first, laterMs: later, samples, errors };
}
