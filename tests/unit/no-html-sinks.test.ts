import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Page text (job titles, JSON-LD, salaries) reaches the card, the popup and the options page: no
 * code of the extension may turn a string into markup or code. Every .ts/.tsx file under
 * entrypoints/, utils/ and components/ is read; a sink anywhere (comments included, so that no
 * one copies one from an example) fails with file and line.
 */
const ROOT = process.cwd();
const DIRS = ['entrypoints', 'utils', 'components'];
const SINKS: [name: string, pattern: RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML =', /\bouterHTML\s*=/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['eval(', /(?<![\w.$])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** "file:line: sink — text" for every sink in the given sources. */
function findSinks(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    text.split('\n').forEach((line, i) => {
      for (const [name, pattern] of SINKS) {
        if (pattern.test(line)) found.push(`${path}:${i + 1}: ${name} — ${line.trim()}`);
      }
    });
  }
  return found;
}

describe('no HTML or code sinks in the extension\'s code', () => {
  const files = DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).map((path) => ({
    path: relative(ROOT, path),
    text: readFileSync(path, 'utf8'),
  }));

  it('reads the sources (entrypoints, utils, components)', () => {
    for (const dir of DIRS) expect(files.some((f) => f.path.startsWith(`${dir}/`)), dir).toBe(true);
    expect(files.some((f) => f.path.endsWith('.tsx'))).toBe(true);
  });

  it('no file uses innerHTML, outerHTML =, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, eval( or new Function(', () => {
    const found = findSinks(files);
    expect(found, `HTML/code sinks found:\n${found.join('\n')}`).toEqual([]);
  });

  it('the check itself finds each sink, with file and line', () => {
    const sample = [
      'el.innerHTML = title;',
      'el.outerHTML = x;',
      "el.insertAdjacentHTML('beforeend', x);",
      '<div dangerouslySetInnerHTML={{ __html: x }} />',
      'document.write(x);',
      'eval(code);',
      "new Function('return 1');",
      'const evaluate = (x) => x; obj.retrieval(1); evaluate(2);',
    ].join('\n');
    const found = findSinks([{ path: 'utils/sample.ts', text: sample }]);
    expect(found.map((f) => f.split(' — ')[0])).toEqual([
      'utils/sample.ts:1: innerHTML',
      'utils/sample.ts:2: outerHTML =',
      'utils/sample.ts:3: insertAdjacentHTML',
      'utils/sample.ts:4: dangerouslySetInnerHTML',
      'utils/sample.ts:5: document.write',
      'utils/sample.ts:6: eval(',
      'utils/sample.ts:7: new Function(',
    ]);
  });
});
