/**
 * The CardApi the content script calls (see contract.ts). It owns one host element for the page,
 * attaches it only while a card is open, renders the Preact card into its shadow root and keeps it
 * next to the title.
 *
 * Focus stays where the content script puts it: opening never moves focus (a hover must not steal
 * it); `focusFirst` does, when the content script asks (Tab from the title's link).
 */
import { h, render } from 'preact';
import { CARD_CSS } from '../../components/card/card-styles';
import { RoleCard } from '../../components/card/RoleCard';
import { findPostedSalary } from '../salary/find';
import type { PostedSalary } from '../salary/parse';
import { bundledRoleFacts, type CardFacts } from './bundled-facts';
import type { CardApi, CardRequest, CloseReason, FocusBack } from './contract';
import { attachHost, createCardHost, detachHost, firstFocusable, type CardHost } from './host';
import { followAnchor } from './position';

export interface CardApiOptions {
  /** Injected by tests; the extension uses the bundled data. */
  loadFacts?: () => CardFacts;
  findSalary?: (anchor: Element, doc: Document) => PostedSalary | null;
}

/** Same title, same roles: a repeated `open` (hover after focus) keeps the card's state. */
function sameTitle(a: CardRequest, b: CardRequest): boolean {
  return a.anchor === b.anchor && a.titleText === b.titleText && a.roleIds.join('\n') === b.roleIds.join('\n');
}

/** The open modal dialog holding an element: a card outside it would be inert. */
export function modalDialogOf(element: Element): HTMLDialogElement | null {
  const dialog = element.closest('dialog');
  return dialog instanceof HTMLDialogElement && dialog.open && dialog.matches(':modal') ? dialog : null;
}

/** The element keyboard focus lands on for a title: its own link, or the card-wide link. */
export function focusableOf(el: Element): HTMLElement | null {
  const link = el.closest<HTMLElement>('a[href],[tabindex]') ?? el.querySelector<HTMLElement>('a[href]');
  return link ?? (el instanceof HTMLElement && el.tabIndex >= 0 ? el : null);
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false; // A pseudo-class this DOM does not know (test DOMs, older browsers).
  }
}

/**
 * Where the host goes: the innermost open popover or fullscreen element holding the title inside
 * `container`, else `container` (the body, or the open modal dialog the content script found).
 * Found by tests/e2e/hostile/top-layer.test.ts: attached under <body>, the card is drawn above a
 * fullscreen element but Chromium hit-tests only inside the fullscreen element, so the card could
 * not be hovered or clicked; and a click in the card light-dismissed the page's open popover that
 * holds the title, as a click outside it. Inside them, both work.
 */
export function topLayerContainer(anchor: Element, container: Element): Element {
  for (let el = anchor.parentElement; el && el !== container; el = el.parentElement) {
    if (matches(el, ':popover-open') || matches(el, ':fullscreen')) return el;
  }
  return container;
}

export function createCardApi(options: CardApiOptions = {}): CardApi {
  const loadFacts = options.loadFacts ?? bundledRoleFacts;
  const findSalary = options.findSalary ?? findPostedSalary;
  let parts: CardHost | null = null;
  let current: CardRequest | null = null;
  let currentContainer: Element | null = null;
  let stopFollowing: (() => void) | null = null;
  // A new key per title remounts the card, so a new title never inherits the old view or toggle.
  let generation = 0;

  // Callbacks read `current` when they fire, so a repeated open with fresh callbacks needs no re-render.
  const requestClose = (reason: CloseReason) => current?.onRequestClose(reason);

  const hostParts = (doc: Document): CardHost => {
    parts ??= createCardHost(doc, CARD_CSS, () => requestClose('escape'));
    return parts;
  };

  const close = (focusBack?: FocusBack): void => {
    stopFollowing?.();
    stopFollowing = null;
    current = null;
    if (parts) {
      render(null, parts.mount); // runs the components' cleanup
      detachHost(parts.host);
    }
    if (focusBack) {
      const { origin, anchor } = focusBack;
      (origin?.isConnected ? origin : focusableOf(anchor))?.focus({ preventScroll: true });
    }
  };

  const focusFirst = (): void => {
    if (current && parts) firstFocusable(parts.root)?.focus({ preventScroll: true });
  };

  const open = (request: CardRequest): void => {
    let facts: CardFacts;
    try {
      facts = loadFacts();
    } catch (error) {
      // Broken bundled data is caught by the unit tests; on a page, say why nothing opened.
      console.error('Role Lens: role facts failed to load', error);
      return;
    }
    const roleIds = [...new Set(request.roleIds)].filter((id) => facts.roles.some((role) => role.id === id));
    if (roleIds.length === 0) {
      close();
      return;
    }

    const doc = request.anchor.ownerDocument;
    // `document.body` is null in a document that has none (a page that removed it and adds its
    // list straight under <html>): attaching to null threw and no card ever opened
    // (tests/e2e/hostile/documents.test.ts). The root element stands in.
    const container = modalDialogOf(request.anchor) ?? doc.body ?? doc.documentElement;
    const previous = current;
    if (previous && sameTitle(previous, request) && container === currentContainer && parts?.host.isConnected) {
      current = request;
      return;
    }

    const { host, mount } = hostParts(doc);
    current = request;
    currentContainer = container;
    attachHost(host, topLayerContainer(request.anchor, container));

    let posted: PostedSalary | null = null;
    try {
      posted = findSalary(request.anchor, doc);
    } catch {
      // The page's markup is untrusted; the card is still useful without the posted salary.
    }
    generation += 1;
    try {
      render(
        h(RoleCard, {
          key: generation,
          facts,
          roleIds,
          titleText: request.titleText,
          posted,
          onClose: () => requestClose('button'),
        }),
        mount,
      );
    } catch (error) {
      // Only malformed bundled data can get here (the unit tests validate it); an empty box on
      // the page would be worse than no card.
      console.error('Role Lens: the card failed to render', error);
      close();
      return;
    }

    if (!previous || previous.anchor !== request.anchor) {
      stopFollowing?.();
      stopFollowing = followAnchor(request.anchor, host, () => requestClose('scroll'));
    }
  };

  return {
    open,
    close,
    host: () => (current && parts ? parts.host : null),
    focusFirst,
    keydown: (event, viaKeyboard) => {
      if (current && parts && event.composedPath().includes(parts.host)) return false;
      if (event.key === 'Escape') return true;
      if (event.key === 'Tab' && !event.shiftKey && viaKeyboard) {
        // Tab from the title's link moves into the card, which sits elsewhere in the DOM.
        event.preventDefault();
        focusFirst();
      }
      return false;
    },
  };
}
