// Section 7: the bytes a page pays for. The page-load script(s) the manifest lists and the card
// code the background injects on first hover, as built (WXT minifies them), and gzip -9.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { composition } from '../lib/composition.mjs';

async function measure(dir, files, loader = 'js') {
  const present = files.filter((f) => existsSync(join(dir, f)));
  if (present.length === 0) return null;
  const code = present.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  // Check the build is minified: esbuild's own minify of it should not shrink it much.
  const reminified = (await esbuild.transform(code, { minify: true, loader, logLevel: 'silent' })).code;
  return {
    files: present,
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
    reminifiedBytes: Buffer.byteLength(reminified),
  };
}

export async function runSize({ root, extDir, manifest, log }) {
  const pageLoad = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const css = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.css ?? []))];
  const result = {
    pageLoad: await measure(extDir, pageLoad),
    pageLoadCss: await measure(extDir, css, 'css').catch(() => null),
    card: await measure(extDir, ['card.js']),
  };
  // Where the bytes come from (esbuild re-bundle of the sources; see lib/composition.mjs).
  result.pageLoadComposition = await composition(root).catch((e) => ({ error: String(e.message ?? e) }));
  if (existsSync(join(root, 'entrypoints', 'card.ts'))) {
    result.cardComposition = await composition(root, 'entrypoints/card.ts').catch((e) => ({ error: String(e.message ?? e) }));
  }
  const kb = (b) => (b / 1024).toFixed(1);
  log(`  size: page-load ${kb(result.pageLoad.bytes)} KB / ${kb(result.pageLoad.gzipBytes)} KB gzip; ` +
    (result.card ? `card ${kb(result.card.bytes)} KB / ${kb(result.card.gzipBytes)} KB gzip` : 'card n/a'));
  return result;
}
