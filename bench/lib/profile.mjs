// CDP sampling-profiler helpers: profile a stretch of page activity, then attribute its time.

/** Runs `fn` under the V8 sampling profiler of `page`; returns `{ result, profile }`. */
export async function profileDuring(page, fn, intervalUs = 100) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  let result;
  try {
    result = await fn();
  } finally {
    var { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    await cdp.detach();
  }
  return { result, profile };
}

/** Each sample's node id and its duration (ms), from the profile's time deltas. */
function samples(profile) {
  const out = [];
  const { samples: ids, timeDeltas } = profile;
  for (let i = 0; i < ids.length; i++) {
    // A sample's time is the gap to the next sample.
    const next = timeDeltas[i + 1] ?? 0;
    out.push([ids[i], next / 1000]);
  }
  return out;
}

function indexNodes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { byId, parent };
}

/** Milliseconds of samples whose stack holds a frame from a script whose URL passes `test`. */
export function timeInScripts(profile, test) {
  const { byId, parent } = indexNodes(profile);
  const memo = new Map();
  const inside = (id) => {
    if (memo.has(id)) return memo.get(id);
    const node = byId.get(id);
    const value = node ? test(node.callFrame.url) || (parent.has(id) && inside(parent.get(id))) : false;
    memo.set(id, value);
    return value;
  };
  let ms = 0;
  let total = 0;
  for (const [id, dt] of samples(profile)) {
    total += dt;
    if (inside(id)) ms += dt;
  }
  return { ms, total };
}

/**
 * The functions with the most self time among samples under a frame that passes `test`; a native
 * frame (querySelectorAll, closest...) is named with the script function that called it.
 */
export function topSelf(profile, test, n = 8) {
  const { byId, parent } = indexNodes(profile);
  const label = (id) => {
    const node = byId.get(id);
    const f = node.callFrame;
    if (f.url || !parent.has(id)) return f.functionName || '(anonymous)';
    const caller = byId.get(parent.get(id));
    return `${f.functionName || '(native)'} <- ${caller?.callFrame.functionName || '(anonymous)'}`;
  };
  const underTest = (id) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) if (test(byId.get(cur).callFrame.url)) return true;
    return false;
  };
  const totals = new Map();
  let all = 0;
  for (const [id, dt] of samples(profile)) {
    if (!underTest(id)) continue;
    all += dt;
    const key = label(id);
    totals.set(key, (totals.get(key) ?? 0) + dt);
  }
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, ms]) => ({ name, ms: +ms.toFixed(2), share: all ? +(ms / all).toFixed(3) : 0 }));
}

/**
 * Inclusive time per function name among frames from scripts passing `test`: a sample counts for
 * every named function on its stack (once each). Shows phases (main, Session, update, ...).
 */
export function topInclusive(profile, test, n = 8, skip = /^(\(anonymous\)|\(program\)|\(root\)|)$/) {
  const { byId, parent } = indexNodes(profile);
  const totals = new Map();
  for (const [id, dt] of samples(profile)) {
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const f = byId.get(cur).callFrame;
      if (!test(f.url) || skip.test(f.functionName) || seen.has(f.functionName)) continue;
      seen.add(f.functionName);
      totals.set(f.functionName, (totals.get(f.functionName) ?? 0) + dt);
    }
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => ({ name, ms: +ms.toFixed(2) }));
}
