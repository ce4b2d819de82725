import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as Ext, browser as extensionApi } from 'wxt/browser';
import { BOARD_MATCHES } from '../../utils/adapters/registry';
import { siteScript, type ScriptShape } from '../../utils/background/registrations';
import { eventually, launchWithExtension, paintedRanges, poseHtml, poseSavedPage, type Extension } from './harness';

const LINKEDIN = 'linkedin/aayussh_linkedin_guest_search_amazon_india.html';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// What `chrome` is inside the extension's service worker, where the evaluated functions run.
declare const chrome: typeof extensionApi;

let ext: Extension;
let browser: Browser;
let page: Page;
let onboarding: Page;

beforeAll(async () => {
  ext = await launchWithExtension();
  browser = ext.browser;
  // First run opens the onboarding page; wait for it before posing our page, so our page is the
  // active tab when the popup asks for it.
  const target = await browser.waitForTarget((t) => t.url().endsWith('/onboarding.html'), { timeout: 10_000 });
  onboarding = (await target.asPage())!;
  page = (await poseSavedPage(browser, LINKEDIN)).page;
  await page.bringToFront();
  await eventually(async () => (await paintedRanges(page)).length === 3, { message: 'three highlighted ranges' });
});
afterAll(async () => {
  await browser?.close();
});

async function openPopup(on: Page = page): Promise<Page> {
  const extension = (await browser.extensions()).get(ext.extensionId);
  if (!extension) throw new Error('extension not installed');
  await on.bringToFront();
  await on.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((t) => t.url().endsWith('popup.html'), { timeout: 10_000 });
  const popup = await target.asPage();
  await popup.waitForSelector('[role="tabpanel"]');
  return popup;
}

async function serviceWorker(): Promise<Target> {
  return browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${ext.extensionId}/`), {
    timeout: 10_000,
  });
}

/** Clicks a settings switch in the popup by its visible label. */
async function toggle(popup: Page, label: string): Promise<void> {
  await popup.locator(`::-p-xpath(//label[normalize-space()="${label}"])`).click();
}

async function axeViolations(target: Page): Promise<string[]> {
  await target.evaluate(AXE_SOURCE);
  const result = await target.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return result;
}

describe('popup on the saved LinkedIn search (3 Program Manager postings, each title twice)', () => {
  it('shows the count per role, the titles, and a title click scrolls the page to it', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('[data-role-id="program-manager"][data-count="3"]', { timeout: 10_000 });
    expect(await popup.$eval('[data-role-id="account-manager"]', (el) => el.getAttribute('data-count'))).toBe('0');
    const titles = await popup.$$eval('.titles .title-text', (els) => els.map((el) => el.textContent));
    expect(titles).toHaveLength(3);
    expect(titles.every((t) => t?.includes('Program Manager'))).toBe(true);

    await page.evaluate(() => window.scrollTo(0, 0));
    const last = titles[2]!;
    await popup.locator(`::-p-xpath(//button[contains(@class,"title")][.//span[normalize-space()="${last}"]])`).click();
    await eventually(
      () =>
        page.evaluate((text) => {
          const heading = [...document.querySelectorAll('h3')].find((h) => h.textContent?.replace(/\s+/g, ' ').trim() === text);
          const link = heading?.closest('li, div')?.querySelector('a');
          const el = link ?? heading;
          if (!el) return false;
          const rect = el.getBoundingClientRect();
          return window.scrollY > 0 && rect.bottom > 0 && rect.top < window.innerHeight;
        }, last),
      { message: 'the page scrolled to the title' },
    );
    await eventually(() => page.evaluate(() => document.querySelector('role-lens-popover') !== null), { message: 'the card host' });
    // The popup stays open: nothing but the page changed.
    expect(popup.isClosed()).toBe(false);
    await popup.close();
  });

  it('the toolbar badge shows the same total, read from the service worker', async () => {
    const worker = (await (await serviceWorker()).worker())!;
    const badge = await eventually(
      () =>
        worker.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/jobs/*' });
          return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
        }),
      { message: 'badge text' },
    );
    expect(badge).toBe('3');
  });

  it('cards the page appends count on the badge at once; a second copy of a posting does not; removed cards leave it', async () => {
    const worker = (await (await serviceWorker()).worker())!;
    const badgeText = () =>
      worker.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'https://www.linkedin.com/jobs/*' });
        return tab?.id === undefined ? null : chrome.action.getBadgeText({ tabId: tab.id });
      });
    // A copy of a highlighted card under a new posting address, as "see more jobs" appends one.
    const append = (jobId: string) =>
      page.evaluate((id) => {
        const title = [...document.querySelectorAll('.base-search-card__title')].find((h) => /Program Manager/i.test(h.textContent ?? ''))!;
        const card = title.closest('li')!.cloneNode(true) as HTMLElement;
        card.dataset.appendedByTest = '';
        const link = card.querySelector<HTMLAnchorElement>('a.base-card__full-link')!;
        link.href = `https://in.linkedin.com/jobs/view/program-manager-at-example-${id}?position=1&trk=public_jobs`;
        document.querySelector('.jobs-search__results-list')!.append(card);
      }, jobId);
    await append('4100000001');
    await eventually(async () => (await badgeText()) === '4', { timeout: 3000, message: 'badge 4 after one new posting' });
    // The same posting again (another tracking parameter): still four postings, five ranges.
    await append('4100000001');
    await eventually(async () => (await paintedRanges(page)).length === 5, { message: 'five highlighted ranges' });
    await new Promise((r) => setTimeout(r, 500));
    expect(await badgeText()).toBe('4');
    await page.evaluate(() => document.querySelectorAll('[data-appended-by-test]').forEach((card) => card.remove()));
    await eventually(async () => (await badgeText()) === '3', { timeout: 3000, message: 'badge back to 3' });
    expect((await paintedRanges(page)).length).toBe(3);
  });

  it('settings switches change the open page live', async () => {
    const popup = await openPopup();
    await popup.click('#tab-settings');
    const count = async () => (await paintedRanges(page)).length;
    const painted = (n: number, message: string) => eventually(async () => (await count()) === n, { timeout: 3000, message });

    await toggle(popup, 'Highlight job titles');
    await painted(0, 'titles unhighlighted');
    await toggle(popup, 'Highlight job titles');
    await painted(3, 'titles highlighted again');

    await toggle(popup, 'Highlight Program Manager');
    await eventually(async () => !(await paintedRanges(page)).some((r) => r.highlight.startsWith('role-lens-orange')), {
      timeout: 3000,
      message: 'Program Manager highlights removed',
    });
    await toggle(popup, 'Highlight Program Manager');
    await painted(3, 'Program Manager highlighted again');

    // A colour change repaints under the new highlight name.
    await popup.locator('::-p-xpath(//fieldset[legend[normalize-space()="Program Manager"]]//label[normalize-space()="Bluish green"])').click();
    await eventually(async () => (await paintedRanges(page)).filter((r) => r.highlight === 'role-lens-green').length === 3, {
      timeout: 3000,
      message: 'green highlights',
    });
    await popup.locator('::-p-xpath(//fieldset[legend[normalize-space()="Program Manager"]]//label[normalize-space()="Orange"])').click();

    await toggle(popup, 'Role Lens on');
    await painted(0, 'everything removed when switched off');
    await toggle(popup, 'Role Lens on');
    await eventually(async () => (await paintedRanges(page)).filter((r) => r.highlight === 'role-lens-orange').length === 3, {
      timeout: 3000,
      message: 'everything restored when switched on',
    });
    await popup.close();
  });

  it('with corrupt settings from a future version in storage, the popup still opens on defaults', async () => {
    const worker = (await (await serviceWorker()).worker())!;
    await worker.evaluate(() => chrome.storage.local.set({ settings: { enabled: 'yes', roles: 'all', hoverDelayMs: 700 }, settings$: { v: 99 } }));
    const popup = await openPopup();
    await popup.waitForSelector('[data-role-id="program-manager"][data-count="3"]', { timeout: 10_000 });
    await popup.click('#tab-settings');
    expect(await popup.$eval('#popup-enabled', (el) => (el as HTMLInputElement).checked)).toBe(true);
    expect(await popup.$eval('#popup-delay', (el) => (el as HTMLInputElement).value)).toBe('700');
    expect((await paintedRanges(page)).length).toBe(3);
    await popup.close();
    await worker.evaluate(() => chrome.storage.local.remove(['settings', 'settings$']));
  });

  it('after the service worker is stopped, the popup still opens and shows the counts', async () => {
    const target = await serviceWorker();
    const worker = (await target.worker())!;
    await worker.close();
    // The stopped worker's target goes away (a new worker may already be starting for an event
    // such as the page's badge report: that is the point, nothing lived only in the old one).
    await eventually(async () => !browser.targets().includes(target), { message: 'the service worker stopped' });
    const popup = await openPopup();
    await popup.waitForSelector('[data-role-id="program-manager"][data-count="3"]', { timeout: 10_000 });
    await popup.close();
  });
});

// A company career site (no adapter, not enabled): its posting carries schema.org JobPosting data.
const CAREER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Senior Program Manager - Acme</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Senior Program Manager",
"hiringOrganization":{"@type":"Organization","name":"Acme"},"datePosted":"2026-01-05"}</script></head>
<body><main><h1>Senior Program Manager</h1><p>Join our operations team.</p></main></body></html>`;

describe('a page outside the supported boards', () => {
  it('Role Lens does not run there until "Scan this page", which reads it once through activeTab', async () => {
    const { page: career, errors } = await poseHtml(browser, 'https://careers.acme.example/jobs/42', CAREER_PAGE, { keepScripts: true });
    await new Promise((r) => setTimeout(r, 500));
    expect(await paintedRanges(career)).toEqual([]);
    const popup = await openPopup(career);
    await popup.waitForSelector('::-p-text(careers.acme.example is not one of the supported job boards)');
    expect(await popup.$('::-p-text(Enable on this site)')).not.toBeNull();
    await popup.click('::-p-text(Scan this page)');
    await popup.waitForSelector('[data-role-id="program-manager"][data-count="1"]', { timeout: 10_000 });
    expect((await paintedRanges(career)).map((r) => r.text)).toEqual(['Program Manager']);
    // No lasting permission: the scan used the one-off grant of the click.
    const worker = (await (await serviceWorker()).worker())!;
    expect(await worker.evaluate(() => chrome.permissions.contains({ origins: ['https://careers.acme.example/*'] }))).toBe(false);
    expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    expect(errors).toEqual([]);
    await popup.close();
    await career.close();
  });
});

describe('registrations for enabled sites', () => {
  // Granting a site needs the browser's permission prompt, which headless Chromium cannot answer;
  // the reconciliation is unit-tested with fakes. This checks Chromium takes what it builds.
  it('Chromium accepts the registration the background builds (id, patterns, manifest shape)', async () => {
    const worker = (await (await serviceWorker()).worker())!;
    const shape = await worker.evaluate(() => {
      const s = chrome.runtime.getManifest().content_scripts![0]!;
      return { js: s.js!, css: s.css!, allFrames: s.all_frames!, runAt: s.run_at! };
    });
    const scripts = ['https://www.linkedin.com', 'http://localhost:8080'].map((o) => siteScript(o, shape as ScriptShape, BOARD_MATCHES));
    const registered = await worker.evaluate(async (list) => {
      await chrome.scripting.registerContentScripts(list as Ext.scripting.RegisteredContentScript[]);
      const all = await chrome.scripting.getRegisteredContentScripts();
      await chrome.scripting.unregisterContentScripts({ ids: all.map((s) => s.id) });
      return all;
    }, scripts);
    expect(registered.map((s) => s.id).sort()).toEqual(scripts.map((s) => s.id).sort());
    expect(registered.find((s) => s.id.endsWith('linkedin.com'))!.excludeMatches!.length).toBeGreaterThan(0);
  });
});

describe('accessibility (axe-core, no violations)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`popup, every tab, ${scheme}`, async () => {
      const popup = await openPopup();
      await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await popup.waitForSelector('[data-count]');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.click('#tab-roles');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.click('::-p-text(Compare)');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.click('#tab-settings');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    it(`options and onboarding pages, ${scheme}`, async () => {
      const options = await browser.newPage();
      await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await options.waitForSelector('form.settings');
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
      await onboarding.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await onboarding.waitForSelector('h1');
      expect(await axeViolations(onboarding)).toEqual([]);
    });
  }
});
