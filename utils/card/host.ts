/**
 * The one element the card puts into the page: `<role-lens-popover popover="manual">` with an open
 * shadow root. The page's CSS cannot reach inside the shadow root, and the `:host` reset in the
 * card's stylesheet stops the page's rules on the host itself.
 */

/**
 * A name no page defines. Content scripts cannot define custom elements (their isolated world has
 * no registry of its own), but an undefined custom-element name still supports attachShadow.
 */
export const HOST_TAG = 'role-lens-popover';

export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where Preact renders; a child of the shadow root so the stylesheet node is left alone. */
  mount: HTMLElement;
}

const ISOLATED_KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Constructed sheets are not subject to the page's Content-Security-Policy (a `<style>` can be
 * blocked by `style-src`), so they are tried first. Firefox content scripts may refuse a sheet
 * built in their own compartment (Xray wrappers): then the `<style>` element is used.
 */
function applyStyles(root: ShadowRoot, css: string, doc: Document): void {
  try {
    const view = doc.defaultView;
    if (view && typeof view.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in root) {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // Fall through to the <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.prepend(style);
}

/**
 * Creates the host (not yet attached). `onEscape` runs for Escape typed anywhere in the card.
 * Key events stop at the host in the bubbling phase: the page's shortcuts (LinkedIn's "/" search,
 * Indeed's arrow-key lists) must not fire on keystrokes meant for the card. Capture-phase
 * listeners of the page still see them, as they would for any focused element.
 */
export function createCardHost(doc: Document, css: string, onEscape: () => void): CardHost {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, css, doc);
  const mount = doc.createElement('div');
  root.append(mount);

  for (const type of ISOLATED_KEY_EVENTS) {
    host.addEventListener(type, (event) => {
      event.stopPropagation();
      const key = event as KeyboardEvent;
      if (type === 'keydown' && key.key === 'Escape' && !key.isComposing) onEscape();
    });
  }
  return { host, root, mount };
}

/** Puts the host at the end of `container` and into the top layer (above page overlays). */
export function attachHost(host: HTMLElement, container: Element): void {
  if (host.parentNode !== container) {
    detachHost(host);
    container.append(host);
  }
  neutraliseZoom(host, container);
  // Guarded: older browsers and test DOMs have no popover API; the :host styles still give a
  // fixed box with the highest z-index there.
  if (typeof host.showPopover === 'function' && !isShowing(host)) {
    try {
      host.showPopover();
    } catch {
      // Not connected or already shown by a race: the host is still on the page.
    }
  }
}

/**
 * CSS `zoom` on the page (`body { zoom: 3 }`) multiplies into the host whatever the host's own
 * reset says: the card was drawn 3× as large, and its fixed position 3× too far, off-screen
 * (tests/e2e/hostile/css.test.ts). The host's zoom (`--rl-zoom`, read by the `:host` rule) is set
 * to the inverse of the container's effective zoom, so the card is drawn at 1.
 */
function neutraliseZoom(host: HTMLElement, container: Element): void {
  const zoom = (container as Element & { currentCSSZoom?: number }).currentCSSZoom;
  if (typeof zoom === 'number' && Number.isFinite(zoom) && zoom > 0 && zoom !== 1) {
    host.style.setProperty('--rl-zoom', String(1 / zoom), 'important');
  } else {
    host.style.removeProperty('--rl-zoom');
  }
}

export function detachHost(host: HTMLElement): void {
  if (typeof host.hidePopover === 'function' && isShowing(host)) {
    try {
      host.hidePopover();
    } catch {
      // Removal below hides it anyway.
    }
  }
  host.remove();
}

function isShowing(host: HTMLElement): boolean {
  try {
    return host.matches(':popover-open');
  } catch {
    return false; // Selector unknown to this DOM.
  }
}

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

export function firstFocusable(root: ShadowRoot): HTMLElement | null {
  return root.querySelector<HTMLElement>(FOCUSABLE);
}
