import { beforeEach, describe, expect, it } from 'vitest';
import { createMatcher } from '@/utils/match/matcher';
import { loadRoleDetections } from '@/utils/roles/detection';
import { createTitleFinder } from '@/utils/scan/find-titles';
import { FoundTracker, type Found } from '@/utils/scan/tracker';
import { collectText, rangeFor } from '@/utils/scan/text';
import type { BoardAdapter } from '@/utils/adapters/types';
import { setPage } from './dom';

// A small board of our own: cards with a title link, as most boards have.
const board: BoardAdapter = {
  id: 'test',
  name: 'Test board',
  matches: ['*://jobs.example.com/*'],
  titleSelectors: ['h2.title'],
  postingLinkSelectors: ['a[href*="/job/"]'],
};

const page = (markup: string) => setPage(markup);

function tracker(mentions = false) {
  const t = new FoundTracker({
    doc: document,
    matcher: createMatcher(loadRoleDetections()),
    finder: createTitleFinder([board]),
  });
  t.mentionsEnabled = mentions;
  return t;
}

beforeEach(() => page(''));

describe('text runs across inline elements', () => {
  it('joins <strong>Program</strong> Manager and maps a match back to both text nodes', () => {
    page('<h2 class="title"><strong>Program</strong> Manager, Payments</h2>');
    const h2 = document.querySelector('h2')!;
    const { text, runs } = collectText(h2);
    expect(text).toBe('Program Manager, Payments');
    const range = rangeFor(runs, 0, 15, document)!;
    expect(range.toString()).toBe('Program Manager');
    expect(range.startContainer.parentElement?.tagName).toBe('STRONG');
  });

  it('treats a line break between the words as a space', () => {
    page('<h2 class="title">Account<br>Manager</h2>');
    const { text } = collectText(document.querySelector('h2')!);
    expect(text).toBe('Account Manager');
  });

  it('gives no range for a stretch of block-edge spaces alone, within one text node or across two', () => {
    page('<h2 class="title"><span>a</span><span>b</span></h2>');
    const { text, runs } = collectText(document.querySelector('h2')!);
    expect(text).toBe(' a  b ');
    expect(rangeFor(runs, 0, 1, document)).toBeNull();
    expect(rangeFor(runs, 2, 4, document)).toBeNull();
    expect(rangeFor(runs, 1, 5, document)!.toString()).toBe('ab');
  });
});

describe('FoundTracker', () => {
  it('finds titles by selector and by posting link, and leaves the page nodes as they were', () => {
    page(`
      <ul>
        <li><h2 class="title"><a href="/job/1"><b>Account</b> Manager</a></h2></li>
        <li><a href="/job/2">Senior Technical Program Manager</a></li>
        <li><h2 class="title"><a href="/job/3">Account Executive</a></h2></li>
      </ul>
      <footer><a href="/search?q=program+manager">Program Manager jobs</a></footer>`);
    const before = document.body.cloneNode(true) as HTMLElement;
    const t = tracker();
    const change = t.update([document.body]);
    expect(change.added.map((f) => [f.text, f.matches[0]!.roleId, f.link])).toEqual([
      ['Account Manager', 'account-manager', 'https://jobs.example.com/job/1'],
      ['Senior Technical Program Manager', 'program-manager', 'https://jobs.example.com/job/2'],
    ]);
    expect(document.body.isEqualNode(before)).toBe(true);
  });

  it('forgets titles that leave the page and reads only what was added', () => {
    page('<ul id="list"><li><h2 class="title">Program Manager</h2></li></ul>');
    const t = tracker();
    t.update([document.body]);
    expect(t.all()).toHaveLength(1);
    const list = document.getElementById('list')!;
    const li = document.createElement('li');
    const h2 = document.createElement('h2');
    h2.className = 'title';
    h2.textContent = 'Key Accounts Manager';
    li.append(h2);
    list.append(li);
    const change = t.update([li]);
    expect(change.added.map((f) => f.text)).toEqual(['Key Accounts Manager']);
    list.firstElementChild!.remove();
    const removal = t.update([]);
    expect(removal.removed.map((f) => f.text)).toEqual(['Program Manager']);
    expect(t.all().map((f) => f.text)).toEqual(['Key Accounts Manager']);
  });

  it('reads a title again when its text changes', () => {
    page('<h2 class="title">Account Executive</h2>');
    const t = tracker();
    t.update([document.body]);
    expect(t.all()).toHaveLength(0);
    const h2 = document.querySelector('h2')!;
    h2.firstChild!.textContent = 'Account Manager';
    t.update([h2]);
    expect(t.all().map((f) => f.ranges[0]!.toString())).toEqual(['Account Manager']);
  });

  it('names both roles of a title in order; the card opens on the first', () => {
    page('<h2 class="title">Account Manager / Program Manager</h2>');
    const t = tracker();
    t.update([document.body]);
    expect(t.all()[0]!.matches.map((m) => m.roleId)).toEqual(['account-manager', 'program-manager']);
  });

  it('in mentions mode, highlights description text but never nav, footer or search links', () => {
    page(`
      <nav>Program Manager</nav>
      <section class="description"><p>You will report to the Program Manager and the <em>Account Manager</em>.</p></section>
      <a href="/search?q=account+manager">Account Manager jobs</a>
      <footer><p>Popular searches: Account Manager</p></footer>`);
    const off = tracker(false);
    off.update([document.body]);
    expect(off.all()).toEqual([]);
    const on = tracker(true);
    on.update([document.body]);
    expect(on.all().flatMap((f) => f.ranges.map((r) => r.toString()))).toEqual(['Program Manager', 'Account Manager']);
    expect(on.all().every((f) => f.kind === 'mention')).toBe(true);
  });

  it('in mentions mode, a title found late (named by JSON-LD) takes over the mention read in it', () => {
    page('<div class="posting-name">Senior Account Manager</div><p>Report to the Program Manager.</p>');
    const heading = document.querySelector('.posting-name')!;
    let named: Element[] = [];
    const t = new FoundTracker({ doc: document, matcher: createMatcher(loadRoleDetections()), finder: createTitleFinder([board]), extraTitles: () => named });
    t.mentionsEnabled = true;
    t.update([document.body]);
    const shown = (found: Found[]) => found.map((f) => `${f.kind}:${f.ranges[0]!.toString()}`);
    expect(shown(t.all())).toEqual(['mention:Account Manager', 'mention:Program Manager']);
    named = [heading];
    const change = t.updateExtraTitles();
    expect(shown(change.removed)).toEqual(['mention:Account Manager']);
    expect(shown(change.added)).toEqual(['title:Account Manager']);
    expect(shown(t.all())).toEqual(['title:Account Manager', 'mention:Program Manager']);
  });
});
