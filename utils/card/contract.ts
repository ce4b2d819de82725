/**
 * The contract between the content script, loaded with every page, and the card code, loaded on
 * first use (injected by the background into the same isolated world). The card script sets
 * `globalThis.__roleLensCard2`; the content script calls it.
 *
 * What only matters once a card is open (where its host goes, Escape and Tab around it, giving
 * focus back) lives on the card's side, so the script every job page loads stays small.
 */
export interface CardRequest {
  /** The title element the card is about: the card is placed next to it. */
  anchor: Element;
  /** The role ids the title names, in order; the card opens on the first. */
  roleIds: string[];
  /** The title as written on the page (plain text; never parsed as HTML). */
  titleText: string;
  /** Opened from keyboard focus: the card then takes focus when asked (Tab), never on hover. */
  viaKeyboard: boolean;
  /** The card asks to be closed (Escape inside it, its close button, its title scrolled away). */
  onRequestClose: (reason: CloseReason) => void;
}

export type CloseReason = 'escape' | 'button' | 'scroll';

/** Where keyboard focus goes back to when a card closes (Escape after opening it from the keyboard). */
export interface FocusBack {
  /** The element whose keyboard focus opened the card, if any. */
  origin: HTMLElement | null;
  /** The title: its link takes focus when `origin` is gone. */
  anchor: Element;
}

export interface CardApi {
  /**
   * Shows the card for a title, replacing any open card. Its host goes into the open modal
   * `<dialog>` holding the title (outside it the card would be inert), else into the body.
   */
  open(request: CardRequest): void;
  /** Removes the card and its host from the page; with `focusBack`, then gives focus back. */
  close(focusBack?: FocusBack): void;
  /** The host element while a card is open, else null. */
  host(): HTMLElement | null;
  /** Moves keyboard focus to the card's first control (Tab from the title's link). */
  focusFirst(): void;
  /**
   * A keydown anywhere on the page (capture phase) while a card is open. Outside the card, Tab
   * from a card opened from the keyboard moves focus into it; returns true for Escape outside
   * the card, which the content script answers by closing it.
   */
  keydown(event: KeyboardEvent, viaKeyboard: boolean): boolean;
}

// Versioned: after an update the old card code may still sit in the page's isolated world.
export const CARD_GLOBAL = '__roleLensCard2';

export function cardApi(): CardApi | undefined {
  return (globalThis as Record<string, unknown>)[CARD_GLOBAL] as CardApi | undefined;
}
