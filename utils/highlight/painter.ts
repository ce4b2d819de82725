import type { Found } from '../scan/tracker';

/** The CSS Custom Highlight registry, or the part of it Role Lens uses (tests pass a Map). */
export type HighlightRegistryLike = Pick<Map<string, Highlight>, 'get' | 'set' | 'delete'>;

/**
 * Paints found titles through the CSS Custom Highlight API: ranges in named highlights, styled by
 * `::highlight(name)` rules in the manifest CSS. No node of the page is touched.
 */
export class HighlightPainter {
  #painted = new Map<Range, string>();

  constructor(
    private readonly registry: HighlightRegistryLike,
    /** The highlight name for a role, or null when that role is not to be highlighted. */
    private highlightNameFor: (roleId: string, kind: Found['kind']) => string | null,
  ) {}

  /** Paints what the settings show of `found`; returns whether any of its roles is shown. */
  add(found: Found): boolean {
    const { matches, ranges, kind } = found;
    let shown = false;
    for (let i = 0; i < matches.length; i++) {
      const name = this.highlightNameFor(matches[i]!.roleId, kind);
      if (!name) continue;
      shown = true;
      const range = ranges[i];
      if (!range) continue;
      let highlight = this.registry.get(name);
      if (!highlight) {
        highlight = new Highlight();
        this.registry.set(name, highlight);
      }
      highlight.add(range);
      this.#painted.set(range, name);
    }
    return shown;
  }

  remove(found: Found): void {
    for (const range of found.ranges) {
      const name = this.#painted.get(range);
      if (name === undefined) continue;
      this.registry.get(name)?.delete(range);
      this.#painted.delete(range);
    }
  }

  /** Removes every range Role Lens painted, and its highlights from the registry. */
  clear(): void {
    for (const name of new Set(this.#painted.values())) this.registry.delete(name);
    this.#painted.clear();
  }

  /** Repaints after a settings change (colours, roles switched off). */
  repaint(all: Iterable<Found>, highlightNameFor = this.highlightNameFor): void {
    this.clear();
    this.highlightNameFor = highlightNameFor;
    for (const found of all) this.add(found);
  }
}
