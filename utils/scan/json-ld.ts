/** A schema.org JobPosting read from a page's JSON-LD: what Role Lens uses of it. */
export interface JsonLdPosting {
  title: string;
  baseSalary?: unknown;
}

const isPosting = (node: Record<string, unknown>): boolean => {
  const type = node['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
};

/** Walks a parsed JSON-LD value: a node, an array of nodes, or a node with an `@graph`. */
function collect(value: unknown, out: JsonLdPosting[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  if (isPosting(node) && typeof node.title === 'string' && node.title.trim()) {
    out.push({ title: decodeEntities(node.title.trim()), baseSalary: node.baseSalary });
  }
  if ('@graph' in node) collect(node['@graph'], out, depth + 1);
}

// Some boards HTML-escape the JSON-LD title ("Sales &amp; Account Manager"). Decode the few
// entities seen without parsing HTML (page text never reaches an HTML parser).
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Every JobPosting named in the document's JSON-LD scripts. Broken JSON is skipped. */
export function readJsonLdPostings(doc: Document): JsonLdPosting[] {
  const postings: JsonLdPosting[] = [];
  // By tag name: Chromium collects elements of one tag on a fast path; the type is checked here.
  for (const script of doc.getElementsByTagName('script')) {
    if (script.type.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      collect(JSON.parse(script.textContent ?? ''), postings);
    } catch {
      // A page's malformed JSON-LD is its own business.
    }
  }
  return postings;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

// Where a posting page shows its title, most likely first.
const TITLE_CANDIDATES = 'h1, h2, [class*="title" i], [data-testid*="title" i], [data-automation-id*="title" i]';

/**
 * The element that shows a JSON-LD posting title: a heading whose text is the title, else the
 * innermost title-like element whose text is the title (Indeed wraps its h1 in a div whose class
 * says "title"), else one whose text starts with it ("Account Manager - job post").
 */
export function findElementShowing(doc: Document, title: string): Element | null {
  const wanted = normalise(title);
  if (!wanted) return null;
  let exact: Element | null = null;
  let loose: Element | null = null;
  for (const el of doc.body?.querySelectorAll(TITLE_CANDIDATES) ?? []) {
    if (el.closest('script,style,head')) continue;
    const text = normalise(el.textContent ?? '');
    if (text === wanted) {
      if (/^H[1-6]$/.test(el.tagName)) return el;
      // Candidates come in document order: a later exact match inside the first is innermost.
      if (!exact || exact.contains(el)) exact = el;
    } else if (!loose && text.startsWith(wanted) && text.length <= wanted.length + 40) loose = el;
  }
  return exact ?? loose;
}
