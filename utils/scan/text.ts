/** Where one text node's characters start inside the joined text of an element. */
export interface TextRun {
  node: Text;
  start: number;
}

export interface ElementText {
  text: string;
  runs: TextRun[];
}

// Inline formatting that search pages wrap around query words (`<strong>Program</strong> Manager`)
// and that can sit inside a word: its edges do not separate words. Every other element's edges
// do, even with no space in the markup: Greenhouse prints `Program Manager<span>New</span>`.
// Sets of tag names rather than regexes: a regex's first run after the page has idled took 5–15 µs
// here against 1–2 µs when repeated, and the title of a card just appended is read once, after
// the page has idled.
const JOINING = new Set(['B', 'STRONG', 'EM', 'I', 'MARK', 'U', 'S', 'A', 'FONT', 'SMALL', 'SUB', 'SUP', 'ABBR', 'INS', 'DEL', 'WBR']);
// In any letter case (an inline <svg> reports its tag name in lower case).
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'SVG'].flatMap((t) => [t, t.toLowerCase()]));

/**
 * Joins the text of an element across its inline children (`<strong>Program</strong> Manager`),
 * remembering which text node each character came from, so matches can be turned into Ranges
 * without touching the page's nodes. The edges of elements other than inline formatting, and
 * `<br>`, count as a space.
 */
export function collectText(element: Element): ElementText {
  const runs: TextRun[] = [];
  let text = '';
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (value) {
          runs.push({ node: child as Text, start: text.length });
          text += value;
        }
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (SKIPPED.has(tag)) continue;
        if (tag === 'BR') {
          text += ' ';
          continue;
        }
        const breaks = !JOINING.has(tag);
        if (breaks) text += ' ';
        visit(child);
        if (breaks) text += ' ';
      }
    }
  };
  visit(element);
  return { text, runs };
}

/**
 * The text node and offset of a character position. Positions that fall on a virtual space (a
 * block edge) snap to the nearest real text: forward for a start, backward for an end.
 */
export function pointAt(runs: readonly TextRun[], offset: number, isEnd: boolean): [Text, number] | null {
  let low = 0;
  let high = runs.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (runs[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (isEnd) {
    // An end exactly at a run's start belongs to the previous run's end.
    while (found > 0 && runs[found]!.start === offset) found--;
    const run = runs[found];
    if (!run) return null;
    return [run.node, Math.min(offset - run.start, run.node.data.length)];
  }
  let run = runs[found];
  if (run && offset - run.start >= run.node.data.length) run = runs[found + 1];
  if (!run) run = runs[0];
  if (!run) return null;
  return [run.node, Math.max(0, offset - run.start)];
}

/** A live Range over [start, end) of an element's joined text. */
export function rangeFor(runs: readonly TextRun[], start: number, end: number, doc: Document): Range | null {
  const from = pointAt(runs, start, false);
  const to = pointAt(runs, end, true);
  if (!from || !to) return null;
  // Within one text node (most titles), an empty range is told by the offsets rather than by
  // asking the range: a DOM call less on a card just appended.
  if (from[0] === to[0] && from[1] >= to[1]) return null;
  const range = doc.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return from[0] === to[0] || !range.collapsed ? range : null;
}
