import type { RolePhrases } from '../roles/detection-schema';

/** A role named inside a piece of text: [start, end) are offsets into that text. */
export interface RoleMatch {
  roleId: string;
  start: number;
  end: number;
  text: string;
}

export interface Matcher {
  (text: string): RoleMatch[];
  /** A cheap test: false means the text names no role for sure (most text on a job page). */
  mightMatch(text: string): boolean;
  /** The matches without the cheap test first: for text whose caller already ran it. */
  withoutPretest(text: string): RoleMatch[];
}

// Between the words of a phrase: spaces (incl. no-break), hyphens and dashes, slashes, line breaks.
const SEPARATOR = String.raw`[\s\u00a0\-\u2010-\u2015/]+`;
// A word edge that also works after "mgr." (where \b would fail after the dot): no letter or
// digit of any script beside the phrase. Compiling `\p{L}` costs ~1 ms, on every page that shows a
// role title; most phrases have ASCII beside them, which a regex with ASCII edges settles (see
// `createMatcher`). Each edge: [ASCII, any script].
const BEFORE = [String.raw`(?<![A-Za-z0-9])`, String.raw`(?<![\p{L}\p{N}])`];
const AFTER = [String.raw`(?![A-Za-z0-9])`, String.raw`(?![\p{L}\p{N}])`];
/** Whether the character at `index` is outside ASCII (false outside the text). */
const nonAsciiAt = (text: string, index: number) => text.charCodeAt(index) > 0x7f;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A word matched in any letter case without the `i` flag ("mgr" -> "[mM][gG][rR]"). Under `iu`,
 * V8 builds the case closure of every letter in \p{L}: ~1.5 ms of start-up on every job page.
 */
const anyCase = (word: string) =>
  [...word].map((c) => (c.toLowerCase() === c.toUpperCase() ? escapeRegExp(c) : `[${c.toLowerCase()}${c.toUpperCase()}]`)).join('');

function phraseSource(slots: string[][], separator = SEPARATOR, spell = anyCase): string {
  return slots
    .map((spellings) => {
      // Longest first so "managers" wins over "manager" and "mgr." over "mgr".
      const alternatives = [...spellings].sort((a, b) => b.length - a.length).map(spell);
      return `(?:${alternatives.join('|')})`;
    })
    .join(separator);
}

/**
 * Builds one regular expression for all roles, so a title is read once whatever the number of
 * roles. Each role is a capturing group (the phrases' own groups capture nothing); the first
 * group that matched tells the role.
 */
export function createMatcher(roles: readonly RolePhrases[]): Matcher {
  const source = (edge: 0 | 1) =>
    roles.map((role) => `(${BEFORE[edge]}(?:${role.phrases.map((slots) => phraseSource(slots)).join('|')})${AFTER[edge]})`).join('|');
  // Where every match has ASCII beside it, the ASCII-edged regex finds exactly what the
  // any-script one would: the two agree on ASCII neighbours, and the any-script one accepts no
  // position the other rejects. A match with a non-ASCII neighbour (a CJK character, an em dash,
  // a curly apostrophe) has the text read again by the any-script regex, built on first need.
  const ascii = new RegExp(source(0), 'gu');
  let anyScript: RegExp | undefined;
  // A quick pre-test lets most text exit early: a phrase's last two words only, with any separator
  // or none between them (`textContent` runs words of adjacent blocks together,
  // "Program</div><div>Manager", where the full reading puts a space). Most titles fail it
  // ("Product Manager", "Account Executive"). Without the `u` flag (ASCII words and classes).
  const quick = new RegExp(
    [...new Set(roles.flatMap((r) => r.phrases.map((p) => phraseSource(p.slice(-2), `${SEPARATOR.slice(0, -1)}*`, escapeRegExp))))].join('|'),
    'i',
  );

  const read = (pattern: RegExp, text: string): RoleMatch[] | null => {
    const found: RoleMatch[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (pattern === ascii && (nonAsciiAt(text, m.index - 1) || nonAsciiAt(text, end))) return null;
      let group = 1;
      while (group <= roles.length && m[group] === undefined) group++;
      const role = roles[group - 1];
      if (role) found.push({ roleId: role.id, start: m.index, end, text: m[0] });
    }
    return found;
  };
  const withoutPretest = (text: string): RoleMatch[] => read(ascii, text) ?? read((anyScript ??= new RegExp(source(1), 'gu')), text)!;
  const match = (text: string): RoleMatch[] => (quick.test(text) ? withoutPretest(text) : []);
  return Object.assign(match, { mightMatch: (text: string) => quick.test(text), withoutPretest });
}
