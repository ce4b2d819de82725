import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HighlightPainter } from '@/utils/highlight/painter';
import type { Found } from '@/utils/scan/tracker';

// happy-dom has no CSS Custom Highlight API: a Highlight is a set of ranges, as in Chromium.
const hadHighlight = 'Highlight' in globalThis;
beforeAll(() => {
  if (!hadHighlight) (globalThis as { Highlight?: unknown }).Highlight = class extends Set<AbstractRange> {};
});
afterAll(() => {
  if (!hadHighlight) delete (globalThis as { Highlight?: unknown }).Highlight;
});

const range = () => document.createRange();
const found = (roleIds: string[], ranges: (Range | undefined)[]): Found => ({
  kind: 'title',
  element: document.body,
  text: 'Program Manager / Account Manager',
  matches: roleIds.map((roleId) => ({ roleId, start: 0, end: 1, text: 'x' })),
  ranges: ranges as Range[],
});

// Program managers shown in amber; account managers switched off.
const shownAmber = (roleId: string) => (roleId === 'program-manager' ? 'role-lens-amber' : null);

describe('the highlight painter', () => {
  it('paints the ranges of shown roles only, and says whether any role of the title is shown', () => {
    const registry = new Map<string, Highlight>();
    const painter = new HighlightPainter(registry, shownAmber);
    const [program, account] = [range(), range()];
    expect(painter.add(found(['program-manager', 'account-manager'], [program, account]))).toBe(true);
    expect([...(registry.get('role-lens-amber') as unknown as Set<Range>)]).toEqual([program]);
    expect(registry.size).toBe(1);

    // A title naming only a role switched off: nothing painted, and not counted as shown.
    expect(painter.add(found(['account-manager'], [range()]))).toBe(false);
    expect((registry.get('role-lens-amber') as unknown as Set<Range>).size).toBe(1);

    // Shown even when its range could not be made (nothing to paint, but the title counts).
    expect(painter.add(found(['program-manager'], [undefined]))).toBe(true);
    expect((registry.get('role-lens-amber') as unknown as Set<Range>).size).toBe(1);
  });

  it('takes its ranges back, and all its highlights on clear', () => {
    const registry = new Map<string, Highlight>();
    const painter = new HighlightPainter(registry, shownAmber);
    const a = found(['program-manager'], [range()]);
    const b = found(['program-manager'], [range()]);
    painter.add(a);
    painter.add(b);
    painter.remove(a);
    expect([...(registry.get('role-lens-amber') as unknown as Set<Range>)]).toEqual(b.ranges);
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('repaints under new settings: another colour, a role switched back on', () => {
    const registry = new Map<string, Highlight>();
    const painter = new HighlightPainter(registry, shownAmber);
    const both = found(['program-manager', 'account-manager'], [range(), range()]);
    painter.add(both);
    painter.repaint([both], (roleId) => (roleId === 'program-manager' ? 'role-lens-teal' : 'role-lens-rose'));
    expect([...registry.keys()].sort()).toEqual(['role-lens-rose', 'role-lens-teal']);
    expect([...(registry.get('role-lens-rose') as unknown as Set<Range>)]).toEqual([both.ranges[1]]);
  });
});
