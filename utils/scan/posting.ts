import { CARD_SELECTOR, postingIdOf } from './card';

// Query parameters that identify a posting on the boards that key postings by query (Indeed `jk`,
// Glassdoor `jobListingId`, Greenhouse embeds `gh_jid`, LinkedIn `currentJobId`,
// ZipRecruiter `jid`); the rest are tracking noise that would make one posting look like two.
const KEY_PARAMS = ['jk', 'vjk', 'jobListingId', 'jl', 'gh_jid', 'currentJobId', 'jobId', 'job', 'jid'];
// A naming parameter in a query, as a regex source: the plain-address regex below holds it too.
const NAMING_PARAM = `[?&](?:${KEY_PARAMS.join('|')})=`;
const HAS_KEY_PARAM = new RegExp(NAMING_PARAM);

// An absolute address as boards print their posting links: http(s), a lower-case host ending in a
// letter (no port, no IP address), a path of plain characters, a query with no naming parameter.
// Its origin and path are read off the string, equal to what `new URL` gives for it; building a
// URL costs ~30 µs on a card just appended (tests/unit/posting.test.ts compares the two ways).
// One regex, the parameter check included: each regex's first run after an idle moment costs
// ~10 µs here, and a posting is keyed once, often just after its card arrived.
const PLAIN_URL = new RegExp(
  String.raw`^(https?:\/\/[a-z0-9.-]*[a-z])(\/[\w.~/-]*)?(?:(?![^#]*${NAMING_PARAM})\?[^#\t\n\r]*)?(?:#.*)?$`,
);

const withoutTrailingSlash = (path: string) => (path.endsWith('/') ? path.slice(0, -1) : path);

/**
 * A posting address with tracking parameters removed. `baseOf` gives the page's base address,
 * asked only for an address that needs a full parse (a relative link).
 */
export function normalisePostingUrl(href: string, baseOf: () => string): string | undefined {
  return keyOfPlainUrl(href) ?? keyByUrlParse(href, baseOf());
}

/** The key of a plain absolute address (see PLAIN_URL), read off the string; else undefined. */
function keyOfPlainUrl(href: string): string | undefined {
  const plain = PLAIN_URL.exec(href);
  // A dot segment (`/../`) needs the full parse.
  if (plain && !plain[2]?.includes('/.')) return plain[1] + withoutTrailingSlash(plain[2] ?? '');
  return undefined;
}

/** `normalisePostingUrl` for any address (relative, with a port, with naming parameters): a full parse. */
export function keyByUrlParse(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const path = `${url.origin}${withoutTrailingSlash(url.pathname)}`;
    // Most posting links carry tracking parameters only (LinkedIn's trk, position, refId).
    if (!HAS_KEY_PARAM.test(url.search)) return path;
    const kept = new URLSearchParams();
    for (const key of KEY_PARAMS) {
      const value = url.searchParams.get(key);
      if (value) kept.set(key, value);
    }
    const query = kept.toString();
    return query ? `${path}?${query}` : path;
  } catch {
    return undefined;
  }
}

/**
 * The posting a title belongs to: its own link, a link inside it, or its card's posting link. A
 * link with no key of its own (an ad-click address) is keyed by the posting id on the card.
 */
export function postingLinkOf(title: Element, linkSelector: string): string | undefined {
  const own = title.closest('a[href]') ?? title.querySelector('a[href]');
  let href = own?.getAttribute('href');
  if (!href && linkSelector) href = title.closest(CARD_SELECTOR)?.querySelector(linkSelector)?.getAttribute('href');
  // The base address is asked for only when needed (a relative link, no link): most boards print
  // absolute posting links, and each DOM call costs several µs on a card just appended.
  const url = href ? normalisePostingUrl(href, () => title.baseURI) : undefined;
  // A kept query parameter (jk, jobListingId, ...) already names the posting. Without one, a
  // click-tracking address (Indeed's sponsored cards: /clk, /pagead/clk) is shared by many.
  if (url && (url.includes('?') || !url.endsWith('/clk'))) return url;
  const id = postingIdOf(own ?? title);
  if (!id) return url;
  return `${url ?? new URL(title.baseURI).origin}?${id}`;
}
