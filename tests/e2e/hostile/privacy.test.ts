import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { browser as extensionApi } from 'wxt/browser';
import { EXTENSION_DIR } from '../harness';
import { waitForCard, waitForNoCard } from '../card-helpers';
import {
  clickInCard,
  GREENHOUSE_BOARD,
  greenhouseBoard,
  hoverText,
  LINKEDIN_SEARCH,
  linkedinSearch,
  poseSite,
  sleep,
  TITLE,
  waitForCompare,
  waitForRanges,
} from './pages';
import { serviceWorker, watchedExtension } from './extension';

declare const chrome: typeof extensionApi;

const env = watchedExtension();

/** A match pattern that reaches every site (or every site of a scheme). */
const BROAD = /^(<all_urls>|(\*|https?|file|ftp|ws|wss):\/\/\*\/.*)$/;

/** Resource fetches a document or worker made to anything but the extension's own files. */
const outsideFetches = (target: { evaluate: Page['evaluate'] }) =>
  target.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((url) => !url.startsWith('chrome-extension://')),
  );

describe('privacy', () => {
  it('the built manifest: no web_accessible_resources, no broad host permission or content-script match', async () => {
    const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toBeUndefined();
    const hosts: string[] = manifest.host_permissions ?? [];
    const matches: string[] = (manifest.content_scripts ?? []).flatMap((s: { matches?: string[] }) => s.matches ?? []);
    expect(hosts.length).toBeGreaterThan(0);
    expect(hosts.filter((p) => BROAD.test(p))).toEqual([]);
    expect(matches.filter((p) => BROAD.test(p))).toEqual([]);
    expect((manifest.permissions ?? []).filter((p: string) => BROAD.test(p))).toEqual([]);
    // Broad optional hosts grant nothing at install (the user enables a site from the popup).
    expect(manifest.optional_host_permissions).toEqual(expect.arrayContaining(['https://*/*']));
    // The installed extension runs with that manifest.
    const worker = (await (await serviceWorker(env.ext.browser, env.ext.extensionId)).worker())!;
    const installed = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(installed.host_permissions).toEqual(manifest.host_permissions);
    expect((installed as { web_accessible_resources?: unknown }).web_accessible_resources).toBeUndefined();
  });

  it("the page's own message listener hears nothing from Role Lens through a session", async () => {
    // A page script that records every window message: a tracking script listening for what the
    // extensions a reader runs announce (WXT's default start-up message carries the extension id).
    const site = await poseSite(
      env.ext.browser,
      LINKEDIN_SEARCH,
      { [LINKEDIN_SEARCH]: { body: linkedinSearch(['Senior Program Manager, Ads', 'Data Engineer', 'Key Account Manager, EMEA']) } },
      () => {
        const heard: string[] = [];
        (window as unknown as { __heard: string[] }).__heard = heard;
        window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
      },
    );
    const { page } = site;
    await waitForRanges(page, 2);
    await hoverText(page, TITLE, 0);
    await waitForCard(page, 'program-manager');
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);
    const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
    expect(heard).toEqual([]);
    expect(site.errors).toEqual([]);
    await page.close();
  });

  it('a whole session (board page, card, compare, frame, popup, options) sends nothing over the network', async () => {
    // A board page with a Greenhouse frame: content scripts in both, cards, Compare.
    const site = await poseSite(env.ext.browser, LINKEDIN_SEARCH, {
      [LINKEDIN_SEARCH]: {
        body: linkedinSearch(['Senior Program Manager, Ads', 'Data Engineer', 'Key Account Manager, EMEA'], {
          after: `<iframe src="${GREENHOUSE_BOARD}" style="width:600px;height:200px"></iframe>`,
        }),
      },
      [GREENHOUSE_BOARD]: { body: greenhouseBoard(['Technical Program Manager']) },
    });
    const { page } = site;
    await waitForRanges(page, 2);
    await hoverText(page, TITLE, 0);
    await waitForCard(page, 'program-manager');
    await clickInCard(page, 'Compare');
    await waitForCompare(page);
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);
    await hoverText(page, TITLE, 2);
    await waitForCard(page, 'account-manager');
    await page.mouse.move(1270, 890);
    await waitForNoCard(page);

    // The popup on that page, both tabs.
    const extension = (await env.ext.browser.extensions()).get(env.ext.extensionId)!;
    await page.bringToFront();
    await page.triggerExtensionAction(extension);
    const popup = (await (await env.ext.browser.waitForTarget((t) => t.url().endsWith('popup.html'), { timeout: 10_000 })).asPage())!;
    await popup.waitForSelector('[role="tabpanel"]');
    await popup.waitForSelector('.titles .title-text', { timeout: 10_000 });
    for (const tab of await popup.$$('[role="tab"]')) {
      await tab.click();
      await sleep(200);
    }
    expect(await outsideFetches(popup)).toEqual([]);
    await popup.close();

    // The options page, in a tab.
    const options = await env.ext.browser.newPage();
    await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`, { waitUntil: 'load' });
    await sleep(500);
    expect(await outsideFetches(options)).toEqual([]);
    await options.close();

    // The worker, since it started: nothing fetched.
    const worker = (await (await serviceWorker(env.ext.browser, env.ext.extensionId)).worker())!;
    expect(await worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => !u.startsWith('chrome-extension://')))).toEqual([]);
    // The page itself has no subresource but the frame: any other request came from the extension
    // (a content script's fetch carries the page as its initiator, so all are counted), except the
    // browser's own favicon request.
    expect(site.otherRequests.filter((r) => !r.url.endsWith('/favicon.ico'))).toEqual([]);
    expect(site.errors).toEqual([]);
    await page.close();
    // CDP saw every extension target: the worker and the pages opened above.
    expect(env.net.watched.some((w) => w.startsWith('service_worker'))).toBe(true);
    expect(env.net.watched.some((w) => w.includes('popup.html'))).toBe(true);
    expect(env.net.watched.some((w) => w.includes('options.html'))).toBe(true);
    expect(env.net.requests).toEqual([]);
  });
});
