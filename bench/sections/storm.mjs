// Section 5: a page rewriting a ticker ~1,000 times a second for 3 s, with the built extension
// loaded (posed under a LinkedIn search URL so the production manifest applies). The extension's
// share is read two ways: the V8 sampling profiler, attributing every sample whose stack holds a
// chrome-extension:// frame; and CDP ScriptDuration with minus without the extension. The
// budget figure is the ScriptDuration difference (unprofiled runs): it also counts the cost of
// calling into the extension's world, which no JS frame shows; the profile says where it goes.
import { median, posingPage, sleep } from '../lib/browser.mjs';
import { SEARCH_URL, stormPage } from '../lib/pages.mjs';
import { profileDuring, timeInScripts, topSelf } from '../lib/profile.mjs';

const STORM_MS = 3000;
const URL_ = `${SEARCH_URL(100)}&storm=1`;

async function scriptDuration(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration').value * 1000;
}

/** One storm in a fresh tab; with `withProfile`, under the sampling profiler. */
async function oneStorm(browser, withProfile = false) {
  const { page, errors } = await posingPage(browser, new Map([[URL_, { html: stormPage(100) }]]));
  await page.goto(URL_, { waitUntil: 'load' });
  // Let the content script's first scan and badge report finish: only the storm is measured.
  await sleep(1200);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const before = await scriptDuration(cdp);
  const run = () => page.evaluate((ms) => window.__storm(ms), STORM_MS);
  const isExt = (url) => url.startsWith('chrome-extension://');
  let storm;
  let extension = null;
  let top = null;
  if (withProfile) {
    const { result, profile } = await profileDuring(page, run, 200);
    storm = result;
    extension = timeInScripts(profile, isExt);
    top = topSelf(profile, isExt, 6);
  } else storm = await run();
  const scriptMs = (await scriptDuration(cdp)) - before;
  await cdp.detach();
  await page.close();
  return { storm, scriptMs, extension, top, errors };
}

export async function runStorm({ plain, withExt, reps = 3, log }) {
  const base = [];
  const ext = [];
  for (let i = 0; i < reps; i++) {
    base.push(await oneStorm(plain));
    ext.push(await oneStorm(withExt));
  }
  const profiled = await oneStorm(withExt, true);
  const wall = median(ext.map((r) => r.storm.ms));
  const writesPerSecond = median([...base, ...ext].map((r) => (r.storm.writes / r.storm.ms) * 1000));
  const scriptDurationWith = median(ext.map((r) => r.scriptMs));
  const scriptDurationWithout = median(base.map((r) => r.scriptMs));
  const extensionMs = scriptDurationWith - scriptDurationWithout;
  const result = {
    stormMs: wall,
    writesPerSecond,
    extensionMs,
    busyPercent: (extensionMs / wall) * 100,
    scriptDurationWith,
    scriptDurationWithout,
    profiledExtensionMs: profiled.extension.ms,
    profiledPercent: (profiled.extension.ms / profiled.storm.ms) * 100,
    top: profiled.top,
    raw: { base, ext, profiled: { ...profiled, top: undefined } },
  };
  log(`  storm: ${writesPerSecond.toFixed(0)} writes/s; ScriptDuration with ${scriptDurationWith.toFixed(1)} ms, without ` +
    `${scriptDurationWithout.toFixed(1)} ms: ${result.busyPercent.toFixed(2)}% of ${wall.toFixed(0)} ms; in extension frames (profiler) ${result.profiledPercent.toFixed(2)}%`);
  return result;
}
