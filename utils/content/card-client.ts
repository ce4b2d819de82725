import { cardApi, type CardApi } from '../card/contract';
import type { Found } from '../scan/tracker';

/** The element keyboard focus lands on for a title: its own link, or the card-wide link. */
export function focusableOf(found: Found): HTMLElement | null {
  const el = found.element;
  const link = el.closest<HTMLElement>('a[href],[tabindex]') ?? el.querySelector<HTMLElement>('a[href]');
  return link ?? (el instanceof HTMLElement && el.tabIndex >= 0 ? el : null);
}

/** The open modal dialog holding an element: a card outside it would be inert. */
export function modalDialogOf(element: Element): HTMLDialogElement | null {
  const dialog = element.closest('dialog');
  return dialog instanceof HTMLDialogElement && dialog.open && dialog.matches(':modal') ? dialog : null;
}

/**
 * Loads the card code on first use: the background injects it into this same isolated world.
 * Concurrent callers share one load.
 */
export class CardLoader {
  private loading: Promise<CardApi | undefined> | null = null;

  constructor(private readonly requestInjection: () => Promise<unknown>) {}

  preload(): void {
    void this.load();
  }

  load(): Promise<CardApi | undefined> {
    const ready = cardApi();
    if (ready) return Promise.resolve(ready);
    this.loading ??= this.requestInjection()
      .then(() => cardApi())
      .catch(() => undefined)
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }

  loaded(): CardApi | undefined {
    return cardApi();
  }
}
