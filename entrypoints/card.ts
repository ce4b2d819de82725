/**
 * The card code, injected by the background into the page's isolated world on first hover
 * (`scripting.executeScript({ files: ['/card.js'] })`), so pages where no title is hovered never
 * pay for Preact and Floating UI. It publishes the CardApi for the content script.
 */
import { CARD_GLOBAL } from '../utils/card/contract';
import { createCardApi } from '../utils/card/mount';

export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  // Injected twice (two quick hovers, a reloaded extension)? Keep the first: it owns the host.
  if (scope[CARD_GLOBAL]) return;
  scope[CARD_GLOBAL] = createCardApi();
});
