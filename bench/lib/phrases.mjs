// The role phrases from data/*/detection.json as one plain regular expression, for the two
// comparison points that are not Role Lens: mark.js and the stack reference's text walk.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expandGlob } from './glob-plugin.mjs';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// The same separators the product accepts between the words of a phrase.
const SEPARATOR = String.raw`[\s\u00a0\-\u2010-\u2015/]+`;

export function readDetections(repoRoot) {
  return expandGlob(resolve(repoRoot, 'data'), '*/detection.json').map((file) =>
    JSON.parse(readFileSync(resolve(repoRoot, 'data', file), 'utf8')),
  );
}

/** `{ source, flags }` of one case-insensitive regex naming every phrase of every role. */
export function phraseRegExp(repoRoot) {
  const phrases = readDetections(repoRoot).flatMap((role) =>
    role.phrases.map((slots) =>
      slots.map((spellings) => `(?:${[...spellings].sort((a, b) => b.length - a.length).map(escape).join('|')})`).join(SEPARATOR),
    ),
  );
  // Word edges that also work after "mgr." (a trailing \b would fail after the dot).
  return { source: String.raw`(?<![\p{L}\p{N}])(?:${phrases.join('|')})(?![\p{L}\p{N}])`, flags: 'giu' };
}
