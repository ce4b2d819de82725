#!/usr/bin/env node
// `npm run bench`: Role Lens's performance budgets, measured in headless Chromium on this machine.
// See bench/README.md for what each figure is and how it is taken.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { browserPath, launch } from './lib/browser.mjs';
import { buildScanBundle, buildStackExtension, ensureExtension, readableExtension, snapshotExtension } from './lib/build.mjs';
import { phraseRegExp } from './lib/phrases.mjs';
import { buildRows, printTable, summaryLine } from './lib/report.mjs';
import { runLatency } from './sections/latency.mjs';
import { combine, loadRealPages, measureAll, profileExtension } from './sections/real-pages.mjs';
import { runScan } from './sections/scan.mjs';
import { runSize } from './sections/size.mjs';
import { runStorm } from './sections/storm.mjs';

const ROOT = process.cwd();
const PAGES_DIR = resolve(process.env.ROLE_LENS_SHARED ?? resolve(ROOT, '..', 'shared'), 'fixtures', 'pages');
const started = Date.now();
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

async function main() {
  const load = loadavg()[0];
  log(`Chromium ${browserPath()}; ${cpus().length} cores; load average ${load.toFixed(2)}`);
  if (load > cpus().length) log(`warning: the machine is busy (load ${load.toFixed(1)} on ${cpus().length} cores): timings will be slower and noisier`);

  const built = ensureExtension(ROOT, log);
  if (built.stale) log('warning: the measured build is older than its sources');
  const { dir: extDir, manifest } = await snapshotExtension(ROOT, log);
  const contentScript = manifest.content_scripts[0];
  const matches = [...new Set(manifest.content_scripts.flatMap((c) => c.matches ?? []))];
  const [bundle, stack] = await Promise.all([buildScanBundle(ROOT), buildStackExtension(ROOT, contentScript)]);
  const phrases = phraseRegExp(ROOT);
  log(`built: scan bundle ${(bundle.length / 1024).toFixed(1)} KB, stack reference ${(stack.bytes / 1024).toFixed(1)} KB`);

  const results = { date: new Date().toISOString(), loadAverage: loadavg(), cores: cpus().length, extensionVersion: manifest.version };
  results.size = await runSize({ root: ROOT, extDir, manifest, log });

  const plain = await launch();
  const withExt = await launch(extDir);
  const withStack = await launch(stack.dir);
  try {
    log('1-4 scan, mark.js, floor, append (product modules bundled for the page, no extension)');
    results.scan = await runScan({ browser: plain.browser, bundle, phrases, log });
    log('5 storm (built extension vs none)');
    results.storm = await runStorm({ plain: plain.browser, withExt: withExt.browser, log });
    log('6 hover latency (built extension)');
    results.latency = await runLatency({ browser: withExt.browser, extDir, log });
    log('8 real pages (none, built extension, stack reference; interleaved)');
    const pages = loadRealPages(PAGES_DIR);
    const measured = await measureAll({ none: plain.browser, ext: withExt.browser, stack: withStack.browser }, pages);
    results.realPages = combine(pages, matches, measured.none, measured.ext, measured.stack);
    for (const p of results.realPages) {
      log(`  ${p.file}: none ${p.noneMs.toFixed(1)} ms, extension ${p.extMs.toFixed(1)} ms, stack ${p.stackMs.toFixed(1)} ms${p.matched ? '' : ' (not matched)'}`);
    }
    // Evidence only: the same sources re-bundled unminified, so the profile names functions.
    const readable = await launch(await readableExtension(ROOT, extDir));
    try {
      const profiles = await profileExtension(readable.browser, pages);
      for (const p of results.realPages) p.profile = profiles[p.file];
    } finally {
      await readable.browser.close();
    }
  } finally {
    await Promise.all([plain, withExt, withStack].map((b) => b.browser.close().catch(() => undefined)));
  }

  const { rows, summary } = buildRows(results);
  results.summary = summary;
  results.seconds = (Date.now() - started) / 1000;
  writeFileSync(resolve(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 1)}\n`);

  console.log('');
  console.log('Where the time goes (V8 sampling profiler, self time, 3 scans of the 5,000-card page):');
  for (const mode of ['titles', 'mentions']) {
    const top = results.scan.cards5000.profile?.[mode] ?? [];
    console.log(`  ${mode}: ${top.slice(0, 6).map((t) => `${t.name} ${(t.share * 100).toFixed(0)}%`).join(', ')}`);
  }
  console.log(`  storm (extension frames): ${(results.storm.top ?? []).slice(0, 4).map((t) => `${t.name} ${t.ms} ms`).join(', ')}`);
  console.log('Real pages, one profiled visit with an unminified re-bundle of the content script (inclusive ms, profiler-inflated: shares only):');
  for (const p of results.realPages) {
    const top = (p.profile?.inclusive ?? []).filter((t) => !/^(_|__require|init)$/.test(t.name) && !t.name.includes('/'));
    console.log(`  ${p.file.split('/')[1].slice(0, 36)}: ${p.profile ? p.profile.ms.toFixed(1) : 'n/a'} ms; ${top.slice(0, 7).map((t) => `${t.name} ${t.ms}`).join(', ')}`);
  }
  for (const [what, c] of [['page-load script', results.size.pageLoadComposition], ['card code', results.size.cardComposition]]) {
    if (!c?.groups) continue;
    const total = c.totalBytes;
    console.log(`Bytes of the ${what} by origin (esbuild re-bundle, ${(total / 1024).toFixed(1)} KB; shares approximate): ` +
      c.groups.slice(0, 7).map((g) => `${g.name} ${((g.bytes / total) * 100).toFixed(0)}%`).join(', '));
  }
  console.log('');
  printTable(rows, console.log);
  console.log(`(${results.seconds.toFixed(0)} s; medians; KB = 1,024 bytes; results in bench-results.json)`);
  console.log(summaryLine(summary));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
