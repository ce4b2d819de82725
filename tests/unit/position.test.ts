import { afterEach, describe, expect, it, vi } from 'vitest';
import { followAnchor } from '@/utils/card/position';

// A document that removed its body and renders under <html> (the path Floating UI cannot take):
// the card is placed by hand there, and closes when its title leaves the viewport.
describe('a card following its title in a document without a body', () => {
  const restore: (() => void)[] = [];
  afterEach(() => {
    restore.splice(0).forEach((undo) => undo());
  });

  function setUp(titleTop: number) {
    const body = document.body;
    body.remove();
    restore.push(() => document.documentElement.append(body));
    const anchor = document.createElement('h3');
    const host = document.createElement('div');
    document.documentElement.append(anchor, host);
    restore.push(() => {
      anchor.remove();
      host.remove();
    });
    let top = titleTop;
    anchor.getBoundingClientRect = () => DOMRect.fromRect({ x: 20, y: top, width: 200, height: 24 });
    host.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 0, width: 300, height: 200 });
    return { anchor, host, scrollTitleTo: (y: number) => (top = y) };
  }

  it('places the card below a title in view, and asks to close once a scroll takes the title away', async () => {
    const { anchor, host, scrollTitleTo } = setUp(100);
    const hidden = vi.fn();
    const stop = followAnchor(anchor, host, hidden);
    restore.push(stop);
    expect(hidden).not.toHaveBeenCalled();
    expect(host.style.getPropertyValue('--rl-y')).toBe(`${100 + 24 + 6}px`);

    scrollTitleTo(-200);
    window.dispatchEvent(new Event('scroll'));
    await Promise.resolve();
    expect(hidden).toHaveBeenCalledTimes(1);
  });

  it('asks to close a card whose title is below the viewport, once the caller holds the cleanup', async () => {
    const { anchor, host } = setUp(window.innerHeight + 50);
    const hidden = vi.fn();
    restore.push(followAnchor(anchor, host, hidden));
    expect(hidden).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(hidden).toHaveBeenCalledTimes(1);
  });
});
