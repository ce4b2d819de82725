import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser as extensionApi } from 'wxt/browser';
import { eventually, launchWithExtension, paintedRanges, poseSavedPage, type Extension } from './harness';

declare const chrome: typeof extensionApi;

let ext: Extension;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.browser.close();
});

/** Writes settings the way the popup does (extension storage), from the service worker. */
async function setSettings(settings: Record<string, unknown>): Promise<void> {
  const target = await ext.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().includes(ext.extensionId));
  const worker = (await target.worker())!;
  await worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

const JOB_VIEW = 'linkedin/xingyoulee_linkedin_loggedin_jobview_flow_traders.html';
// The saved job's title, renamed in flight to a target role: the description repeats it three times.
const rename = (html: string) => html.split('Graduate Data Engineer').join('Graduate Program Manager');

const byKind = async (page: Page) => {
  const ranges = await paintedRanges(page);
  return {
    titles: ranges.filter((r) => !r.highlight.endsWith('-mention')),
    mentions: ranges.filter((r) => r.highlight.endsWith('-mention')),
  };
};

describe('mentions in description text (a setting, off by default)', () => {
  it('off: only the title; on: the description mentions too, live; off again: gone', async () => {
    const { page, errors } = await poseSavedPage(ext.browser, JOB_VIEW, { transform: rename });
    await eventually(async () => (await byKind(page)).titles.length === 1, { message: 'the title highlighted' });
    expect((await byKind(page)).mentions).toEqual([]);

    await setSettings({ highlightMentions: true });
    const on = await eventually(async () => {
      const k = await byKind(page);
      return k.mentions.length >= 3 ? k : null;
    }, { message: 'three description mentions' });
    expect(on.mentions.map((r) => r.text)).toEqual(['Program Manager', 'Program Manager', 'Program Manager']);
    expect(new Set(on.mentions.map((r) => r.highlight))).toEqual(new Set(['role-lens-orange-mention']));
    // The title stays a title (not also a mention); the document title and the "More jobs" list
    // are no description.
    expect(on.titles.map((r) => r.holderText)).toEqual(['Graduate Program Manager']);

    await setSettings({ highlightMentions: false });
    await eventually(async () => (await byKind(page)).mentions.length === 0, { message: 'mentions removed' });
    expect((await byKind(page)).titles).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
