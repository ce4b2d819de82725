import { cardApi, type CardApi } from '../card/contract';

/**
 * Loads the card code on first use: the background injects it into this same isolated world.
 * Concurrent callers share one load.
 */
export class CardLoader {
  #loading: Promise<CardApi | undefined> | null = null;
  readonly #requestInjection: () => Promise<unknown>;

  constructor(requestInjection: () => Promise<unknown>) {
    this.#requestInjection = requestInjection;
  }

  preload(): void {
    void this.load();
  }

  load(): Promise<CardApi | undefined> {
    const ready = cardApi();
    if (ready) return Promise.resolve(ready);
    this.#loading ??= this.#requestInjection()
      .then(() => cardApi())
      .catch(() => undefined)
      .finally(() => {
        this.#loading = null;
      });
    return this.#loading;
  }

  loaded(): CardApi | undefined {
    return cardApi();
  }
}
