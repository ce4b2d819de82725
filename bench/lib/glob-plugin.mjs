// An esbuild stand-in for Vite's `import.meta.glob(pattern, { eager: true, import: 'default' })`
// (or a named export: `import: 'phrases'`),
// so the bench bundles the product modules exactly as written (registry.ts, detection.ts) rather
// than a hand-made copy. Only what the project uses: one `*` in a path segment, eager.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const GLOB_CALL = /import\.meta\.glob(?:<[^>]*>)?\(\s*(['"])([^'"]+)\1\s*(?:,\s*\{([^}]*)\})?\s*\)/g;

/** Files matching a relative glob with `*` wildcards (no `**`), sorted, relative to `fromDir`. */
export function expandGlob(fromDir, pattern) {
  const parts = pattern.split('/');
  let current = [''];
  for (const part of parts) {
    const next = [];
    for (const prefix of current) {
      if (!part.includes('*')) {
        next.push(prefix ? `${prefix}/${part}` : part);
        continue;
      }
      const dir = resolve(fromDir, prefix || '.');
      let entries = [];
      try {
        entries = readdirSync(dir);
      } catch {
        continue;
      }
      const re = new RegExp(`^${part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      for (const entry of entries.sort()) if (re.test(entry)) next.push(prefix ? `${prefix}/${entry}` : entry);
    }
    current = next;
  }
  return current.filter((p) => {
    try {
      return statSync(resolve(fromDir, p)).isFile();
    } catch {
      return false;
    }
  });
}

/** Rewrites each eager glob into static imports and an object keyed as Vite keys it. */
export function rewriteGlobs(source, fromDir) {
  let counter = 0;
  const imports = [];
  const code = source.replace(GLOB_CALL, (_all, _q, pattern, options = '') => {
    if (!/eager\s*:\s*true/.test(options)) throw new Error(`bench glob plugin: only eager globs are supported (${pattern})`);
    const named = /import\s*:\s*['"]([\w$]+)['"]/.exec(options)?.[1];
    const entries = expandGlob(fromDir, pattern).map((file) => {
      const name = `__glob_${counter++}`;
      const spec = file.startsWith('.') ? file : `./${file}`;
      const what = named === 'default' ? name : named ? `{ ${named} as ${name} }` : `* as ${name}`;
      imports.push(`import ${what} from ${JSON.stringify(spec)};`);
      return `${JSON.stringify(spec)}: ${name}`;
    });
    return `({${entries.join(', ')}})`;
  });
  return counter === 0 ? source : `${imports.join('\n')}\n${code}`;
}

/** esbuild plugin: `import.meta.glob` in the project's .ts files, and the `@/` alias. */
export function projectPlugin(repoRoot) {
  return {
    name: 'role-lens-bench-project',
    setup(build) {
      build.onResolve({ filter: /^@\// }, (args) => ({ path: resolveTs(join(repoRoot, args.path.slice(2))) }));
      build.onLoad({ filter: /\.tsx?$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.glob')) return undefined;
        return {
          contents: rewriteGlobs(source, dirname(args.path)),
          loader: args.path.endsWith('x') ? 'tsx' : 'ts',
          resolveDir: dirname(args.path),
        };
      });
    },
  };
}

function resolveTs(path) {
  for (const candidate of [path, `${path}.ts`, `${path}.tsx`, join(path, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next
    }
  }
  return path;
}

export const rel = (root, p) => relative(root, p);
