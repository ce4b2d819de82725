/**
 * Tests a URL against a WebExtension match pattern (`*://*.indeed.com/*`). Only what adapters use:
 * scheme `*`/http/https, host with an optional `*.` prefix, any path glob. The host is compared
 * first: a page load tests every board's patterns, and only its own board's reach the path glob.
 */
const globs = new Map<string, RegExp>();

export function matchesPattern(pattern: string, url: URL): boolean {
  const schemeEnd = pattern.indexOf('://');
  const pathStart = pattern.indexOf('/', schemeEnd + 3);
  if (schemeEnd < 0 || pathStart < 0) return false;
  const scheme = pattern.slice(0, schemeEnd);
  const host = pattern.slice(schemeEnd + 3, pathStart);
  if (scheme === '*' ? url.protocol !== 'http:' && url.protocol !== 'https:' : `${scheme}:` !== url.protocol) return false;
  const hostname = url.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host) return false;
  }
  const path = pattern.slice(pathStart);
  let glob = globs.get(path);
  if (!glob) globs.set(path, (glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`)));
  return glob.test(url.pathname + url.search);
}
