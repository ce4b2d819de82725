/**
 * The store packages as they would be uploaded: `wxt zip` for Chrome and Firefox (with the
 * Firefox sources zip), built into a temporary outDir (ROLE_LENS_OUT_DIR) so the tests' own
 * .output is left alone, then unpacked and read. Also `web-ext lint` on the Firefox build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../paths';

/** Entries of a zip file (stored or deflated: what JSZip writes), read with node's zlib. */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  const entries = new Map<string, Buffer>();
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataStart, dataStart + size);
    if (!name.endsWith('/')) entries.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

const pkg = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8'));
const bin = (name: string) => resolve(REPO_ROOT, 'node_modules', '.bin', name);
// Every board the store listing names must be covered by a content-script match and a host permission.
const BOARD_HOSTS = [
  'linkedin.com',
  'indeed.com',
  'glassdoor.com',
  'greenhouse.io',
  'lever.co',
  'myworkdayjobs.com',
  'ashbyhq.com',
  'smartrecruiters.com',
  'ziprecruiter.com',
  'wellfound.com',
  'workable.com',
  'seek.com.au',
  'monster.com',
];
// Patterns that would ask for every site; user-enabled career sites use optional permissions.
const BROAD = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];

let outDir: string;
let chrome: Map<string, Buffer>;
let firefox: Map<string, Buffer>;
let sources: Map<string, Buffer>;

beforeAll(() => {
  outDir = mkdtempSync(resolve(tmpdir(), 'role-lens-zip-'));
  const env = { ...process.env, ROLE_LENS_OUT_DIR: outDir };
  execFileSync(bin('wxt'), ['zip'], { cwd: REPO_ROOT, env, stdio: 'pipe' });
  execFileSync(bin('wxt'), ['zip', '-b', 'firefox', '--mv3'], { cwd: REPO_ROOT, env, stdio: 'pipe' });
  chrome = readZip(resolve(outDir, `role-lens-${pkg.version}-chrome.zip`));
  firefox = readZip(resolve(outDir, `role-lens-${pkg.version}-firefox.zip`));
  sources = readZip(resolve(outDir, `role-lens-${pkg.version}-sources.zip`));
});
afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const manifestOf = (zip: Map<string, Buffer>) => JSON.parse(zip.get('manifest.json')!.toString('utf8'));

/** Width and height from a PNG's IHDR. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe('store packages', () => {
  it('Chrome zip: manifest stamped with package.json version, narrow permissions, every board covered', () => {
    const manifest = manifestOf(chrome);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(pkg.version);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.web_accessible_resources).toBeUndefined();
    const matches: string[] = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches);
    const hosts: string[] = manifest.host_permissions;
    for (const pattern of [...matches, ...hosts]) expect(BROAD).not.toContain(pattern);
    for (const host of BOARD_HOSTS) {
      const covers = (pattern: string) => new RegExp(`^\\*://([^/]*\\.)?${host.replace(/\./g, '\\.')}/`).test(pattern);
      expect(matches.some(covers), `content-script matches cover ${host}`).toBe(true);
      expect(hosts.some(covers), `host_permissions cover ${host}`).toBe(true);
    }
    // User-enabled career sites are asked for at run time, one origin at a time.
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['https://*/*']));
  });

  it('Chrome zip: every file the manifest names is inside, icons at their sizes, no source maps', () => {
    const manifest = manifestOf(chrome);
    const named = [
      manifest.background.service_worker,
      ...manifest.content_scripts.flatMap((s: { js?: string[]; css?: string[] }) => [...(s.js ?? []), ...(s.css ?? [])]),
      ...(manifest.action.default_popup ? [manifest.action.default_popup] : []),
      ...Object.values(manifest.icons as Record<string, string>),
    ];
    for (const file of named) expect(chrome.has(file), file).toBe(true);
    // The background injects card.js with scripting.executeScript: not in the manifest, still needed.
    expect(chrome.has('card.js')).toBe(true);
    expect(Object.keys(manifest.icons).sort()).toEqual(['128', '16', '32', '48']);
    for (const [size, file] of Object.entries(manifest.icons as Record<string, string>)) {
      expect(pngSize(chrome.get(file)!)).toEqual([Number(size), Number(size)]);
    }
    expect([...chrome.keys()].filter((name) => name.endsWith('.map'))).toEqual([]);
  });

  it('Firefox zip: gecko id, no data collected, background as event page scripts', () => {
    const manifest = manifestOf(firefox);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest.browser_specific_settings.gecko).toMatchObject({
      id: 'role-lens@role-lens.dev',
      data_collection_permissions: { required: ['none'] },
    });
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('Firefox sources zip: what a reviewer needs to rebuild, without dependencies, output or tests', () => {
    const names = [...sources.keys()];
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'entrypoints/background.ts', 'assets/icon.svg']) {
      expect(sources.has(file), file).toBe(true);
    }
    expect(names.some((name) => name.startsWith('data/'))).toBe(true);
    const unwanted = names.filter((name) => /^(node_modules|\.output|\.wxt|\.git|tests|demo-output|docs\/store\/screenshots)\//.test(name));
    expect(unwanted).toEqual([]);
    const sourcesBytes = [...sources.values()].reduce((sum, data) => sum + data.length, 0);
    expect(sourcesBytes).toBeLessThan(5 * 1024 * 1024);
  });

  it('web-ext lint: the Firefox build has no errors', () => {
    // web-ext exits non-zero on errors; with --output json the report is parsed either way.
    let report: string;
    try {
      report = execFileSync(bin('web-ext'), ['lint', '--source-dir', resolve(outDir, 'firefox-mv3'), '--output', 'json', '--no-config-discovery'], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      }).toString();
    } catch (error) {
      report = String((error as { stdout?: Buffer }).stdout ?? '');
    }
    const result = JSON.parse(report.slice(report.indexOf('{')));
    expect(result.errors).toEqual([]);
    expect(result.summary.errors).toBe(0);
  });
});
