/**
 * Tests a URL against a WebExtension match pattern (`*://*.indeed.com/*`). Only what adapters use:
 * scheme `*`/http/https, host with an optional `*.` prefix, any path glob.
 */
export function matchesPattern(pattern: string, url: URL): boolean {
  const parsed = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parsed) return false;
  const [, scheme, host, path] = parsed as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  if (scheme === '*' && url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const hostname = url.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host) return false;
  }
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(url.pathname + url.search);
}
