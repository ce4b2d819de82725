import { describe, expect, it } from 'vitest';
import { buildReport, PostingTally, totalPostings } from '@/utils/content/report';
import type { Found } from '@/utils/scan/tracker';

const PAGE = 'https://jobs.example.com/search';
const title = (text: string, link?: string): Found => ({
  kind: 'title',
  element: document.body,
  text,
  matches: [{ roleId: 'program-manager', start: 0, end: text.length, text }],
  ranges: [],
  link,
});
const mention = (): Found => ({ ...title('Program Manager'), kind: 'mention' });

describe('the badge tally', () => {
  it('counts distinct postings as titles come and go, as the full report would', () => {
    const a = title('Program Manager', 'https://jobs.example.com/job/1');
    const aHiddenCopy = title('Program Manager', 'https://jobs.example.com/job/1');
    const b = title('Account Manager');
    const tally = new PostingTally([a, mention()], () => PAGE);
    expect(tally.total).toBe(1);
    tally.add(aHiddenCopy);
    tally.add(b);
    expect(tally.total).toBe(2);
    expect(tally.total).toBe(totalPostings(buildReport([a, aHiddenCopy, b], null, '/search', 0, PAGE)));
    tally.remove(a);
    expect(tally.total).toBe(2);
    tally.remove(aHiddenCopy);
    tally.remove(aHiddenCopy);
    expect(tally.total).toBe(1);
  });
});
