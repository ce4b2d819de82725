// The printed table (figures with their budgets, PASS/FAIL) and the closing summary line.

export const BUDGETS = {
  scanVsMarkjs: 0.05,
  scanVsFloor: 1.5,
  titlesVsFloor: 0.75,
  appendVsFull: 0.02,
  stormBusyPercent: 2,
  hoverLaterMs: 50,
  hoverFirstMs: 150,
  pageLoadKB: 55,
  pageLoadGzipKB: 19,
  cardKB: 60,
  cardGzipKB: 22,
  realVsStack: 1.5,
};

const KB = 1024;
const fmt = (x, d = 2) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const verdict = (value, budget) => (typeof value === 'number' && Number.isFinite(value) ? (value <= budget ? 'PASS' : 'FAIL') : 'n/a');

/** Rows: [section, what, figure, budget, verdict]. */
export function buildRows(r) {
  const rows = [];
  const row = (section, what, figure, budget = '', v = '') => rows.push([section, what, figure, budget, v]);
  const s5 = r.scan.cards5000;
  const ratios = {
    scanVsMarkjs: s5.mentionsMs / s5.markjsMs,
    scanVsFloor: s5.mentionsMs / s5.floorMs,
    titlesVsFloor: s5.titlesMs / s5.floorMs,
  };
  for (const key of ['cards100', 'cards1000', 'cards5000', 'description']) {
    const p = r.scan[key];
    row('scan', `${p.label} (${p.info.elements} el.)`,
      `titles ${fmt(p.titlesMs)} ms, mentions ${fmt(p.mentionsMs)} ms, floor ${fmt(p.floorMs)} ms, mark.js ${fmt(p.markjsMs, 1)} ms`);
    row('', '  ratios', `mentions/mark.js ${fmt(p.mentionsMs / p.markjsMs, 3)}, mentions/floor ${fmt(p.mentionsMs / p.floorMs)}, titles/floor ${fmt(p.titlesMs / p.floorMs)}`);
    row('', '  found', `${p.found.titles} titles; ${p.found.mentions} with mentions; mark.js ${p.found.marks} marks; first (cold) titles scan ${fmt(p.coldCpuMs.titles)} ms; deferred callbacks +${fmt(p.titlesBadgeMs)} ms`);
  }
  row('1 scan', 'mentions / mark.js, 5,000 cards', fmt(ratios.scanVsMarkjs, 3), `<= ${BUDGETS.scanVsMarkjs}`, verdict(ratios.scanVsMarkjs, BUDGETS.scanVsMarkjs));
  row('1 scan', 'mentions / floor, 5,000 cards', fmt(ratios.scanVsFloor), `<= ${BUDGETS.scanVsFloor}`, verdict(ratios.scanVsFloor, BUDGETS.scanVsFloor));
  row('1 scan', 'titles / floor, 5,000 cards', fmt(ratios.titlesVsFloor), `<= ${BUDGETS.titlesVsFloor}`, verdict(ratios.titlesVsFloor, BUDGETS.titlesVsFloor));
  let appendHeadline = NaN;
  if (s5.append) {
    for (const [mix, label, budgeted] of [['page', "the page's mix (5% role titles)", true], ['stress', '20% role titles, no budget', false]]) {
      for (const mode of ['titles', 'mentions']) {
        const a = s5.append[mix][mode];
        for (const variant of ['elements', 'markup']) {
          const v = a[variant];
          const loads = a.fullMsByLoad.length;
          const byLoad = loads > 1 ? ` (by load: ${v.ratioByLoad.map((x) => fmt(x, 3)).join(', ')})` : '';
          row('4 append', `25 cards, ${label}, ${mode} mode, as ${variant}`,
            `${fmt(v.totalMs)} ms = observer ${fmt(v.observerMs)} + deferred ${fmt(v.badgeMs)}; full ${a.fullMsByLoad.map((x) => fmt(x)).join(' / ')} ms; ` +
              `ratio ${fmt(v.ratio, 3)}${byLoad} (${fmt(v.rawRatio, 3)} with the marks' own cost); median of ${v.batches} batches ` +
              `from ${loads} page load${loads > 1 ? 's, each against its own load\'s full scan' : ''}; ${v.rangesAddedTotal} ranges painted in all`,
            budgeted ? `<= ${BUDGETS.appendVsFull}` : '', budgeted ? verdict(v.ratio, BUDGETS.appendVsFull) : '');
        }
      }
    }
    const pairs = s5.append.markPairMs;
    const each = (where) => pairs.map((p) => fmt(p[where], 3)).join(' / ');
    row('4 append', '  a pair of marks by itself (subtracted from each timed span above, by where it runs; per page load)',
      `observer callback ${each('observer')} ms, frame callback ${each('frame')} ms, task ${each('timer')} ms`);
    appendHeadline = Math.max(s5.append.page.titles.elements.ratio, s5.append.page.titles.markup.ratio);
  }
  const st = r.storm;
  row('5 storm', `${fmt(st.writesPerSecond, 0)} writes/s for ${fmt(st.stormMs / 1000, 1)} s: ScriptDuration with - without extension`,
    `${fmt(st.busyPercent)}% (${fmt(st.scriptDurationWith, 1)} - ${fmt(st.scriptDurationWithout, 1)} ms)`, `<= ${BUDGETS.stormBusyPercent}%`, verdict(st.busyPercent, BUDGETS.stormBusyPercent));
  row('5 storm', '  of which in extension JS frames (profiler)', `${fmt(st.profiledPercent)}% (${fmt(st.profiledExtensionMs, 1)} ms)`);
  const lat = r.latency;
  const first = lat.status === 'ok' ? lat.firstMs : NaN;
  const later = lat.status === 'ok' ? lat.laterMs : NaN;
  row('6 latency', 'first hover (card code loaded)', lat.status === 'ok' ? `${fmt(first, 1)} ms` : lat.status, `<= ${BUDGETS.hoverFirstMs} ms`, verdict(first, BUDGETS.hoverFirstMs));
  row('6 latency', 'later hovers (median)', lat.status === 'ok' ? `${fmt(later, 1)} ms` : lat.status, `<= ${BUDGETS.hoverLaterMs} ms`, verdict(later, BUDGETS.hoverLaterMs));
  const sz = r.size;
  const pl = sz.pageLoad;
  row('7 size', `page-load ${pl.files.join('+')}`, `${fmt(pl.bytes / KB, 1)} KB`, `<= ${BUDGETS.pageLoadKB} KB`, verdict(pl.bytes / KB, BUDGETS.pageLoadKB));
  row('7 size', '  gzip -9', `${fmt(pl.gzipBytes / KB, 1)} KB`, `<= ${BUDGETS.pageLoadGzipKB} KB`, verdict(pl.gzipBytes / KB, BUDGETS.pageLoadGzipKB));
  const cd = sz.card;
  row('7 size', 'card code card.js', cd ? `${fmt(cd.bytes / KB, 1)} KB` : 'n/a', `<= ${BUDGETS.cardKB} KB`, cd ? verdict(cd.bytes / KB, BUDGETS.cardKB) : 'n/a');
  row('7 size', '  gzip -9', cd ? `${fmt(cd.gzipBytes / KB, 1)} KB` : 'n/a', `<= ${BUDGETS.cardGzipKB} KB`, cd ? verdict(cd.gzipBytes / KB, BUDGETS.cardGzipKB) : 'n/a');
  let worstReal = NaN;
  for (const p of r.realPages) {
    const figure = `+${fmt(p.extAddedMs, 1)} ms vs stack +${fmt(p.stackAddedMs, 1)} ms (none ${fmt(p.noneMs, 1)})`;
    if (!p.matched) {
      row('8 real', `${p.file} (${p.kind})`, `${figure}: no content script matches ${new URL(p.url).hostname}`, `<= ${BUDGETS.realVsStack}x`, 'n/a');
      continue;
    }
    worstReal = Number.isFinite(worstReal) ? Math.max(worstReal, p.ratio) : p.ratio;
    row('8 real', `${p.file} (${p.kind})`, `${fmt(p.ratio)}x: ${figure}`, `<= ${BUDGETS.realVsStack}x`, verdict(p.ratio, BUDGETS.realVsStack));
  }
  const summary = {
    scanVsMarkjs: ratios.scanVsMarkjs,
    scanVsFloor: ratios.scanVsFloor,
    titlesVsFloor: ratios.titlesVsFloor,
    appendVsFull: appendHeadline,
    stormBusyPercent: st.busyPercent,
    hoverLaterMs: later,
    hoverFirstMs: first,
    pageLoadKB: pl.bytes / KB,
    pageLoadGzipKB: pl.gzipBytes / KB,
    realVsStack: worstReal,
  };
  return { rows, summary };
}

export function printTable(rows, print) {
  const widths = [0, 1, 2, 3, 4].map((i) => Math.min(i === 2 ? 96 : 60, Math.max(...rows.map((r) => String(r[i]).length))));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join(' | ').trimEnd();
  print(line(['section', 'what', 'figure', 'budget', 'verdict']));
  print(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) print(line(r));
}

export function summaryLine(s) {
  const n = (x, d) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
  return (
    `bench: scan/markjs=${n(s.scanVsMarkjs, 3)} scan/floor=${n(s.scanVsFloor, 2)} titles/floor=${n(s.titlesVsFloor, 2)} ` +
    `append/full=${n(s.appendVsFull, 3)} storm-busy=${n(s.stormBusyPercent, 2)}% hover-ms=${n(s.hoverLaterMs, 1)} ` +
    `hover-first-ms=${n(s.hoverFirstMs, 1)} pageload=${n(s.pageLoadKB, 1)}KB gzip=${n(s.pageLoadGzipKB, 1)}KB real/stack=${n(s.realVsStack, 2)}`
  );
}
