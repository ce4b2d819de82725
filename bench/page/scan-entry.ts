// Runs inside the benchmark page. Bundled by esbuild from the product's own modules (Session,
// PageScan, FoundTracker, BatchObserver, HighlightPainter, the adapters and the role data): the
// same code the content script runs, wired the same way, minus the browser.* storage and
// messaging calls. Exposes window.__bench for the node driver (bench/sections/scan.mjs).
import { Session } from '@/utils/content/session';
import { BatchObserver, MIN_PASS_INTERVAL_MS } from '@/utils/scan/batch-observer';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/schema';

type Mode = 'titles' | 'mentions';
declare const Mark: new (context: Element) => {
  markRegExp(re: RegExp, options: { done?: (n: number) => void }): void;
};

let pristineBody: HTMLElement | null = null;
/** Time spent in the content script's deferred callbacks (timers, frames it requested). */
let deferredMs = 0;
let deferredIds: string[] = [];
/** Deferred callbacks scheduled through the context that have not run yet. */
let pendingDeferred = 0;

/**
 * Runs `fn` between two performance marks: the node side reads the marks' thread timestamps from
 * a trace (`tts`: the main thread's CPU clock), so CPU time is known apart from wall time, which
 * on a busy machine also counts the time the thread waited for a core.
 */
let seq = 0;
function timed<T>(label: string, fn: () => T): { value: T; ms: number; id: string } {
  const id = `bench:${label}:${++seq}`;
  performance.mark(`${id}:s`);
  const t = performance.now();
  try {
    const value = fn();
    return { value, ms: performance.now() - t, id };
  } finally {
    performance.mark(`${id}:e`);
  }
}

/** The slice of WXT's ContentScriptContext that Session uses, undone by `invalidate()`. */
function fakeContext() {
  const abort = new AbortController();
  const timers = new Set<number>();
  const invalidated: (() => void)[] = [];
  // Counted as pending when scheduled, timed when run.
  const deferred = <A extends unknown[]>(fn: (...args: A) => void) => {
    pendingDeferred++;
    return (...args: A) => {
      pendingDeferred--;
      const { ms, id } = timed('deferred', () => fn(...args));
      deferredMs += ms;
      deferredIds.push(id);
    };
  };
  const ctx = {
    isValid: true,
    signal: abort.signal,
    addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) {
      target.addEventListener(type, handler, { ...options, signal: abort.signal });
    },
    setTimeout(fn: () => void, ms?: number) {
      const id = window.setTimeout(deferred(fn), ms);
      timers.add(id);
      return id;
    },
    requestAnimationFrame(fn: FrameRequestCallback) {
      return window.requestAnimationFrame(deferred(fn));
    },
    onInvalidated(fn: () => void) {
      invalidated.push(fn);
      return () => undefined;
    },
  };
  const invalidate = () => {
    ctx.isValid = false;
    abort.abort();
    for (const id of timers) clearTimeout(id);
    pendingDeferred = 0;
    for (const fn of invalidated) fn();
  };
  return { ctx, invalidate };
}

function settingsFor(mode: Mode): Settings {
  return { ...DEFAULT_SETTINGS, highlightMentions: mode === 'mentions' };
}

let live: { session: Session; invalidate: () => void } | null = null;

/** What content.ts does once settings are read: build the Session and apply the settings. */
function startSession(mode: Mode): { ms: number; id: string } {
  const { ctx, invalidate } = fakeContext();
  const settings = settingsFor(mode);
  const { value: session, ms, id } = timed(`scan-${mode}`, () => {
    const session = new Session({
      ctx: ctx as never,
      doc: document,
      registry: CSS.highlights,
      settings,
      injectCard: () => Promise.resolve(),
      reportBadge: () => undefined,
    });
    session.apply(settings);
    return session;
  });
  live = { session, invalidate };
  return { ms, id };
}

function stopSession(): void {
  if (!live) return;
  live.invalidate();
  live = null;
  CSS.highlights.clear();
}

const highlighted = () => {
  let ranges = 0;
  for (const [, h] of CSS.highlights) ranges += (h as unknown as Set<Range>).size;
  return ranges;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const nextFrame = () => new Promise((r) => requestAnimationFrame(r));

/**
 * Waits for the deferred callbacks a pass scheduled through the context (a badge timer) to run,
 * so they are timed with it: a frame and 20 ms (work chained through promises or frames is
 * scheduled by then), then until none is pending, at most `maxMs` in all. The hover's hit-test
 * goes around the context, but runs only after a pointer moved over the page: none moves here.
 */
async function settle(maxMs: number): Promise<void> {
  const start = performance.now();
  await nextFrame();
  await sleep(20);
  while (pendingDeferred > 0 && performance.now() - start < maxMs) await sleep(10);
}

// Instrument the observer's two entry points on the prototype the product's PageScan uses.
const observerMs = { record: 0, flush: 0 };
const observerIds: string[] = [];
let flushed: (() => void) | null = null;
{
  const proto = BatchObserver.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const name of ['record', 'flush'] as const) {
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      try {
        const { value, ms, id } = timed(name, () => original.apply(this, args));
        observerMs[name] += ms;
        observerIds.push(id);
        return value;
      } finally {
        if (name === 'flush') flushed?.();
      }
    };
  }
}

function walkFloor(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  return chars;
}

const bench = {
  info: () => ({
    isolated: globalThis.crossOriginIsolated === true,
    elements: document.body.getElementsByTagName('*').length,
    textNodes: (() => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (w.nextNode()) n++;
      return n;
    })(),
  }),
  /** Keeps a copy of the freshly loaded body for the resets. */
  remember() {
    pristineBody = document.body.cloneNode(true) as HTMLElement;
  },
  /** A fresh copy of the page (untimed): no highlights, no marks; laid out before it returns. */
  async reset() {
    stopSession();
    document.body.replaceWith(pristineBody!.cloneNode(true));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    walkFloor();
    (globalThis as { gc?: () => void }).gc?.();
    await sleep(20);
  },
  floor() {
    const { value: chars, ms, id } = timed('floor', walkFloor);
    return { ms, id, chars };
  },
  /** One full scan as the content script does it; waits for any deferred callbacks. */
  async scan(mode: Mode, badgeWaitMs: number) {
    const { ms, id } = startSession(mode);
    // Counted without Session.report(), which would walk the page again.
    const found = (live!.session as unknown as { scan: { tracker: { all(): unknown[] } } }).scan.tracker.all().length;
    const ranges = highlighted();
    deferredMs = 0;
    deferredIds = [];
    await sleep(badgeWaitMs);
    const deferred = { deferredMs, deferredIds };
    stopSession();
    performance.clearMarks();
    return { ms, id, ...deferred, found, ranges };
  },
  /**
   * What a pair of marks costs by itself, in each place a timed span runs: empty spans made as the
   * append's are, `n` of each, with no session running. `timer`: a task after `gapMs` idle (as a
   * deferred callback, or a full scan started by the driver). `observer`: a MutationObserver
   * callback on the list just after a card is appended to it (as `record`). `frame`: a frame
   * callback asked for in that observer callback (as `flush`, read before the next paint). Each
   * cycle as a batch's: a full GC, 20 ms idle, then the card, and past the pass interval after.
   * Measured here: ~0.08, ~0.08 and ~0.04 ms.
   */
  async calibrate(n: number, gapMs: number) {
    stopSession();
    const ids = { timer: [] as string[], observer: [] as string[], frame: [] as string[] };
    for (let i = 0; i < n; i++) {
      await sleep(gapMs);
      ids.timer.push(timed('empty', () => undefined).id);
    }
    const list = document.querySelector('.jobs-search__results-list')!;
    let framed: (() => void) | null = null;
    const observer = new MutationObserver(() => {
      ids.observer.push(timed('empty', () => undefined).id);
      requestAnimationFrame(() => {
        ids.frame.push(timed('empty', () => undefined).id);
        framed?.();
      });
    });
    for (let i = 0; i < n; i++) {
      const card = document.createElement('li');
      card.textContent = 'Calibration card';
      (globalThis as { gc?: () => void }).gc?.();
      await sleep(20);
      observer.observe(list, { childList: true });
      const done = new Promise<void>((r) => (framed = r));
      list.append(card);
      await done;
      observer.disconnect();
      card.remove();
      await sleep(MIN_PASS_INTERVAL_MS + 20);
    }
    return ids;
  },
  markjs(source: string, flags: string) {
    let done = -1;
    const { ms, id } = timed('markjs', () =>
      new Mark(document.body).markRegExp(new RegExp(source, flags), { done: (n) => (done = n) }),
    );
    if (done < 0) throw new Error('mark.js finished asynchronously: its time would be wrong');
    return { ms, id, marks: done };
  },
  /**
   * Batches of cards appended one after another to the running page, each read through the
   * observer path. `elements`: the cards alone (as a framework inserts them); `markup`: an HTML
   * fragment with the whitespace between cards (as a server-rendered "see more" page inserts it).
   */
  async append(mode: Mode, batches: { html: string; variant: 'elements' | 'markup' }[], badgeWaitMs: number) {
    const list = document.querySelector('.jobs-search__results-list')!;
    // The bench's own generated markup, parsed as a server-rendered fragment would be, each batch
    // just before it is appended, as a page builds the cards it inserts: parsed all at once up
    // front, long before their turn, the cards sat cold in memory, as no page's new cards do (that
    // made a batch ~7% dearer, measured A/B). A batch's parse allocates a few dozen wrappers, after
    // a full GC: no collection falls in a timed span. `elements`: the cards alone; `markup`: every
    // node, the whitespace included.
    const parse = (html: string, variant: 'elements' | 'markup') => {
      const parsed = new DOMParser().parseFromString(`<ul>${html}</ul>`, 'text/html').body.firstElementChild!;
      return [...(variant === 'elements' ? parsed.children : parsed.childNodes)].map((node) => document.adoptNode(node));
    };
    startSession(mode);
    await sleep(badgeWaitMs + 300);
    const runs: { variant: string; recordMs: number; flushMs: number; deferredMs: number; observerIds: string[]; deferredIds: string[]; ranges: number }[] = [];
    for (const { html, variant } of batches) {
      // A full GC first, as before each full scan: the page's garbage is not the batch's cost.
      (globalThis as { gc?: () => void }).gc?.();
      await sleep(20);
      const nodes = parse(html, variant);
      observerMs.record = 0;
      observerMs.flush = 0;
      observerIds.length = 0;
      deferredMs = 0;
      deferredIds = [];
      const before = highlighted();
      const done = new Promise<void>((r) => (flushed = r));
      list.append(...nodes);
      await done;
      const passEnd = performance.now();
      flushed = null;
      await settle(badgeWaitMs);
      runs.push({
        variant,
        recordMs: observerMs.record,
        flushMs: observerMs.flush,
        deferredMs,
        observerIds: [...observerIds],
        deferredIds: [...deferredIds],
        ranges: highlighted() - before,
      });
      // Past the observer's pass interval: the next append is read like a fresh change, before
      // the next paint, after the page has idled.
      await sleep(passEnd + MIN_PASS_INTERVAL_MS + 20 - performance.now());
    }
    stopSession();
    return runs;
  },
};

(globalThis as unknown as { __bench: typeof bench }).__bench = bench;
