import { beforeEach, describe, expect, it } from 'vitest';
import type { BoardAdapter } from '@/utils/adapters/types';
import { PageScan } from '@/utils/content/page-scan';
import type { Change } from '@/utils/scan/tracker';
import { createMatcher } from '@/utils/match/matcher';
import { loadRoleDetections } from '@/utils/roles/detection';
import { createTitleFinder } from '@/utils/scan/find-titles';
import { FoundTracker } from '@/utils/scan/tracker';
import { setPage } from './dom';

// A board whose posting links are not titles (as LinkedIn's guest search): a changed subtree is
// read with one query (`readSubtree`), not with the general `find`.
const board: BoardAdapter = {
  id: 'test',
  name: 'Test board',
  matches: ['*://jobs.example.com/*'],
  titleSelectors: ['h3.card-title', 'h1.top-title'],
  postingLinkSelectors: [],
  descriptionSelectors: ['.job-description'],
};
const WATCH = 'script[type="application/ld+json" i],h1';

function tracker(mentions: boolean, onWatched?: () => void) {
  const t = new FoundTracker({ doc: document, matcher: createMatcher(loadRoleDetections()), finder: createTitleFinder([board], document, WATCH), onWatched });
  t.mentionsEnabled = mentions;
  t.update([document.body]);
  return t;
}

const card = (title: string, snippet = 'Fast-paced team') => {
  const li = document.createElement('li');
  const h3 = document.createElement('h3');
  h3.className = 'card-title';
  h3.textContent = title;
  const p = document.createElement('p');
  p.textContent = snippet;
  li.append(h3, p);
  return li;
};
const shown = (change: Change) => change.added.flatMap((f) => f.ranges.map((r) => `${f.kind}:${r.toString()}`));

beforeEach(() => setPage('<ul id="list"></ul><div class="job-description"><p id="para">About the team.</p></div>'));

describe('a changed subtree read in one query', () => {
  it('finds the titles of appended cards, and only those naming a role', () => {
    const t = tracker(false);
    const cards = [card('Senior Program Manager'), card('Product Manager'), card('Key Account Manager')];
    document.getElementById('list')!.append(...cards);
    expect(shown(t.update(cards))).toEqual(['title:Program Manager', 'title:Account Manager']);
  });

  it('reads the whole title when the change is inside it (<strong> filled in later)', () => {
    setPage('<ul id="list"><li><h3 class="card-title"><strong></strong> Manager</h3></li></ul>');
    const t = tracker(false);
    expect(t.all()).toEqual([]);
    const strong = document.querySelector('strong')!;
    strong.textContent = 'Program';
    expect(shown(t.update([strong]))).toEqual(['title:Program Manager']);
  });

  it('finds what the separate queries find, for every kind of root', () => {
    setPage(`<ul id="list"><li id="a"><h3 class="card-title">Program Manager</h3><div class="job-description"><p>Account Manager</p></div></li>
      <li id="b"><div><h1 class="top-title">Account <b>Manager</b></h1></div></li>
      <li id="c"><section><h1>Northwind careers</h1><script type="application/ld+json">{}</script></section></li></ul>`);
    const finder = createTitleFinder([board], document, WATCH);
    for (const root of document.querySelectorAll('#list, #list *')) {
      const read = finder.readSubtree(root, true);
      expect(read?.titles, root.outerHTML).toEqual(finder.find(root));
      expect(read?.descriptions, root.outerHTML).toEqual([...root.querySelectorAll('.job-description')]);
      expect(read?.inDescription, root.outerHTML).toBe(root.closest('.job-description') !== null);
      // A top heading that is a title is read as a title; any other one, or JSON-LD, is told.
      expect(read?.watched, root.outerHTML).toBe([...root.querySelectorAll(WATCH)].some((el) => !el.matches('h1.top-title')));
    }
    expect(finder.readSubtree(document.body, true)).toBeNull();
  });

  it('in mentions mode, reads appended description containers and text added inside one, nothing else', () => {
    const t = tracker(true);
    const card1 = card('Data Engineer', 'Reports to the Account Manager');
    const details = document.createElement('section');
    const description = document.createElement('div');
    description.className = 'job-description';
    description.textContent = 'Works with each Program Manager.';
    details.append(description);
    document.getElementById('list')!.append(card1, details);
    expect(shown(t.update([card1, details]))).toEqual(['mention:Program Manager']);
    const para = document.getElementById('para')!;
    const added = document.createElement('span');
    added.textContent = ' Partners with the Account Manager.';
    para.append(added);
    expect(shown(t.update([added]))).toEqual(['mention:Account Manager']);
  });

  it('tells when JSON-LD or a top heading arrives inside a changed subtree', () => {
    let watched = 0;
    const t = tracker(false, () => watched++);
    const plain = card('Account Manager');
    document.getElementById('list')!.append(plain);
    t.update([plain]);
    expect(watched).toBe(0);
    const view = document.createElement('div');
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = '{}';
    view.append(script);
    document.body.append(view);
    t.update([view]);
    expect(watched).toBe(1);
  });
});

describe('a batch that removed nothing', () => {
  // Its subtrees are new to the page, or are where a text node was added or rewritten: one whose
  // text names no role is not queried.
  it('still finds every role title, split or filled in, and the mentions of new descriptions', () => {
    const t = tracker(true);
    const cards = [card('Data Engineer'), card('Senior Program Manager'), card('Product Manager', 'Work with the Account Manager')];
    const program = document.createElement('strong');
    program.textContent = 'Program';
    cards[1]!.querySelector('h3')!.replaceChildren('Senior ', program, ' Manager');
    const description = document.createElement('div');
    description.className = 'job-description';
    description.textContent = 'Reports to the Account Manager.';
    document.getElementById('list')!.append(...cards, description);
    expect(shown(t.update([...cards, description], undefined, false))).toEqual(['title:Program Manager', 'mention:Account Manager']);

    // Each root's parent is looked at once: roots under different titles each read theirs.
    setPage('<ul id="list"><li><h3 class="card-title"><strong></strong> Manager</h3></li><li><h3 class="card-title"><b></b> Manager</h3></li></ul>');
    const t2 = tracker(false);
    const [strong, bold] = [document.querySelector('strong')!, document.querySelector('b')!];
    strong.textContent = 'Account';
    bold.textContent = 'Program';
    expect(shown(t2.update([strong, bold], undefined, false))).toEqual(['title:Account Manager', 'title:Program Manager']);
  });

  it('reads again a tracked title whose text a framework rewrote in place (a card reused)', async () => {
    setPage('<ul id="list"><li><h3 class="card-title">Program Manager</h3></li><li><h3 class="card-title"><strong>Key</strong> Account Manager</h3></li></ul>', 'https://jobs.example.com/search');
    const scan = new PageScan({ doc: document, url: () => new URL(document.URL), adapters: [board], roles: loadRoleDetections(), onChange: () => undefined });
    scan.start();
    expect(scan.tracker.all().map((f) => f.text)).toEqual(['Program Manager', 'Key Account Manager']);
    const [first, second] = [...document.querySelectorAll('h3')];
    // Text nodes rewritten, none added or removed: a batch that removed nothing.
    first!.firstChild!.nodeValue = 'Product Manager';
    second!.lastChild!.nodeValue = ' Accounting Manager';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scan.tracker.all()).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    first!.firstChild!.nodeValue = 'Senior Account Manager';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scan.tracker.all().map((f) => f.ranges.map((r) => r.toString()))).toEqual([['Account Manager']]);
    scan.stop();
  });

  it('reads again a mention whose text was rewritten in place, to another role or to none', async () => {
    setPage('<ul id="list"></ul><div class="job-description"><p id="para">Reports to the Program Manager.</p></div>', 'https://jobs.example.com/search');
    const scan = new PageScan({ doc: document, url: () => new URL(document.URL), adapters: [board], roles: loadRoleDetections(), onChange: () => undefined });
    scan.tracker.mentionsEnabled = true;
    scan.start();
    const mentioned = () => scan.tracker.all().map((f) => `${f.kind}:${f.ranges.map((r) => r.toString()).join('|')}`);
    expect(mentioned()).toEqual(['mention:Program Manager']);
    const text = document.getElementById('para')!.firstChild!;
    text.nodeValue = 'Reports to the Account Manager.';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mentioned()).toEqual(['mention:Account Manager']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    text.nodeValue = 'Reports to the team lead.';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(mentioned()).toEqual([]);
    scan.stop();
  });

  it('is told apart from a batch that moved a tracked title, whose text changed while it was away', async () => {
    setPage('<ul id="list"><li id="card"><h3 class="card-title">Program Manager</h3></li></ul>', 'https://jobs.example.com/search');
    const scan = new PageScan({ doc: document, url: () => new URL(document.URL), adapters: [board], roles: loadRoleDetections(), onChange: () => undefined });
    scan.start();
    expect(scan.tracker.all().map((f) => f.text)).toEqual(['Program Manager']);
    const list = document.getElementById('list')!;
    const moved = document.getElementById('card')!;
    // Three steps of one batch, the observer told of each before the next: taken out, renamed
    // while out of the page (which it no longer hears), put back in a new wrapper.
    const wrapper = document.createElement('li');
    wrapper.append(moved);
    await Promise.resolve();
    moved.querySelector('h3')!.firstChild!.nodeValue = 'Product Manager';
    await Promise.resolve();
    list.append(wrapper);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scan.tracker.all()).toEqual([]);
    scan.stop();
  });
});

describe('the extension’s own card', () => {
  it('adds nothing when it opens or closes, though its shadow root names both roles', async () => {
    setPage('<ul id="list"><li><h3 class="card-title">Program Manager</h3></li></ul><div class="job-description"><p>Account Manager</p></div>', 'https://jobs.example.com/search');
    const changes: Change[] = [];
    const scan = new PageScan({ doc: document, url: () => new URL(document.URL), adapters: [board], roles: loadRoleDetections(), onChange: (c) => changes.push(c) });
    scan.tracker.mentionsEnabled = true;
    scan.start();
    const before = scan.tracker.all();
    expect(before.map((f) => `${f.kind}:${f.text}`)).toEqual(['title:Program Manager', 'mention:Account Manager']);
    changes.length = 0;
    // As utils/card/host.ts builds it: the card's content in the host's shadow root.
    const host = document.createElement('role-lens-popover');
    const shadow = host.attachShadow({ mode: 'open' });
    const heading = document.createElement('h3');
    heading.className = 'card-title';
    heading.textContent = 'Program Manager';
    const compare = document.createElement('p');
    compare.textContent = 'Account Manager vs Program Manager';
    shadow.append(heading, compare);
    document.querySelector('.job-description')!.append(host);
    await new Promise((resolve) => setTimeout(resolve, 100));
    compare.textContent = 'Senior Account Manager';
    await new Promise((resolve) => setTimeout(resolve, 300));
    host.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(changes).toEqual([]);
    expect(scan.tracker.all()).toEqual(before);
    scan.stop();
  });
});

describe('the page-named title, rendered after the page loaded', () => {
  it('is highlighted when its heading arrives inside a container', async () => {
    setPage('<script type="application/ld+json">{"@type":"JobPosting","title":"Senior Program Manager"}</script><div id="app"></div>', 'https://careers.example.org/jobs/42');
    const changes: Change[] = [];
    const scan = new PageScan({ doc: document, url: () => new URL(document.URL), adapters: [], roles: loadRoleDetections(), onChange: (c) => changes.push(c) });
    scan.start();
    expect(scan.tracker.all()).toEqual([]);
    const view = document.createElement('main');
    const heading = document.createElement('h1');
    heading.textContent = 'Senior Program Manager';
    view.append(heading);
    document.getElementById('app')!.append(view);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scan.tracker.all().map((f) => f.element)).toEqual([heading]);
    scan.stop();
  });

  it('is highlighted when the JSON-LD naming it arrives after its heading', async () => {
    setPage('<main><h1>Senior Program Manager</h1></main>', 'https://careers.example.org/jobs/42');
    const scan = new PageScan({ doc: document, url: () => new URL(document.URL), adapters: [], roles: loadRoleDetections(), onChange: () => undefined });
    scan.start();
    expect(scan.tracker.all()).toEqual([]);
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = '{"@type":"JobPosting","title":"Senior Program Manager"}';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(scan.tracker.all().map((f) => f.element)).toEqual([document.querySelector('h1')]);
    scan.stop();
  });
});
