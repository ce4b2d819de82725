/**
 * Keeps the card's host next to its title while the card is open, with Floating UI.
 *
 * The position reaches the host through custom properties (`--rl-x`, `--rl-y`, `--rl-max-height`)
 * rather than `left`/`top`: the host's `all: initial !important` reset in the shadow stylesheet
 * out-ranks any style the page side sets on the host, but `all` leaves custom properties alone.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';

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
 * Starts following `anchor` (scroll, resize, layout shifts, the card's own size changes).
 * Returns the cleanup, which stops every listener and observer; call it on close.
 */
export function followAnchor(anchor: Element, host: HTMLElement): () => void {
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
        shift({ padding: EDGE_PX }),
        size({
          padding: EDGE_PX,
          apply({ availableHeight }) {
            if (active) setPx(host, '--rl-max-height', Math.max(MIN_HEIGHT_PX, availableHeight));
          },
        }),
      ],
    })
      .then(({ x, y }) => {
        // A late result after close (or after the card moved to another title) is dropped.
        if (!active) return;
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
