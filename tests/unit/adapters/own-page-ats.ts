import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../paths';

/** Our own small board pages (built from each board's real markup, with target-role titles). */
export const OWN_BOARD_PAGES_DIR = resolve(REPO_ROOT, 'tests', 'fixtures', 'boards');

/**
 * Parses one of our own board pages under the URL it stands for, the way loadSavedPage does for
 * the saved real pages: DOMParser (no scripts run), then the tree moved into the test window's
 * document so Ranges work, with frames, stylesheets and non-JSON-LD scripts dropped.
 * `file` is relative to tests/fixtures/boards.
 */
export function loadOwnBoardPage(file: string, url: string): Document {
  const html = readFileSync(resolve(OWN_BOARD_PAGES_DIR, file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  for (const el of parsed.querySelectorAll('iframe, link, script:not([type="application/ld+json" i])')) el.remove();
  const root = document.adoptNode(parsed.documentElement);
  document.documentElement.remove();
  document.append(root);
  return document;
}
