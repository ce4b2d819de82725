import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PAGES_DIR, REPO_ROOT } from '../../paths';
import { createMatcher } from '@/utils/match/matcher';
import { loadRoleDetections } from '@/utils/roles/detection';
import { adaptersFor } from '@/utils/adapters/registry';
import { createTitleFinder } from '@/utils/scan/find-titles';
import { FoundTracker, type Found } from '@/utils/scan/tracker';
import { findElementShowing, readJsonLdPostings } from '@/utils/scan/json-ld';
import type { BoardAdapter } from '@/utils/adapters/types';

/** The pose_as_url of a saved page, from the fixtures' INDEX.tsv. */
export function poseUrlOf(file: string): string {
  const rows = readFileSync(resolve(PAGES_DIR, 'INDEX.tsv'), 'utf8').split('\n').slice(1);
  const row = rows.map((line) => line.split('\t')).find((cols) => cols[0] === file);
  if (!row?.[2]) throw new Error(`${file} is not in INDEX.tsv`);
  return row[2];
}

/** Our own small board pages: real markup structure from saved pages, with target-role titles. */
export const OWN_PAGES_DIR = resolve(REPO_ROOT, 'tests', 'fixtures', 'boards');

/**
 * Parses HTML with DOMParser (no scripts run), then moves the tree into the test window's own
 * document, where Ranges work as in a browser, under the page's real URL. The copy drops what a
 * unit test cannot load (frames, stylesheets, scripts other than JSON-LD).
 *
 * happy-dom 21's parser silently drops everything after a `<style>` inside an inline `<svg>`
 * (Indeed's search pages have one in a loading spinner, leaving an empty body): those styles only
 * animate icons and are removed from the in-memory copy first. The files are never edited.
 */
export function mountHtml(html: string, url: string): Document {
  const cleaned = html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) => svg.replace(/<style\b[\s\S]*?<\/style>/gi, ''));
  const parsed = new DOMParser().parseFromString(cleaned, 'text/html');
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  for (const el of parsed.querySelectorAll('iframe, link, script:not([type="application/ld+json" i])')) el.remove();
  const root = document.adoptNode(parsed.documentElement);
  document.documentElement.remove();
  document.append(root);
  return document;
}

/** A saved real page (shared/fixtures/pages, never edited) under its real URL. */
export function loadSavedPage(file: string, url = poseUrlOf(file)): Document {
  return mountHtml(readFileSync(resolve(PAGES_DIR, file), 'utf8'), url);
}

/** One of our own pages, `file` relative to tests/fixtures/boards, posing as `url`. */
export function loadOwnPage(file: string, url: string): Document {
  return mountHtml(readFileSync(resolve(OWN_PAGES_DIR, file), 'utf8'), url);
}

export interface ScanResult {
  adapters: BoardAdapter[];
  /** Every element the adapters take for a job title, matching or not. */
  titles: Element[];
  /** The titles (and JSON-LD titles) that name a role. */
  found: Found[];
}

/** Runs the production detection (adapters for the URL, JSON-LD, matcher) over a document. */
export function scanDocument(doc: Document, url: string, options: { mentions?: boolean } = {}): ScanResult {
  const pageUrl = new URL(url);
  const adapters = adaptersFor(pageUrl);
  const finder = createTitleFinder(adapters, doc);
  const extraTitles = () => {
    const names = [
      ...readJsonLdPostings(doc).map((p) => p.title),
      ...adapters.map((a) => a.pageTitle?.(doc, pageUrl) ?? null),
    ].filter((t): t is string => !!t);
    return names.map((t) => findElementShowing(doc, t)).filter((el): el is Element => !!el);
  };
  const tracker = new FoundTracker({ doc, matcher: createMatcher(loadRoleDetections()), finder, extraTitles });
  tracker.mentionsEnabled = options.mentions ?? false;
  tracker.update([doc.body]);
  tracker.updateExtraTitles();
  const titles = [...new Set([...finder.find(doc.body), ...extraTitles()])];
  return { adapters, titles, found: tracker.all() };
}

/** Title texts, whitespace folded, for readable assertions. */
export const textsOf = (elements: Iterable<Element | Found>) =>
  [...elements].map((e) => ('kind' in e ? e.text : (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
