import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../paths';

export { scanDocument, textsOf, type ScanResult } from './saved-page';

/** Our own pages for boards with no saved real page (tests/fixtures/boards). */
export const OWN_PAGES_DIR = resolve(REPO_ROOT, 'tests', 'fixtures', 'boards');

/**
 * Parses one of our own pages as the browser would, under the URL it poses as, the same way
 * saved-page.ts loads a saved real page: DOMParser runs no script, the parsed tree is moved into
 * the test window's document (where Ranges work), and only the JSON-LD scripts are kept.
 */
export function loadOwnPage(file: string, url: string): Document {
  const html = readFileSync(resolve(OWN_PAGES_DIR, file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  for (const el of parsed.querySelectorAll('iframe, link, script:not([type="application/ld+json" i])')) el.remove();
  const root = document.adoptNode(parsed.documentElement);
  document.documentElement.remove();
  document.append(root);
  return document;
}
