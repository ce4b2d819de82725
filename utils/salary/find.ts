/**
 * Finds the salary the employer stated for the posting a title belongs to, if the page states one.
 *
 * Sources, most trustworthy first:
 * 1. the page's schema.org JobPosting `baseSalary` (machine-readable, carries its currency: an
 *    Australian "$130,000" is AUD there, while the printed text only says "$");
 * 2. a short line printed in the title's job card, or near the title of a job view.
 *
 * Board estimates ("Est.", "Glassdoor est.") are rejected by `salaryFromText` itself; this file also
 * rejects a bare amount whose immediate wrapper labels it as an estimate.
 */
import { CARD_SELECTOR as CARD } from '../scan/card';
import { readJsonLdPostings, type JsonLdPosting } from '../scan/json-ld';
import { salaryFromJsonLd, salaryFromText, type PostedSalary } from './parse';

/** The brief's limit: salary lines are short; anything longer is a description paragraph. */
const MAX_LINE_CHARS = 100;
/** A job view's header block (title, company, pay) stays small; a larger ancestor is the page. */
const MAX_HEADER_CHARS = 1500;
const MAX_HEADER_DEPTH = 6;
/** Bounds the work on huge cards; a salary line is never hundreds of elements in. */
const MAX_ELEMENTS_SCANNED = 600;
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'TEXTAREA', 'SELECT']);
/** Same wording `salaryFromText` refuses, applied to the label next to an amount. */
const ESTIMATE_LABEL = /\best(?:imate[sd]?|imation)?\b/i;

const normalise = (text: string | null | undefined): string =>
  (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The posting whose title is the anchor's text; "Senior X - job post" still names posting "Senior X". */
function titleMatches(posting: JsonLdPosting, anchorText: string): 'exact' | 'loose' | false {
  const title = normalise(posting.title);
  if (!title || !anchorText) return false;
  if (title === anchorText) return 'exact';
  return anchorText.startsWith(title) || title.startsWith(anchorText) ? 'loose' : false;
}

function postingFor(anchor: Element, postings: JsonLdPosting[]): JsonLdPosting | undefined {
  const anchorText = normalise(anchor.textContent);
  const exact = postings.filter((p) => titleMatches(p, anchorText) === 'exact');
  if (exact.length === 1) return exact[0];
  if (postings.length === 1) {
    const only = postings[0]!;
    // A results page may carry the JSON-LD of the job open beside the list: that single posting
    // belongs to a title in a listing card only if the card's title names it.
    if (titleMatches(only, anchorText) || !anchor.closest(CARD)) return only;
    return undefined;
  }
  const loose = postings.filter((p) => titleMatches(p, anchorText));
  return loose.length === 1 ? loose[0] : undefined;
}

function salaryFromStructuredData(anchor: Element, doc: Document): PostedSalary | null {
  const posting = postingFor(anchor, readJsonLdPostings(doc));
  return posting ? salaryFromJsonLd(posting.baseSalary) : null;
}

/** The listing card holding the title, else the small block around a job view's title. */
function scopeAround(anchor: Element, doc: Document): Element | null {
  const card = anchor.closest(CARD);
  if (card) return card;
  let scope: Element | null = null;
  let el = anchor.parentElement;
  for (let depth = 0; el && el !== doc.body && el !== doc.documentElement && depth < MAX_HEADER_DEPTH; depth++) {
    if ((el.textContent ?? '').length > MAX_HEADER_CHARS) break;
    scope = el;
    el = el.parentElement;
  }
  return scope;
}

/** "$85K" alone in a span whose wrapper says "Estimated pay" is still an estimate. */
function labelledAsEstimate(el: Element, scope: Element): boolean {
  const parent = el.parentElement;
  if (!parent || !scope.contains(parent)) return false;
  const text = parent.textContent ?? '';
  return text.length <= MAX_LINE_CHARS * 2 && ESTIMATE_LABEL.test(text);
}

function salaryFromPrintedText(anchor: Element, doc: Document): PostedSalary | null {
  const scope = scopeAround(anchor, doc);
  if (!scope) return null;
  const walker = doc.createTreeWalker(scope, 1 /* NodeFilter.SHOW_ELEMENT */, {
    acceptNode: (node) => (SKIPPED_TAGS.has((node as Element).tagName.toUpperCase()) ? 2 /* REJECT */ : 1),
  });
  let scanned = 0;
  for (let node = walker.nextNode(); node && scanned < MAX_ELEMENTS_SCANNED; node = walker.nextNode(), scanned++) {
    const el = node as Element;
    const text = (el.textContent ?? '').trim();
    if (text.length === 0 || text.length >= MAX_LINE_CHARS) continue;
    const salary = salaryFromText(text);
    if (salary && !labelledAsEstimate(el, scope)) return salary;
  }
  return null;
}

/**
 * The salary stated for the posting `anchor` (a job title element) belongs to, or null when the page
 * states none. Never throws: page markup and JSON-LD are untrusted.
 */
export function findPostedSalary(anchor: Element, doc: Document): PostedSalary | null {
  try {
    return salaryFromStructuredData(anchor, doc) ?? salaryFromPrintedText(anchor, doc);
  } catch {
    return null;
  }
}
