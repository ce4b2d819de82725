/**
 * Keeps the card's host next to its title while the card is open, with Floating UI.
 *
 * The position reaches the host through custom properties (`--rl-x`, `--rl-y`, `--rl-max-height`)
 * rather than `left`/`top`: the host's `all: initial !important` reset in the shadow stylesheet
 * out-ranks any style the page side sets on the host, but `all` leaves custom properties alone.
 */
import { autoUpdate, computePosition, flip, hide, offset, shift, size } from '@floating-ui/dom';

/** Gap between the title and the card. */
const GAP_PX = 6;
/** Distance kept from the viewport's edges. */
const EDGE_PX = 8;
/** Below this the card would be a sliver; it scrolls internally instead of shrinking further. */
const MIN_HEIGHT_PX = 140;

function setPx(host: HTMLElement, name: string, value: number): void {
  // `important` so a page rule like `role-lens-popover { --rl-x: 0 !important }` cannot win either.
  host.style.setProperty(name, `${Math.round(value)}px`, 'important');
}

/**
 * Starts following `anchor` (scroll, resize, layout shifts, the card's own size changes), and
 * calls `onAnchorHidden` when the anchor is scrolled out of sight (out of the viewport, or out of
 * a scrolling list that holds it): a card beside nothing is closed. Listening here, only while a
 * card is open, spares every job page a scroll listener of its own.
 * Returns the cleanup, which stops every listener and observer; call it on close.
 */
export function followAnchor(anchor: Element, host: HTMLElement, onAnchorHidden: () => void): () => void {
  if (!anchor.ownerDocument.body) return followWithoutBody(anchor, host, onAnchorHidden);
  let active = true;
  const update = (): void => {
    computePosition(anchor, host, {
      // Fixed: the host sits in the top layer (or is position: fixed without popover support),
      // so its coordinates are the viewport's.
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(GAP_PX),
        flip({ padding: EDGE_PX }),
        // crossAxis: a title taller than the viewport (10,000 characters) left no room on either
        // side and the card was placed below the viewport, unseen (tests/e2e/hostile/text.test.ts);
        // shifted back in, it may cover part of that title.
        shift({ padding: EDGE_PX, crossAxis: true }),
        size({
          padding: EDGE_PX,
          apply({ availableHeight }) {
            if (active) setPx(host, '--rl-max-height', Math.max(MIN_HEIGHT_PX, availableHeight));
          },
        }),
        hide(),
      ],
    })
      .then(({ x, y, middlewareData }) => {
        // A late result after close (or after the card moved to another title) is dropped.
        if (!active) return;
        if (middlewareData.hide?.referenceHidden) return onAnchorHidden();
        setPx(host, '--rl-x', x);
        setPx(host, '--rl-y', y);
      })
      .catch(() => {
        // A detached anchor (the board re-rendered its list) has no position; the content
        // script closes the card when it notices the title is gone.
      });
  };
  const stop = autoUpdate(anchor, host, update);
  return () => {
    active = false;
    stop();
  };
}

/**
 * Floating UI walks the overflow ancestors up to `document.body` and calls getComputedStyle on
 * it: in a document without a body (a page that removed it and renders under <html>) autoUpdate
 * threw a TypeError and computePosition rejected, leaving the card at 0,0
 * (tests/e2e/hostile/documents.test.ts). There the card is simply put below the title (above it
 * when there is more room there), kept inside the viewport, and moved on scroll and resize.
 */
function followWithoutBody(anchor: Element, host: HTMLElement, onAnchorHidden: () => void): () => void {
  const view = anchor.ownerDocument.defaultView;
  if (!view) return () => {};
  let active = true;
  const update = (): void => {
    if (!active) return;
    const r = anchor.getBoundingClientRect();
    // Told after this call returns, as Floating UI's answer is: the first update runs before the
    // caller has the cleanup to call when it closes the card. As there, news that arrives after
    // the cleanup (a second scroll event before the close) is dropped.
    if (r.bottom < 0 || r.top > view.innerHeight) return queueMicrotask(() => active && onAnchorHidden());
    const card = host.getBoundingClientRect();
    const below = view.innerHeight - r.bottom - GAP_PX - EDGE_PX;
    const above = r.top - GAP_PX - EDGE_PX;
    const useBelow = below >= card.height || below >= above;
    const room = useBelow ? below : above;
    const height = Math.min(card.height, Math.max(MIN_HEIGHT_PX, room));
    const y = useBelow ? r.bottom + GAP_PX : r.top - GAP_PX - height;
    const x = Math.min(Math.max(EDGE_PX, r.left), Math.max(EDGE_PX, view.innerWidth - card.width - EDGE_PX));
    setPx(host, '--rl-max-height', Math.max(MIN_HEIGHT_PX, room));
    setPx(host, '--rl-x', x);
    setPx(host, '--rl-y', Math.max(EDGE_PX, y));
  };
  update();
  view.requestAnimationFrame(update); // once more, with the card rendered at its size
  view.addEventListener('scroll', update, { capture: true, passive: true });
  view.addEventListener('resize', update, { passive: true });
  return () => {
    active = false;
    view.removeEventListener('scroll', update, { capture: true });
    view.removeEventListener('resize', update);
  };
}
