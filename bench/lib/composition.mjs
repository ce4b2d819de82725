// Where the page-load script's bytes come from. WXT (Vite) keeps no module boundaries in its
// output, so the content entrypoint is bundled again here with esbuild the way WXT wires it
// (its isolated-world wrapper, the polyfill alias, production env), minified, and esbuild's
// metafile tells each input's share. Approximate (another minifier), but the shares hold.
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { projectPlugin } from './glob-plugin.mjs';

function wxtVirtuals(root, entry) {
  return {
    name: 'bench-wxt-virtuals',
    setup(build) {
      build.onResolve({ filter: /^virtual:user-content-script-isolated-world-entrypoint$/ }, () => ({ path: resolve(root, entry) }));
      build.onResolve({ filter: /^virtual:wxt-plugins$/ }, () => ({ path: 'wxt-plugins', namespace: 'bench-virtual' }));
      build.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: resolve(root, 'node_modules/@wxt-dev/webextension-polyfill/dist/browser.mjs') }));
      build.onResolve({ filter: /^bench-auto-imports$/ }, () => ({ path: 'auto', namespace: 'bench-virtual' }));
      build.onLoad({ filter: /.*/, namespace: 'bench-virtual' }, (args) => ({
        contents: args.path === 'auto' ? 'export const defineContentScript = (d) => d; export const defineUnlistedScript = (d) => d;' : 'export function initPlugins() {}',
        loader: 'js',
      }));
    },
  };
}

const groupOf = (path) => {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 13).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const parts = path.replace(/^.*?(entrypoints|utils|components|data)\//, '$1/').split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}` : parts[0];
};

function options(root, entry) {
  return {
    stdin: {
      contents: `import 'bench-auto-imports';\n${'import def from "virtual:user-content-script-isolated-world-entrypoint";'}\nimport { ContentScriptContext } from 'wxt/utils/content-script-context';\nimport { initPlugins } from 'virtual:wxt-plugins';\ninitPlugins(); const { main, ...o } = def; main(new ContentScriptContext('content', o));`,
      resolveDir: root,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    metafile: true,
    inject: [],
    loader: { '.css': 'empty' },
    define: {
      'import.meta.env': JSON.stringify({ MODE: 'production', PROD: true, DEV: false, ENTRYPOINT: 'content', BROWSER: 'chrome', CHROME: true, FIREFOX: false, MANIFEST_VERSION: 3 }),
      defineContentScript: 'globalThis.__benchDefine',
    },
    banner: { js: 'globalThis.__benchDefine=(d)=>d;' },
    logLevel: 'silent',
    plugins: [wxtVirtuals(root, entry), projectPlugin(root)],
  };
}

/** `{ totalBytes, groups: [{ name, bytes }] }` of the minified re-bundle of an entrypoint. */
export async function composition(root, entry = 'entrypoints/content/index.ts') {
  const result = await esbuild.build({ ...options(root, entry), minify: true });
  const output = Object.values(result.metafile.outputs)[0];
  const groups = new Map();
  for (const [path, info] of Object.entries(output.inputs)) {
    const name = groupOf(path);
    groups.set(name, (groups.get(name) ?? 0) + info.bytesInOutput);
  }
  return {
    totalBytes: output.bytes,
    groups: [...groups.entries()].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}

/**
 * The content script re-bundled unminified into a copy of the built extension, for profiles
 * whose function names can be read. Used only for the real-page evidence, never for a figure.
 */
export async function writeReadableContent(root, outfile) {
  await esbuild.build({ ...options(root, 'entrypoints/content/index.ts'), write: true, outfile, minify: false });
}
