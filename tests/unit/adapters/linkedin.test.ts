import { describe, expect, it } from 'vitest';
import { loadSavedPage, poseUrlOf, scanDocument, textsOf } from './saved-page';

describe('LinkedIn adapter on saved real pages', () => {
  it('logged-out search: finds every card title and the three Program Manager cards, not Product Manager', () => {
    const file = 'linkedin/aayussh_linkedin_guest_search_amazon_india.html';
    const { titles, found } = scanDocument(loadSavedPage(file), poseUrlOf(file));
    const visible = titles.filter((t) => t.matches('.base-search-card__title'));
    expect(visible.length).toBeGreaterThan(20);
    const names = textsOf(found);
    expect(new Set(names)).toEqual(
      new Set([
        'Program Manager-I, Japan Transportation Systems',
        'Program Manager II, Japan Transportation Systems',
        'Sr. Technical Program Manager, Device Software Externalization Team',
      ]),
    );
    expect(found.every((f) => f.matches[0]?.roleId === 'program-manager')).toBe(true);
    // Each title shows twice (the heading and the hidden copy in the card link), one posting each.
    expect(new Set(found.map((f) => f.link)).size).toBe(3);
    expect(names.some((n) => /product manager/i.test(n))).toBe(false);
  });
});
