import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adaptersFor } from '../adapters/registry';
import { HighlightPainter, type HighlightRegistryLike } from '../highlight/painter';
import type { PageReport } from '../messages';
import { bundledRoleDetections } from '../roles/bundled-detection';
import type { Found } from '../scan/tracker';
import { roleSettings, type Settings } from '../settings/schema';
import { CardLoader } from './card-client';
import { HoverIntent, visibleText } from './hover';
import { PageScan } from './page-scan';
import { buildReport, PostingTally } from './report';

/** This page, as a posting key's fallback (a title without a posting address). */
const pageKey = () => location.origin + location.pathname;

export interface SessionDeps {
  ctx: ContentScriptContext;
  doc: Document;
  registry: HighlightRegistryLike;
  settings: Settings;
  /** Asks the background to inject the card code into this frame. */
  injectCard: () => Promise<unknown>;
  /** Tells the background the badge number (postings found). */
  reportBadge: (total: number) => void;
}

/**
 * Role Lens on one page: detection, highlights, hover and focus, and the card. Built from pure
 * parts (PageScan, HighlightPainter, HoverIntent); this class only wires them to the page.
 */
export class Session {
  private settings: Settings;
  readonly #roles = bundledRoleDetections();
  private readonly scan: PageScan;
  readonly #painter: HighlightPainter;
  readonly #hover: HoverIntent;
  readonly #cards: CardLoader;
  readonly #boardName: string | null;
  private active = false;
  private openFound: Found | null = null;
  #openedViaKeyboard = false;
  /** The element whose keyboard focus opened the card: focus goes back there on Escape. */
  #focusOrigin: HTMLElement | null = null;
  #restoringFocus = false;
  #badgeTimer: number | null = null;
  /** The badge number last reported (null: none yet). */
  #reportedTotal: number | null = null;
  /** Distinct postings shown, for the badge; rebuilt when `tallySettings` is not the settings. */
  #tally: PostingTally | null = null;
  #tallySettings: Settings | null = null;
  /** Highlight names per role ([title, mention]) under `namesSettings`. */
  #names = new Map<string, [title: string | null, mention: string | null]>();
  #namesSettings: Settings | null = null;
  #pointer: { x: number; y: number; target: EventTarget | null } | null = null;
  #frameRequested = false;

  constructor(private readonly deps: SessionDeps) {
    const { doc, ctx } = deps;
    this.settings = deps.settings;
    const adapters = adaptersFor(new URL(doc.URL));
    this.#boardName = adapters[0]?.name ?? null;
    this.#painter = new HighlightPainter(deps.registry, (roleId, kind) => this.#highlightName(roleId, kind));
    this.scan = new PageScan({
      doc,
      url: () => new URL(doc.URL),
      adapters,
      roles: this.#roles,
      onChange: ({ added, removed }) => {
        for (const found of removed) {
          this.#painter.remove(found);
          this.#tally?.remove(found);
          if (found === this.openFound) this.closeCard();
        }
        for (const found of added) {
          if (this.#painter.add(found) && this.#tally) this.#tally.add(found);
        }
        this.#reportBadge();
        // A title that appears under a resting pointer (a page still loading, a list re-rendered)
        // is hovered as if the pointer had just arrived.
        if (added.length > 0 && this.#pointer) this.#requestHitTest();
      },
    });
    this.#cards = new CardLoader(deps.injectCard);
    this.#hover = new HoverIntent({
      doc,
      foundFor: (el) => {
        const found = this.scan.tracker.foundFor(el);
        return found && this.#roleShown(found) ? found : undefined;
      },
      titleElements: () => this.scan.tracker.titleElements(),
      hoverDelayMs: () => this.settings.hoverDelayMs,
      cardHost: () => this.#cards.loaded()?.host() ?? null,
      onEnter: () => this.#cards.preload(),
      onIntent: ({ found, viaKeyboard }) => void this.#openCard(found, viaKeyboard),
      onLeave: () => this.closeCard(),
      setTimer: (fn, ms) => ctx.setTimeout(fn, ms),
      clearTimer: (id) => clearTimeout(id),
    });
    this.#listen();
  }

  /** Applies settings (at start and live on every change). */
  apply(settings: Settings): void {
    const previous = this.settings;
    this.settings = settings;
    const shouldRun = settings.enabled && !settings.disabledSites.includes(location.hostname);
    if (!shouldRun) {
      if (this.active) this.stop();
      return;
    }
    if (!this.active) {
      this.active = true;
      this.scan.tracker.mentionsEnabled = settings.highlightMentions;
      this.scan.start();
      return;
    }
    this.scan.setMentions(settings.highlightMentions);
    if (JSON.stringify(previous) !== JSON.stringify(settings)) {
      this.#painter.repaint(this.scan.tracker.all());
      if (this.openFound && !this.#roleShown(this.openFound)) this.closeCard();
      this.#reportBadge();
    }
  }

  stop(): void {
    this.active = false;
    this.closeCard();
    this.scan.stop();
    this.#painter.clear();
    this.#reportBadge();
  }

  /** The popup's report. Counting every title on the page (for "nothing found") is done here only. */
  report(): PageReport {
    return this.#reportWith(this.active ? this.scan.countTitles() : 0);
  }

  #reportWith(titlesSeen: number): PageReport {
    const shown = this.active ? this.#shownFound() : [];
    return buildReport(shown, this.#boardName, location.pathname, titlesSeen, pageKey());
  }

  /** Scrolls to a found title (from the popup) and opens its card. */
  reveal(index: number): void {
    const listed = this.#shownFound()[index];
    if (!listed) return;
    const found = this.#drawnTwin(listed);
    found.element.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.#hover.closed();
    void this.#openCard(found, false);
  }

  /** Titles and mentions the current settings show. */
  #shownFound(): Found[] {
    return this.scan.tracker.all().filter((f) => this.#roleShown(f));
  }

  #roleShown(found: Found): boolean {
    return found.matches.some((m) => this.#highlightName(m.roleId, found.kind) !== null);
  }

  /**
   * The highlight a role's titles or mentions are painted with under the current settings; null
   * when not shown. Kept per role (title, mention) until the settings change: asked twice for
   * each title found, and the same string each time spares the registry converting a new one.
   */
  #highlightName(roleId: string, kind: Found['kind']): string | null {
    const { settings } = this;
    if (this.#namesSettings !== settings) {
      this.#namesSettings = settings;
      this.#names.clear();
    }
    let names = this.#names.get(roleId);
    if (!names) {
      const index = this.#roles.findIndex((r) => r.id === roleId);
      const role = roleSettings(settings, roleId, Math.max(0, index));
      const name = `role-lens-${role.color}`;
      names = role.enabled ? [settings.highlightTitles ? name : null, settings.highlightMentions ? `${name}-mention` : null] : [null, null];
      this.#names.set(roleId, names);
    }
    return names[kind === 'title' ? 0 : 1];
  }

  async #openCard(found: Found, viaKeyboard: boolean): Promise<void> {
    const card = await this.#cards.load();
    if (!card || !this.active || !found.element.isConnected) return;
    const roleIds = [...new Set(found.matches.map((m) => m.roleId))].filter(
      (id) => this.#highlightName(id, found.kind) !== null,
    );
    if (roleIds.length === 0) return;
    this.openFound = found;
    this.#openedViaKeyboard = viaKeyboard;
    card.open({
      anchor: found.element,
      roleIds,
      // As the reader sees it: without hidden suffixes such as Indeed's " - job post".
      titleText: visibleText(found.element) || found.text,
      viaKeyboard,
      onRequestClose: (reason) => this.closeCard(reason === 'escape'),
    });
  }

  private closeCard(returnFocus = false): void {
    const found = this.openFound;
    this.openFound = null;
    this.#hover.closed();
    const origin = this.#focusOrigin;
    this.#focusOrigin = null;
    // The card gives focus back after closing, which must not open it again.
    const focusBack = returnFocus && found ? { origin, anchor: found.element } : undefined;
    this.#restoringFocus = !!focusBack;
    try {
      this.#cards.loaded()?.close(focusBack);
    } finally {
      this.#restoringFocus = false;
    }
  }

  /**
   * Tells the badge the number of postings shown. Once counted, the tally follows each change
   * and is reported at once: changes reach here once per observer pass (at most four a second in
   * a storm), which already coalesces them, and a timer per change would cost more than the
   * count (~30 µs each while an inspector is attached). Counting every title shown (the first
   * scan, new settings) waits 300 ms instead, for a loading page to settle.
   */
  #reportBadge(): void {
    if (!this.active) return this.#sendBadge(0);
    const tally = this.#currentTally();
    if (tally) return this.#sendBadge(tally.total);
    if (this.#badgeTimer !== null) return;
    this.#badgeTimer = this.deps.ctx.setTimeout(() => {
      this.#badgeTimer = null;
      this.#sendBadge(this.active ? this.#postingTally().total : 0);
    }, 300);
  }

  /** Sends the badge number when it changed. */
  #sendBadge(total: number): void {
    if (total === this.#reportedTotal) return;
    this.#reportedTotal = total;
    this.deps.reportBadge(total);
  }

  /** The badge's tally if it was counted under the current settings (they decide what is shown). */
  #currentTally(): PostingTally | null {
    return this.#tallySettings === this.settings ? this.#tally : null;
  }

  /** The badge's tally, counted afresh when the settings changed. */
  #postingTally(): PostingTally {
    const current = this.#currentTally();
    if (current) return current;
    this.#tallySettings = this.settings;
    return (this.#tally = new PostingTally(this.#shownFound(), pageKey));
  }

  /**
   * One hit-test per frame, whatever the pointer's event rate, run once the frame is laid out. In
   * the frame's callback the scroll or hover that moved the pointer has left the page's layout
   * dirty, and the first box read would lay it out then and there (0.3–1.4 ms on LinkedIn's
   * search); a task queued from that callback runs after the frame. Neither is WXT's wrapper,
   * which adds an invalidation listener per call: `active` ends with the context (`stop`).
   */
  #requestHitTest(): void {
    if (this.#frameRequested) return;
    this.#frameRequested = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.#frameRequested = false;
        const p = this.#pointer;
        if (p && this.active) this.#hover.pointerAt(p.x, p.y, p.target);
      }, 0),
    );
  }

  /** The title a focused element stands for: itself, its ancestor, or the title inside it. */
  #foundForFocus(target: Element): Found | undefined {
    const direct = this.#shownFound().find(
      (f) => f.kind === 'title' && (f.element === target || f.element.contains(target) || target.contains(f.element)),
    );
    if (direct) return this.#drawnTwin(direct);
    // A posting link beside its title (LinkedIn's card-wide link, whose hidden copy of the title
    // is not read) stands for the shown title of the same posting.
    const key = this.scan.postingKeyOf(target);
    return key ? this.#shownFound().find((f) => f.kind === 'title' && f.link === key && visibleText(f.element) !== '') : undefined;
  }

  /**
   * A title whose text is hidden (the screen-reader copy in LinkedIn's card-wide link) stands for
   * the visible title of the same posting: the card is placed next to that one.
   */
  #drawnTwin(found: Found): Found {
    if (visibleText(found.element) || !found.link) return found;
    const twin = this.#shownFound().find(
      (f) => f !== found && f.kind === 'title' && f.link === found.link && visibleText(f.element) !== '',
    );
    return twin ?? found;
  }

  #listen(): void {
    const { ctx, doc } = this.deps;
    const win = doc.defaultView ?? window;
    ctx.addEventListener(doc, 'pointermove', (event: PointerEvent) => {
      if (!this.active) return;
      this.#pointer = { x: event.clientX, y: event.clientY, target: event.target };
      // No title on the page (most pages): no hit-testing while the reader moves or scrolls.
      if (this.scan.tracker.titleCount > 0) this.#requestHitTest();
    }, { passive: true, capture: true });
    // Once, as the pointer leaves the page: `pointerout` would call in at every element boundary.
    ctx.addEventListener(doc.documentElement, 'pointerleave', () => this.#hover.pointerLeftDocument(), { passive: true });
    ctx.addEventListener(doc, 'focusin', (event: FocusEvent) => {
      // Keyboard focus only: a mouse click on a title link is for following it.
      if (this.#restoringFocus || !this.active || !(event.target instanceof HTMLElement)) return;
      if (!event.target.matches(':focus-visible')) return;
      const host = this.#cards.loaded()?.host();
      if (host && host.contains(event.target)) return;
      const found = this.#foundForFocus(event.target);
      if (found) {
        this.#focusOrigin = event.target;
        this.#hover.focused(found);
      }
      else if (this.openFound && this.#openedViaKeyboard) this.closeCard();
    });
    ctx.addEventListener(doc, 'keydown', (event: KeyboardEvent) => {
      // Escape outside the card closes it; Tab from the title's link moves into it (card side).
      if (this.openFound && this.#cards.loaded()?.keydown(event, this.#openedViaKeyboard)) {
        this.closeCard(this.#openedViaKeyboard);
      }
    }, { capture: true });
    ctx.addEventListener(win, 'wxt:locationchange', () => {
      this.closeCard();
      this.scan.rescanPageTitles();
    });
    ctx.onInvalidated(() => this.stop());
  }
}
