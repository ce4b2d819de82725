// Query parameters that identify a posting on the boards that key postings by query (Indeed `jk`,
// Glassdoor `jobListingId`, Greenhouse embeds `gh_jid`, LinkedIn `currentJobId`, ZipRecruiter `jid`); the rest are
// tracking noise that would make one posting look like two.
const KEY_PARAMS = ['jk', 'vjk', 'jobListingId', 'jl', 'gh_jid', 'currentJobId', 'jobId', 'job', 'jid'];
// Where one posting's card ends: the link for a title is searched no further out than this.
const CARD = 'li,article,[data-job-id],[data-jk],[data-occludable-job-id],[data-test="jobListing"],[data-testid*="card" i]';

/** A posting address with tracking parameters removed. */
export function normalisePostingUrl(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    const kept = new URLSearchParams();
    for (const key of KEY_PARAMS) {
      const value = url.searchParams.get(key);
      if (value) kept.set(key, value);
    }
    const query = kept.toString();
    return `${url.origin}${url.pathname.replace(/\/$/, '')}${query ? `?${query}` : ''}`;
  } catch {
    return undefined;
  }
}

/** The posting a title belongs to: its own link, a link inside it, or its card's posting link. */
export function postingLinkOf(title: Element, linkSelector: string): string | undefined {
  const base = title.ownerDocument.baseURI;
  const own = title.closest('a[href]') ?? title.querySelector('a[href]');
  let href = own?.getAttribute('href');
  if (!href && linkSelector) href = title.closest(CARD)?.querySelector(linkSelector)?.getAttribute('href');
  return href ? normalisePostingUrl(href, base) : undefined;
}
