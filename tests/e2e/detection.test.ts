import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, foreignMutations, launchWithExtension, paintedRanges, poseSavedPage, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.browser.close();
});

describe('detection on saved real pages, in Chromium with the built extension', () => {
  it('LinkedIn logged-out search: the three Program Manager postings are highlighted, nothing else, page untouched', async () => {
    const { page, errors, otherRequests } = await poseSavedPage(ext.browser, 'linkedin/aayussh_linkedin_guest_search_amazon_india.html');
    const ranges = await eventually(async () => {
      const r = await paintedRanges(page);
      return r.length >= 3 ? r : null;
    }, { message: 'three highlighted ranges' });
    // The headings only: the hidden copy in each card-wide link is not read (its <head> names
    // the guest search layout, whose headings are every title).
    expect(ranges.map((r) => r.text).sort()).toEqual(Array(3).fill('Program Manager'));
    expect(new Set(ranges.map((r) => r.highlight))).toEqual(new Set(['role-lens-orange']));
    const titles = new Set(ranges.map((r) => r.holderText));
    expect(titles).toEqual(
      new Set([
        'Program Manager-I, Japan Transportation Systems',
        'Program Manager II, Japan Transportation Systems',
        'Sr. Technical Program Manager, Device Software Externalization Team',
      ]),
    );
    expect(await foreignMutations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(otherRequests.filter((r) => r.initiator.startsWith('chrome-extension://'))).toEqual([]);
    await page.close();
  });
});
