import { CARD_SELECTOR, postingIdOf } from './card';

// Query parameters that identify a posting on the boards that key postings by query (Indeed `jk`,
// Glassdoor `jobListingId`, Greenhouse embeds `gh_jid`, LinkedIn `currentJobId`,
// ZipRecruiter `jid`); the rest are tracking noise that would make one posting look like two.
const KEY_PARAMS = ['jk', 'vjk', 'jobListingId', 'jl', 'gh_jid', 'currentJobId', 'jobId', 'job', 'jid'];

// An absolute http(s) address with a plain host (no user, no port), split without a URL object:
// a title's key is read for every title found, and a URL object costs ~10 µs to build.
const PLAIN_ADDRESS = /^(https?):\/\/([a-z0-9.-]+)(?=[/?#]|$)(\/[^?#]*)?(?:\?([^#]*))?/i;

/** A posting address with tracking parameters removed. */
export function normalisePostingUrl(href: string, base: string): string | undefined {
  let plain = PLAIN_ADDRESS.exec(href);
  if (!plain) {
    try {
      const url = new URL(href, base);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
      plain = PLAIN_ADDRESS.exec(url.href);
      if (!plain) return `${url.origin}${url.pathname.replace(/\/$/, '')}${keptQuery(url.search.slice(1))}`;
    } catch {
      return undefined;
    }
  }
  const [, scheme, host, path = '', query = ''] = plain;
  return `${scheme!.toLowerCase()}://${host!.toLowerCase()}${path.replace(/\/$/, '')}${keptQuery(query)}`;
}

/** The query parameters that name a posting, in KEY_PARAMS order, as `?k=v&...` (or nothing). */
function keptQuery(query: string): string {
  if (!query) return '';
  const values = new Map<string, string>();
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (value && KEY_PARAMS.includes(name) && !values.has(name)) values.set(name, value);
  }
  const kept = KEY_PARAMS.filter((k) => values.has(k)).map((k) => `${k}=${values.get(k)}`);
  return kept.length > 0 ? `?${kept.join('&')}` : '';
}

// Click-tracking addresses shared by many postings (Indeed's sponsored cards: /pagead/clk).
const AD_CLICK = /\/(pagead\/)?clk(\?|$)/;

/**
 * The posting a title belongs to: its own link, a link inside it, or its card's posting link. A
 * link with no key of its own (an ad-click address) is keyed by the posting id on the card.
 */
export function postingLinkOf(title: Element, linkSelector: string): string | undefined {
  const base = title.ownerDocument.baseURI;
  const own = title.closest('a[href]') ?? title.querySelector('a[href]');
  let href = own?.getAttribute('href');
  if (!href && linkSelector) href = title.closest(CARD_SELECTOR)?.querySelector(linkSelector)?.getAttribute('href');
  const url = href ? normalisePostingUrl(href, base) : undefined;
  // A kept query parameter (jk, jobListingId, ...) already names the posting.
  if (url && (url.includes('?') || !AD_CLICK.test(url))) return url;
  const id = postingIdOf(own ?? title);
  if (!id) return url;
  return `${url ?? new URL(base).origin}?${id}`;
}
