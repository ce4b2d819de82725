/**
 * Where one posting's card ends on the boards we know: a title's posting link and its printed
 * salary are searched no further out. Attributes some boards put on the title link itself
 * (Indeed's `data-jk`) only mark a card on a non-link element.
 */
export const CARD_SELECTOR =
  'li,article,[data-job-id]:not(a),[data-jk]:not(a),[data-occludable-job-id],[data-test="jobListing"],[data-testid*="card" i]';

// Attributes that carry a posting's id on the element or its card (Indeed `data-jk`, LinkedIn
// `data-job-id` / `data-occludable-job-id`, SEEK `data-job-id`): a key when the link has none
// (Indeed's sponsored cards all link to /pagead/clk).
const ID_ATTRIBUTES = ['data-jk', 'data-job-id', 'data-occludable-job-id'];
const ID_HOLDER = ID_ATTRIBUTES.map((a) => `[${a}]`).join(',');

/** The posting id an element or its card carries, as `attribute=value`. */
export function postingIdOf(element: Element): string | undefined {
  const holder = element.closest(ID_HOLDER);
  const inside = holder ?? element.closest(CARD_SELECTOR)?.querySelector(ID_HOLDER);
  if (!inside) return undefined;
  for (const attribute of ID_ATTRIBUTES) {
    const value = inside.getAttribute(attribute);
    if (value) return `${attribute}=${value}`;
  }
  return undefined;
}
