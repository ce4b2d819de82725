// Sections 1-4: Role Lens's scan (titles and mentions), mark.js, the TreeWalker floor, and the
// append path, in one page per generated document, with the product modules bundled for it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ISOLATED, median, posingPage } from '../lib/browser.mjs';
import { cardBatches, descriptionPage, SEARCH_URL, searchPage, VIEW_URL } from '../lib/pages.mjs';
import { profileDuring, topSelf } from '../lib/profile.mjs';

const require = createRequire(import.meta.url);
// Time for the work a session defers (timers, frames) to run after a scan or an append; it is
// timed too. After a full scan, the badge's first count waits 300 ms; an append's badge report
// is made within the pass.
const BADGE_WAIT_MS = 350;
const BUNDLE_URL = 'role-lens-bench.js';

const PAGES = [
  { key: 'cards100', label: '100 cards', url: SEARCH_URL(100), html: () => searchPage(100), reps: 7, markReps: 5 },
  { key: 'cards1000', label: '1,000 cards', url: SEARCH_URL(1000), html: () => searchPage(1000), reps: 7, markReps: 5 },
  { key: 'cards5000', label: '5,000 cards', url: SEARCH_URL(5000), html: () => searchPage(5000), reps: 5, markReps: 3, append: true, profile: true },
  { key: 'description', label: 'description, 3,000 paragraphs', url: VIEW_URL, html: () => descriptionPage(3000), reps: 5, markReps: 5 },
];

export async function runScan({ browser, bundle, phrases, log }) {
  const markSource = `${readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8')}\n//# sourceURL=mark.js`;
  const script = `${bundle}\n//# sourceURL=${BUNDLE_URL}`;
  const results = {};
  for (const spec of PAGES) {
    const t0 = Date.now();
    const { page, errors } = await posingPage(browser, new Map([[spec.url, { html: spec.html(), headers: ISOLATED }]]));
    await page.goto(spec.url, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(markSource);
    await page.evaluate(script);
    const B = (fn, ...args) => page.evaluate(fn, ...args);
    await B(() => window.__bench.remember());
    const info = await B(() => window.__bench.info());
    // Marks' thread timestamps give CPU time beside wall time (see timed() in scan-entry.ts).
    await page.tracing.start({ categories: ['blink.user_timing'] });
    // The page as loaded and laid out, as the content script finds it at document_idle.
    // Warm-up (untimed): JIT and caches as after the first page a content script sees.
    const cold = {
      titles: await B((w) => window.__bench.scan('titles', w), BADGE_WAIT_MS),
      mentions: await B((w) => window.__bench.scan('mentions', w), BADGE_WAIT_MS),
    };
    const runs = { floor: [], titles: [], mentions: [], markjs: [] };
    const order = ['floor', 'titles', 'mentions'];
    for (let rep = 0; rep < spec.reps; rep++) {
      // Rotated, so none always runs first; none of the three changes the DOM. A full GC before
      // each: no DOM wrappers left from the last one, as a content script's own world starts.
      for (const what of [...order.slice(rep % 3), ...order.slice(0, rep % 3)]) {
        await B(() => globalThis.gc?.());
        if (what === 'floor') runs.floor.push(await B(() => window.__bench.floor()));
        else runs[what].push(await B((m, w) => window.__bench.scan(m, w), what, BADGE_WAIT_MS));
      }
    }
    // Appends next, on the page as loaded and scanned (none of the above changed its DOM), as the
    // content script meets an infinite scroll: not after mark.js has rewritten it and a clone of
    // the body has replaced it (below).
    const calibration = spec.append ? await calibrate(B) : null;
    const appendRaw = spec.append ? await appendRuns(B, APPEND_MIXES, 0) : null;
    const profile = spec.profile ? await profiles(page, B) : undefined;
    // mark.js changes the DOM: each run on a fresh copy of the page.
    for (let rep = 0; rep < spec.markReps; rep++) {
      await B(() => window.__bench.reset());
      runs.markjs.push(await B((p) => window.__bench.markjs(p.source, p.flags), phrases));
    }
    const cpu = cpuTimes(await page.tracing.stop());
    const pick = (list, key = 'ms', ids = 'id') => ({
      wall: median(list.map((x) => x[key])),
      cpu: median(list.map((x) => sumIds(cpu, x[ids]))),
      minCpu: Math.min(...list.map((x) => sumIds(cpu, x[ids]))),
    });
    const m = {
      floor: pick(runs.floor),
      titles: pick(runs.titles),
      mentions: pick(runs.mentions),
      titlesBadge: pick(runs.titles, 'deferredMs', 'deferredIds'),
      mentionsBadge: pick(runs.mentions, 'deferredMs', 'deferredIds'),
      markjs: pick(runs.markjs),
    };
    const r = {
      label: spec.label,
      info,
      reps: spec.reps,
      markReps: spec.markReps,
      // Budget figures: main-thread CPU time (medians); wall-clock medians beside them.
      floorMs: m.floor.cpu,
      titlesMs: m.titles.cpu,
      mentionsMs: m.mentions.cpu,
      titlesBadgeMs: m.titlesBadge.cpu,
      mentionsBadgeMs: m.mentionsBadge.cpu,
      markjsMs: m.markjs.cpu,
      measures: m,
      coldCpuMs: { titles: sumIds(cpu, cold.titles.id), mentions: sumIds(cpu, cold.mentions.id) },
      found: { titles: runs.titles[0].found, mentions: runs.mentions[0].found, mentionRanges: runs.mentions[0].ranges, marks: runs.markjs[0].marks },
      profile,
      raw: runs,
    };
    if (errors.length) r.errors = errors;
    results[spec.key] = r;
    log(`  ${spec.label}: ${info.elements} elements, floor ${r.floorMs.toFixed(2)} ms, titles ${r.titlesMs.toFixed(2)} ms, ` +
      `mentions ${r.mentionsMs.toFixed(2)} ms, mark.js ${r.markjsMs.toFixed(1)} ms (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    await page.close();
    if (appendRaw) {
      const loads = [{ appendRaw, fullRuns: runs, cpu, markPairMs: markPairs(calibration, cpu) }];
      for (let i = 1; i < APPEND_LOADS; i++) {
        const t1 = Date.now();
        loads.push(await appendLoad(browser, spec, script, i));
        log(`  ${spec.label}, page load ${i + 1}: the page's mix appended again (${((Date.now() - t1) / 1000).toFixed(0)} s)`);
      }
      r.append = { loads: loads.length, markPairMs: loads.map((l) => l.markPairMs), ...summariseAppend(loads) };
      // Page errors of the further loads are kept with the first's.
      for (const l of loads.slice(1)) if (l.errors.length) (r.errors ??= []).push(...l.errors);
    }
  }
  return results;
}

// Empty timed() spans, made where the append's spans are made: what a pair of marks costs by
// itself there, subtracted from every append span and from the full scan it is divided by.
const calibrate = (B, cycles = 21) => B((n, gap) => window.__bench.calibrate(n, gap), cycles, 60);
const markPairs = (calibration, cpu) =>
  Object.fromEntries(Object.entries(calibration).map(([where, ids]) => [where, median(ids.map((id) => cpu.get(id)))]));

/**
 * Page loads the appends with the page's mix are split over (half the batches on each). From one
 * load of the 5,000-card page to the next, the same code's median batch moved by ±15–20%
 * (0.28–0.47 ms in one session's runs; 0.36 against 0.28 ms in two loads of one run), more than
 * the median of 24 batches moves within a load: one load made the figure a draw. Each batch is
 * divided by its own load's full scan.
 */
const APPEND_LOADS = 2;

// Full scans per mode on a further load (the batches' divisor there; one full scan differs from
// the next by a few percent), and 11 calibration cycles instead of 21: the run's six minutes.
const APPEND_LOAD_SCANS = 3;

/**
 * A further load of the page for the appends with the page's mix: its own full scans (untimed
 * warm-up, then APPEND_LOAD_SCANS per mode), its own marks' cost, its own batches (other cards
 * than the first load's).
 */
async function appendLoad(browser, spec, script, load) {
  const { page, errors } = await posingPage(browser, new Map([[spec.url, { html: spec.html(), headers: ISOLATED }]]));
  try {
    await page.goto(spec.url, { waitUntil: 'load', timeout: 120_000 });
    await page.evaluate(script);
    const B = (fn, ...args) => page.evaluate(fn, ...args);
    await page.tracing.start({ categories: ['blink.user_timing'] });
    const fullRuns = { titles: [], mentions: [] };
    for (const mode of ['titles', 'mentions']) await B((m, w) => window.__bench.scan(m, w), mode, BADGE_WAIT_MS);
    for (let rep = 0; rep < APPEND_LOAD_SCANS; rep++) {
      for (const mode of rep % 2 ? ['mentions', 'titles'] : ['titles', 'mentions']) {
        await B(() => globalThis.gc?.());
        fullRuns[mode].push(await B((m, w) => window.__bench.scan(m, w), mode, BADGE_WAIT_MS));
      }
    }
    const calibration = await calibrate(B, 11);
    const appendRaw = await appendRuns(B, APPEND_MIXES.filter((mix) => mix.budgeted), load);
    const cpu = cpuTimes(await page.tracing.stop());
    return { appendRaw, fullRuns, cpu, markPairMs: markPairs(calibration, cpu), errors };
  } finally {
    await page.close();
  }
}

// The appended cards: the page's own mix (5% role titles, as the generated pages); then
// a stress mix, reported without a budget: 20% role titles, which loads the path that reads,
// paints and counts a found title. Batches per mode and page load, half of them per way of
// appending. The page's mix is appended on each of APPEND_LOADS loads (other cards each time),
// the stress mix on the first only. A batch costs 0.1–0.7 ms as it holds none, one or more role
// titles, so titles mode with the page's mix (the budgeted figure) is timed over 24 per way in
// all, where 12 left its median to chance (0.0133 against 0.0187 for two sets of 12 in one run).
// Each set of cards is appended both ways (the same cards under other posting ids, which way
// first alternating), and a load's sets hold the mix's share of role cards (rounded), placed at
// random: the two ways then differ only in how the cards arrive. Runs up to 2026-11-26 drew
// each way's cards apart, a random share per card; over the fixed seeds the markup batches held
// 39 role titles to the elements batches' 29 (6.5% against 4.8%), and the worse of the two ways
// (the summary line's figure) was mostly the markup one.
const APPEND_MIXES = [
  { key: 'page', budgeted: true, share: 0.05, batches: { titles: 24, mentions: 12 }, seeds: { titles: 11, mentions: 12 } },
  { key: 'stress', budgeted: false, share: 0.2, batches: { titles: 6, mentions: 6 }, seeds: { titles: 13, mentions: 14 } },
];

/** 25 cards appended again and again to the running 5,000-card page, per mix and mode. */
async function appendRuns(B, mixes, load) {
  const out = {};
  // Each mix in titles mode and in mentions mode on the same page, which grows by 25 cards a
  // batch (1,200 cards, 24%, by the last batch of the first load).
  for (const mix of mixes) {
    out[mix.key] = {};
    for (const mode of ['titles', 'mentions']) {
      const seed = mix.seeds[mode] + 100 * load;
      const sets = mix.batches[mode] / 2;
      const twins = cardBatches(sets, 25, seed, mix.share, 1);
      const batches = cardBatches(sets, 25, seed, mix.share).flatMap((html, i) => {
        const pair = [{ html, variant: 'elements' }, { html: twins[i], variant: 'markup' }];
        return i % 2 ? pair.reverse() : pair;
      });
      out[mix.key][mode] = await B((m, b, w) => window.__bench.append(m, b, w), mode, batches, BADGE_WAIT_MS);
    }
  }
  return out;
}

/**
 * Append CPU time against a full scan's (scan + any deferred callbacks), per mix, mode and
 * variant, pooled over the page loads that appended that mix: each batch is divided by the full
 * scan of its own load, and the median of those ratios is the figure. Each timed span is taken
 * less the cost of its own two marks where it runs (its load's `markPairMs`): an append is two or
 * three short spans (observer callback, pass, deferred callbacks), where those 0.04–0.1 ms each
 * would be a third of the figure; the full scan it is divided by is corrected the same way.
 */
function summariseAppend(loads) {
  return Object.fromEntries(Object.keys(loads[0].appendRaw).map((mix) => [mix, summariseMix(loads.filter((l) => l.appendRaw[mix]).map((l) => ({ ...l, raw: l.appendRaw[mix] })))]));
}

function summariseMix(loads) {
  const out = {};
  for (const mode of Object.keys(loads[0].raw)) {
    const perLoad = loads.map(({ raw, fullRuns, cpu, markPairMs }) => {
      const net = (ids) => sumIds(cpu, ids, markPairMs);
      const gross = (ids) => sumIds(cpu, ids);
      return {
        fullMs: median(fullRuns[mode].map((x) => net(x.id) + net(x.deferredIds))),
        fullRawMs: median(fullRuns[mode].map((x) => gross(x.id) + gross(x.deferredIds))),
        batches: raw[mode].map((x) => ({
          ...x,
          observerMs: net(x.observerIds),
          badgeMs: net(x.deferredIds),
          ms: net(x.observerIds) + net(x.deferredIds),
          rawMs: gross(x.observerIds) + gross(x.deferredIds),
        })),
      };
    });
    const summary = (variant) => {
      const v = perLoad.flatMap((l) => l.batches.filter((x) => x.variant === variant).map((x) => ({ ...x, full: l.fullMs, fullRaw: l.fullRawMs })));
      return {
        batches: v.length,
        perBatchMs: v.map((x) => x.ms),
        observerMs: median(v.map((x) => x.observerMs)),
        badgeMs: median(v.map((x) => x.badgeMs)),
        totalMs: median(v.map((x) => x.ms)),
        rawMs: median(v.map((x) => x.rawMs)),
        wallMs: median(v.map((x) => x.recordMs + x.flushMs + x.deferredMs)),
        ratio: median(v.map((x) => x.ms / x.full)),
        rawRatio: median(v.map((x) => x.rawMs / x.fullRaw)),
        // Each load's own figure, for the spread from load to load.
        ratioByLoad: perLoad.map((l) => median(l.batches.filter((x) => x.variant === variant).map((x) => x.ms)) / l.fullMs),
        rangesAdded: median(v.map((x) => x.ranges)),
        rangesAddedTotal: v.reduce((n, x) => n + x.ranges, 0),
      };
    };
    out[mode] = {
      fullMs: median(perLoad.map((l) => l.fullMs)),
      fullMsByLoad: perLoad.map((l) => l.fullMs),
      fullRawMs: median(perLoad.map((l) => l.fullRawMs)),
      elements: summary('elements'),
      markup: summary('markup'),
      raw: loads.map((l) => l.raw[mode]),
    };
  }
  return out;
}

/** id -> main-thread CPU ms, from the `tts` of each timed() pair of marks in the trace. */
function cpuTimes(buffer) {
  const events = JSON.parse(Buffer.from(buffer).toString('utf8')).traceEvents;
  const starts = new Map();
  const out = new Map();
  for (const e of events) {
    if (e.cat !== 'blink.user_timing' || !e.name.startsWith('bench:') || typeof e.tts !== 'number') continue;
    const id = e.name.slice(0, -2);
    if (e.name.endsWith(':s')) starts.set(id, e.tts);
    else if (e.name.endsWith(':e') && starts.has(id)) out.set(id, (e.tts - starts.get(id)) / 1000);
  }
  return out;
}

/**
 * The marks' own cost for a span, by where it ran: the observer's `record` in its callback, its
 * pass (`flush`) in a frame callback (each batch comes past the pass interval, so its pass is
 * read before the next paint), anything else in a task.
 */
const pairFor = (id, pairs) => (id.startsWith('bench:record:') ? pairs.observer : id.startsWith('bench:flush:') ? pairs.frame : pairs.timer);

/** CPU ms of the spans `ids`, each less its marks' own cost when `pairs` are given (none below zero). */
function sumIds(cpu, ids, pairs) {
  const list = Array.isArray(ids) ? ids : [ids];
  let ms = 0;
  for (const id of list) {
    const v = cpu.get(id);
    if (v === undefined) return NaN; // a mark pair missing from the trace: no figure rather than a wrong one
    ms += Math.max(0, v - (pairs ? pairFor(id, pairs) : 0));
  }
  return ms;
}

/** Profiler evidence: where a 5,000-card scan's time goes, per mode. */
async function profiles(page, B) {
  const out = {};
  const inBundle = (url) => url.endsWith(BUNDLE_URL);
  for (const mode of ['titles', 'mentions']) {
    await B(() => window.__bench.reset());
    // Three scans under one profile: more samples.
    const { profile } = await profileDuring(page, async () => {
      for (let i = 0; i < 3; i++) await B((m) => window.__bench.scan(m, 0), mode);
    }, 50);
    out[mode] = topSelf(profile, inBundle, 10);
  }
  return out;
}
