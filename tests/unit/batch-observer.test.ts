import { afterEach, describe, expect, it, vi } from 'vitest';
import { BatchObserver, MIN_PASS_INTERVAL_MS } from '@/utils/scan/batch-observer';

/** A clock and timer queue the test advances by hand. */
function manualTime() {
  let now = 0;
  const timers: { at: number; fn: () => void }[] = [];
  const frames = { requested: 0 };
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => timers.push({ at: now + ms, fn }),
    // A frame callback: runs on the next advance, like a frame drawn before the clock moves on.
    beforePaint: (fn: () => void) => {
      frames.requested++;
      timers.push({ at: now, fn });
    },
    frames,
    pending: () => timers.length,
    advance(ms: number) {
      now += ms;
      for (let t = timers.findIndex((x) => x.at <= now); t >= 0; t = timers.findIndex((x) => x.at <= now)) {
        timers.splice(t, 1)[0]!.fn();
      }
    },
  };
}

const microtasks = () => new Promise((r) => setTimeout(r, 0));

describe('BatchObserver', () => {
  it('reads the first change at once, then coalesces a storm into one pass per 250 ms', async () => {
    const time = manualTime();
    const batches: number[] = [];
    const observer = new BatchObserver({
      onBatch: (roots) => batches.push(roots.size),
      now: time.now,
      setTimer: time.setTimer,
      beforePaint: time.beforePaint,
    });
    const host = document.createElement('div');
    document.body.append(host);
    observer.observe(document.body);

    host.append(document.createElement('p'));
    await microtasks();
    expect(batches).toEqual([]);
    // Read before the next paint: a frame callback, not a timer.
    expect(time.frames.requested).toBe(1);
    time.advance(0);
    expect(batches).toEqual([1]);

    // A storm: 100 changes within the next 250 ms make one pass, not 100.
    for (let i = 0; i < 100; i++) {
      host.append(document.createElement('span'));
      await microtasks();
      time.advance(1);
    }
    expect(batches.length).toBeLessThanOrEqual(2);
    time.advance(MIN_PASS_INTERVAL_MS);
    expect(batches.slice(1).reduce((a, b) => a + b, 0)).toBe(100);
    expect(time.pending()).toBe(0);
    // The storm's passes waited on timers; the first change after a quiet spell is read on a frame.
    expect(time.frames.requested).toBe(1);
    time.advance(MIN_PASS_INTERVAL_MS);
    host.append(document.createElement('p'));
    await microtasks();
    expect(time.frames.requested).toBe(2);
    time.advance(0);
    expect(batches.at(-1)).toBe(1);
    observer.disconnect();
  });

  it('reports an added element as itself and a text change by its parent', async () => {
    const time = manualTime();
    const seen: Element[][] = [];
    const observer = new BatchObserver({
      onBatch: (roots) => seen.push([...roots]),
      now: time.now,
      setTimer: time.setTimer,
      beforePaint: time.beforePaint,
    });
    const title = document.createElement('h2');
    title.textContent = 'Account Executive';
    document.body.append(title);
    observer.observe(document.body);
    const added = document.createElement('section');
    document.body.append(added);
    title.firstChild!.textContent = 'Account Manager';
    await microtasks();
    time.advance(0);
    expect(seen).toEqual([[added, title]]);
    observer.disconnect();
  });
  describe('in a background tab', () => {
    /** Makes the document report `state`, and tells its listeners as the browser does. */
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    afterEach(() => {
      delete (document as { visibilityState?: unknown }).visibilityState;
      delete (document as { hidden?: unknown }).hidden;
      vi.restoreAllMocks();
    });

    it('reads a change on a task while hidden (no frames are drawn), and before the next paint once shown', async () => {
      const frames = vi.spyOn(window, 'requestAnimationFrame');
      const batches: number[] = [];
      const observer = new BatchObserver({ onBatch: (roots) => batches.push(roots.size) });
      const host = document.createElement('div');
      document.body.append(host);
      setVisibility('hidden');
      observer.observe(document.body);

      host.append(document.createElement('p'));
      await new Promise((r) => setTimeout(r, 10));
      expect(batches).toEqual([1]);
      expect(frames).not.toHaveBeenCalled();

      // Shown again, after the pass interval: the next change waits for a frame.
      setVisibility('visible');
      await new Promise((r) => setTimeout(r, MIN_PASS_INTERVAL_MS + 10));
      host.append(document.createElement('p'));
      await new Promise((r) => setTimeout(r, 0));
      expect(frames).toHaveBeenCalledTimes(1);
      observer.disconnect();
    });

    it('reads the visibility afresh when observing again after a disconnect', async () => {
      const batches: number[] = [];
      const observer = new BatchObserver({ onBatch: (roots) => batches.push(roots.size) });
      observer.observe(document.body);
      observer.disconnect();
      // Hidden while nothing listened: the second observe asks the document.
      setVisibility('hidden');
      const frames = vi.spyOn(window, 'requestAnimationFrame');
      observer.observe(document.body);
      document.body.append(document.createElement('p'));
      await new Promise((r) => setTimeout(r, 10));
      expect(batches).toEqual([1]);
      expect(frames).not.toHaveBeenCalled();
      observer.disconnect();
    });
  });
});
