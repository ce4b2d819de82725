#!/usr/bin/env node
/**
 * Renders assets/icon.svg to public/icon/{16,32,48,128}.png, which WXT puts in the manifest's
 * `icons` by itself. Chromium draws the SVG (the same engine the icons are shown in), each size
 * rendered from the vector rather than scaled down from one bitmap, on a transparent background.
 * The PNGs are committed: builds and CI never need a browser for them. Run after editing the SVG:
 *   node scripts/make-icons.mjs
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128];
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');
const chromium = [process.env.PUPPETEER_EXECUTABLE_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);
if (!chromium) throw new Error('make-icons: no Chromium (set PUPPETEER_EXECUTABLE_PATH or install chromium).');

const browser = await puppeteer.launch({ executablePath: chromium, headless: true, pipe: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  const outDir = resolve(root, 'public/icon');
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const out = resolve(outDir, `${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`make-icons: ${out}`);
  }
} finally {
  await browser.close();
}
