import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PAGES_DIR, REPO_ROOT } from '../../paths';
import { poseUrlOf } from './saved-page';

/** Our own small board pages: real markup structure from saved pages, with target-role titles. */
export const OWN_PAGES_DIR = resolve(REPO_ROOT, 'tests', 'fixtures', 'boards');

/**
 * Parses HTML as loadSavedPage does (DOMParser, so no scripts run), then moves the tree into the
 * test window's document, where Ranges work, under the page's URL. Frames, stylesheets and
 * non-JSON-LD scripts are dropped: a unit test cannot load them.
 */
function mount(html: string, url: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  for (const el of parsed.querySelectorAll('iframe, link, script:not([type="application/ld+json" i])')) el.remove();
  const root = document.adoptNode(parsed.documentElement);
  document.documentElement.remove();
  document.append(root);
  return document;
}

/** One of our own pages, `file` relative to tests/fixtures/boards, posing as `url`. */
export function loadOwnPage(file: string, url: string): Document {
  return mount(readFileSync(resolve(OWN_PAGES_DIR, file), 'utf8'), url);
}

/**
 * A saved real page (the file is never edited) for pages happy-dom 21 cannot parse as they are:
 * its DOMParser silently drops everything after a `<style>` element inside an inline `<svg>`, so
 * Indeed's search pages (whose loading spinner is such an svg, in the head) come out with an empty
 * body. Those `<style>` elements only animate icons; they are removed from the in-memory copy
 * before parsing, and everything else is parsed as loadSavedPage parses it.
 */
export function loadSavedPageWithoutSvgStyles(file: string, url = poseUrlOf(file)): Document {
  const html = readFileSync(resolve(PAGES_DIR, file), 'utf8').replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) =>
    svg.replace(/<style\b[\s\S]*?<\/style>/gi, ''),
  );
  return mount(html, url);
}
