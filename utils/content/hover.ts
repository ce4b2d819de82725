import type { Found } from '../scan/tracker';

/** How long the pointer may be away from both the title and the card before the card closes. */
export const CLOSE_GRACE_MS = 300;
// A little slack around the drawn text, so the edge of a glyph still counts as the title.
const HIT_SLOP_PX = 2;

export interface HoverTarget {
  found: Found;
  viaKeyboard: boolean;
}

export interface HoverOptions {
  doc: Document;
  /** The tracked title for an element, if it is one. */
  foundFor: (element: Element) => Found | undefined;
  /** Every tracked title element (to skip the page's hit-test when the pointer is near none). */
  titleElements?: () => Iterable<Element>;
  hoverDelayMs: () => number;
  /** The open card's host, to keep the card open while the pointer is on it. */
  cardHost: () => Element | null;
  /** The pointer rested on a title (or a title's link took focus): show its card. */
  onIntent: (target: HoverTarget) => void;
  /** The pointer preloads when it enters a title, before the intent delay ends. */
  onEnter: (found: Found) => void;
  onLeave: () => void;
  setTimer?: (fn: () => void, ms: number) => number;
  clearTimer?: (id: number) => void;
}

/**
 * The text nodes of an element that are drawn where they sit. Text in a visually hidden box (the
 * 1-pixel "sr-only" copy LinkedIn puts in its card-wide link, Indeed's " - job post" suffix) still
 * has line boxes spilling out of that pixel; those are not the title as drawn.
 */
export function* visibleTextNodes(element: Element): Generator<Text> {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let lastParent: Element | null = null;
  let parentVisible = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || !node.data.trim()) continue;
    if (parent !== lastParent) {
      lastParent = parent;
      const box = parent.getBoundingClientRect();
      parentVisible = box.width > 1 && box.height > 1;
    }
    if (parentVisible) yield node;
  }
}

/** The title as a sighted reader sees it, whitespace folded. */
export function visibleText(element: Element): string {
  let text = '';
  for (const node of visibleTextNodes(element)) text += node.data;
  return text.replace(/\s+/g, ' ').trim();
}

/** True when (x, y) lies on the title as drawn: any line box of its visible text. */
export function pointOnElement(element: Element, x: number, y: number): boolean {
  const range = element.ownerDocument.createRange();
  for (const node of visibleTextNodes(element)) {
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) {
      if (
        x >= rect.left - HIT_SLOP_PX &&
        x <= rect.right + HIT_SLOP_PX &&
        y >= rect.top - HIT_SLOP_PX &&
        y <= rect.bottom + HIT_SLOP_PX
      ) {
        return true;
      }
    }
  }
  return false;
}

/**
 * Hover intent and dismissal (WCAG 1.4.13: dismissible, hoverable, persistent). It trusts
 * coordinates, not event targets: LinkedIn lays a transparent link over its cards, so the
 * element under the pointer is often not the title beneath it.
 */
export class HoverIntent {
  #current: Found | null = null;
  #intentTimer: number | null = null;
  #closeTimer: number | null = null;
  #open = false;
  readonly #options: HoverOptions;
  readonly #setTimer: (fn: () => void, ms: number) => number;
  readonly #clearTimer: (id: number) => void;

  constructor(options: HoverOptions) {
    this.#options = options;
    this.#setTimer = options.setTimer ?? ((fn, ms) => window.setTimeout(fn, ms));
    this.#clearTimer = options.clearTimer ?? ((id) => window.clearTimeout(id));
  }

  /** The title under a point, hit-tested against the titles' drawn boxes. */
  titleAt(x: number, y: number, target: EventTarget | null): Found | undefined {
    // Most points lie in no title's box: a few box reads tell, before any walk up the ancestors
    // (whose code, compiled on the page's first hover, costs more than the reads).
    if (!this.#nearTitle(x, y)) return undefined;
    const tried = new Set<Element>();
    const tryChain = (start: Element | null): Found | undefined => {
      for (let el = start, depth = 0; el && depth < 25; el = el.parentElement, depth++) {
        const found = this.#options.foundFor(el);
        if (found && !tried.has(el)) {
          tried.add(el);
          if (pointOnElement(el, x, y)) return found;
        }
      }
      return undefined;
    };
    const fromTarget = tryChain(target instanceof Element ? target : null);
    if (fromTarget) return fromTarget;
    // Under an overlay: look at every element stacked at the point.
    for (const el of this.#options.doc.elementsFromPoint(x, y)) {
      const found = tryChain(el);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * Whether (x, y) lies in some tracked title's box. Reading a few boxes costs less than asking
   * the page for every element at a point, on every frame the pointer moves or the page scrolls.
   * Past 100 titles the boxes are not read: the full hit-test is run.
   */
  #nearTitle(x: number, y: number): boolean {
    const titles = this.#options.titleElements?.();
    if (!titles) return true;
    let count = 0;
    for (const el of titles) {
      if (++count > 100) return true;
      const box = el.getBoundingClientRect();
      if (x >= box.left - HIT_SLOP_PX && x <= box.right + HIT_SLOP_PX && y >= box.top - HIT_SLOP_PX && y <= box.bottom + HIT_SLOP_PX) return true;
    }
    return false;
  }

  /** Called with the latest pointer position (at most once per frame). */
  pointerAt(x: number, y: number, target: EventTarget | null): void {
    const host = this.#options.cardHost();
    if (host && target instanceof Node && host.contains(target)) {
      this.#cancelClose();
      return;
    }
    const found = this.titleAt(x, y, target);
    if (found) {
      this.#cancelClose();
      if (found !== this.#current) {
        this.#current = found;
        this.#cancelIntent();
        this.#options.onEnter(found);
        if (this.#open) this.#options.onIntent({ found, viaKeyboard: false });
        else this.#intentTimer = this.#setTimer(() => this.#fire(found), this.#options.hoverDelayMs());
      }
      return;
    }
    if (this.#current && !this.#open) {
      this.#cancelIntent();
      this.#current = null;
    } else if (this.#open) this.#scheduleClose();
  }

  /** The pointer left the window. */
  pointerLeftDocument(): void {
    this.#cancelIntent();
    if (this.#open) this.#scheduleClose();
    else this.#current = null;
  }

  /** A title's link took keyboard focus. */
  focused(found: Found): void {
    this.#cancelIntent();
    this.#cancelClose();
    this.#current = found;
    this.#open = true;
    this.#options.onIntent({ found, viaKeyboard: true });
  }

  /** The card was closed (Escape, button, navigation, scroll away). */
  closed(): void {
    this.#open = false;
    this.#current = null;
    this.#cancelIntent();
    this.#cancelClose();
  }

  #fire(found: Found): void {
    this.#intentTimer = null;
    if (this.#current !== found) return;
    this.#open = true;
    this.#options.onIntent({ found, viaKeyboard: false });
  }

  #scheduleClose(): void {
    if (this.#closeTimer !== null) return;
    this.#closeTimer = this.#setTimer(() => {
      this.#closeTimer = null;
      this.closed();
      this.#options.onLeave();
    }, CLOSE_GRACE_MS);
  }

  #cancelClose(): void {
    if (this.#closeTimer !== null) this.#clearTimer(this.#closeTimer);
    this.#closeTimer = null;
  }

  #cancelIntent(): void {
    if (this.#intentTimer !== null) this.#clearTimer(this.#intentTimer);
    this.#intentTimer = null;
  }
}
