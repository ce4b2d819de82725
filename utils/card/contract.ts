/**
 * The contract between the content script, loaded with every page, and the card code, loaded on
 * first use (injected by the background into the same isolated world). The card script sets
 * `globalThis.__roleLensCard`; the content script calls it.
 */
export interface CardRequest {
  /** The title element the card is about: the card is placed next to it. */
  anchor: Element;
  /** The role ids the title names, in order; the card opens on the first. */
  roleIds: string[];
  /** The title as written on the page (plain text; never parsed as HTML). */
  titleText: string;
  /** Where the card's host is attached: `document.body`, or the open modal `<dialog>` holding the title. */
  container: Element;
  /** Opened from keyboard focus: the card then takes focus when asked (Tab), never on hover. */
  viaKeyboard: boolean;
  /** The card asks to be closed (Escape inside it, its close button). */
  onRequestClose: (reason: 'escape' | 'button') => void;
}

export interface CardApi {
  /** Shows the card for a title, replacing any open card. */
  open(request: CardRequest): void;
  /** Removes the card and its host from the page. */
  close(): void;
  /** The host element while a card is open, else null. */
  host(): HTMLElement | null;
  /** Moves keyboard focus to the card's first control (Tab from the title's link). */
  focusFirst(): void;
}

export const CARD_GLOBAL = '__roleLensCard';

export function cardApi(): CardApi | undefined {
  return (globalThis as Record<string, unknown>)[CARD_GLOBAL] as CardApi | undefined;
}
