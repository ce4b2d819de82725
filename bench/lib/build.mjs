// Builds what the bench runs: the product extension (wxt, when missing or older than its
// sources), the in-page bundle of the product's detection modules, and the stack reference.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { writeReadableContent } from './composition.mjs';
import { projectPlugin } from './glob-plugin.mjs';
import { phraseRegExp } from './phrases.mjs';

export const paths = (root) => ({
  root,
  ext: resolve(root, '.output', 'chrome-mv3'),
  tmp: resolve(root, 'bench', '.tmp'),
});

function newestMtime(dir) {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** The built extension, rebuilt with `npx wxt build` when absent or older than its sources. */
export function ensureExtension(root, log) {
  const { ext } = paths(root);
  const manifest = join(ext, 'manifest.json');
  const sources = Math.max(
    ...['entrypoints', 'utils', 'components', 'data', 'public', 'assets'].map((d) => newestMtime(join(root, d))),
    ...['wxt.config.ts', 'package.json'].map((f) => (existsSync(join(root, f)) ? statSync(join(root, f)).mtimeMs : 0)),
  );
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  if (process.env.BENCH_NO_BUILD === '1' && built) return { ext, rebuilt: false, stale: built < sources };
  if (built && built >= sources) return { ext, rebuilt: false, stale: false };
  log(built ? 'built extension is older than its sources: npx wxt build' : 'no built extension: npx wxt build');
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (error) {
    // A source mid-edit by someone else: measure the last good build, and say so.
    if (!existsSync(manifest)) throw error;
    log('warning: npx wxt build failed; measuring the existing build, which is older than its sources');
    return { ext, rebuilt: false, stale: true };
  }
  return { ext, rebuilt: true, stale: false };
}

/** The product's Session/PageScan/painter and role data as one script for the page. */
export async function buildScanBundle(root) {
  const result = await esbuild.build({
    entryPoints: [resolve(root, 'bench', 'page', 'scan-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    // Readable names for profiler evidence; syntax and whitespace as production would ship them.
    minifySyntax: true,
    minifyWhitespace: true,
    keepNames: false,
    logLevel: 'silent',
    plugins: [projectPlugin(root)],
  });
  return result.outputFiles[0].text;
}

/**
 * The stack reference: the least a content script on this stack can cost. A tiny extension with
 * the product's content-script matches, whose script loads webextension-polyfill, reads one
 * settings item through @wxt-dev/storage, parses it with zod/mini and paints the phrases found
 * by a text walk as a CSS highlight.
 */
export async function buildStackExtension(root, contentScript) {
  const dir = join(paths(root).tmp, 'stack-ext');
  mkdirSync(dir, { recursive: true });
  const { source, flags } = phraseRegExp(root);
  await esbuild.build({
    entryPoints: [resolve(root, 'bench', 'stack', 'content.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    outfile: join(dir, 'content.js'),
    define: { __PHRASES__: JSON.stringify(source), __FLAGS__: JSON.stringify(flags) },
    logLevel: 'silent',
  });
  const manifest = {
    manifest_version: 3,
    name: 'Role Lens bench: stack reference',
    version: '0.0.1',
    permissions: ['storage'],
    content_scripts: [{ ...contentScript, js: ['content.js'], css: undefined }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, bytes: statSync(join(dir, 'content.js')).size };
}

/**
 * A private copy of the built extension for this run: other engineers' builds rewrite .output at
 * any time. Waits out a build in progress (no manifest yet) for up to a minute.
 */
export async function snapshotExtension(root, log) {
  const { ext, tmp } = paths(root);
  const copy = join(tmp, 'extension');
  for (let waited = 0; ; waited += 2) {
    try {
      const manifest = readManifest(ext);
      rmSync(copy, { recursive: true, force: true });
      cpSync(ext, copy, { recursive: true });
      readManifest(copy);
      return { dir: copy, manifest };
    } catch (error) {
      if (waited >= 60) throw error;
      if (waited === 0) log('waiting for a build of .output/chrome-mv3 in progress...');
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

export function readManifest(extDir) {
  return JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
}

/** A copy of the snapshot whose content script is the unminified re-bundle (profiling only). */
export async function readableExtension(root, extDir) {
  const dir = join(paths(root).tmp, 'extension-readable');
  rmSync(dir, { recursive: true, force: true });
  cpSync(extDir, dir, { recursive: true });
  const manifest = readManifest(dir);
  await writeReadableContent(root, join(dir, manifest.content_scripts[0].js[0]));
  return dir;
}
