import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_GRACE_MS, HoverIntent } from '@/utils/content/hover';
import type { Found } from '@/utils/scan/tracker';

function setup() {
  vi.useFakeTimers();
  const title = document.createElement('h2');
  document.body.append(title);
  const found = { element: title } as unknown as Found;
  let overTitle = false;
  const events: string[] = [];
  const intent = new HoverIntent({
    doc: document,
    foundFor: (el) => (el === title ? found : undefined),
    hoverDelayMs: () => 300,
    cardHost: () => null,
    onIntent: ({ viaKeyboard }) => events.push(viaKeyboard ? 'open:keyboard' : 'open'),
    onEnter: () => events.push('enter'),
    onLeave: () => events.push('close'),
  });
  // happy-dom has no layout: the hit-test is what decides "over the title".
  vi.spyOn(intent, 'titleAt').mockImplementation(() => (overTitle ? found : undefined));
  return { intent, events, found, setOver: (v: boolean) => (overTitle = v) };
}

afterEach(() => vi.useRealTimers());

describe('HoverIntent', () => {
  it('opens only after the pointer rests on a title for the hover delay', () => {
    const { intent, events, setOver } = setup();
    setOver(true);
    intent.pointerAt(10, 10, null);
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['enter']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['enter', 'open']);
  });

  it('does not open when the pointer passes over quickly', () => {
    const { intent, events, setOver } = setup();
    setOver(true);
    intent.pointerAt(10, 10, null);
    vi.advanceTimersByTime(100);
    setOver(false);
    intent.pointerAt(500, 500, null);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['enter']);
  });

  it('closes after a grace period once the pointer leaves, and stays if it comes back', () => {
    const { intent, events, setOver } = setup();
    setOver(true);
    intent.pointerAt(10, 10, null);
    vi.advanceTimersByTime(300);
    setOver(false);
    intent.pointerAt(500, 500, null);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 50);
    setOver(true);
    intent.pointerAt(10, 10, null);
    vi.advanceTimersByTime(CLOSE_GRACE_MS * 2);
    expect(events).toEqual(['enter', 'open']);
    setOver(false);
    intent.pointerAt(500, 500, null);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(events).toEqual(['enter', 'open', 'close']);
  });

  it('opens at once on keyboard focus', () => {
    const { intent, events, found } = setup();
    intent.focused(found);
    expect(events).toEqual(['open:keyboard']);
  });
});
