import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageActions } from '../../components/popup/PageView';
import { Popup, type PopupProps } from '../../components/popup/Popup';
import type { PageReport } from '../../utils/messages';
import { diagnosticsText, loadPageState, titleRows, type PageState } from '../../utils/popup/page-state';
import { loadRoleFacts } from '../../utils/roles/facts';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';

const ROLES = [
  { id: 'account-manager', name: 'Account Manager' },
  { id: 'program-manager', name: 'Program Manager' },
];

/** The LinkedIn saved search: three Program Manager postings, each title shown twice. */
const titles = ['Program Manager-I, Japan Transportation Systems', 'Program Manager II, Japan Transportation Systems', 'Sr. Technical Program Manager, Device Software'];
const LINKEDIN_REPORT: PageReport = {
  board: 'LinkedIn',
  path: '/jobs/search',
  titlesSeen: 50,
  found: titles.flatMap((text, i) => [
    { index: i * 2, roleId: 'program-manager', roleIds: ['program-manager'], text, postingKey: `https://www.linkedin.com/jobs/view/${i}` },
    { index: i * 2 + 1, roleId: 'program-manager', roleIds: ['program-manager'], text: ` ${text}\n`, postingKey: `https://www.linkedin.com/jobs/view/${i}` },
  ]),
  counts: { 'program-manager': 3 },
};
const reportState = (report: PageReport, board: string | null = 'LinkedIn', origin = 'https://www.linkedin.com'): PageState => ({
  kind: 'report',
  report,
  board,
  origin,
  siteGranted: false,
});

let root: HTMLElement;
let actions: { [K in keyof PageActions]: ReturnType<typeof vi.fn> };

function show(state: PageState | null, overrides: Partial<PopupProps> = {}, settings: Settings = DEFAULT_SETTINGS) {
  const props: PopupProps = {
    page: { state, settings, roles: ROLES, status: null, busy: false, actions: actions as unknown as PageActions },
    settings: { settings, onChange: vi.fn(), site: 'www.linkedin.com' },
    roles: ROLES,
    facts: loadRoleFacts(),
    notice: null,
    onDismissNotice: vi.fn(),
    ...overrides,
  };
  act(() => render(<Popup {...props} />, root));
  return props;
}
const text = () => root.textContent!.replace(/\s+/g, ' ');
const button = (name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button "${name}" in: ${text()}`);
  return found;
};

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  actions = {
    reveal: vi.fn(),
    scan: vi.fn(),
    enableSite: vi.fn(),
    disableSite: vi.fn(),
    grantAccess: vi.fn(),
    copyDiagnostics: vi.fn(),
    turnOn: vi.fn(),
    turnOnSite: vi.fn(),
  };
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

describe('popup: page with matches', () => {
  it('shows each role with its count of postings, as data attributes', () => {
    show(reportState(LINKEDIN_REPORT));
    const pm = root.querySelector('[data-role-id="program-manager"]')!;
    expect(pm.getAttribute('data-count')).toBe('3');
    expect(pm.textContent).toContain('Program Manager');
    expect(root.querySelector('[data-role-id="account-manager"]')!.getAttribute('data-count')).toBe('0');
    expect(text()).toContain('3 job postings on this page name a role');
  });

  it('lists each posting once, whitespace folded, and a click reveals it on the page', () => {
    show(reportState(LINKEDIN_REPORT));
    const items = [...root.querySelectorAll('.titles button')];
    expect(items.map((b) => b.querySelector('.title-text')!.textContent)).toEqual(titles);
    act(() => (items[1] as HTMLButtonElement).click());
    expect(actions.reveal).toHaveBeenCalledWith(2);
  });

  it('lists at most 20 titles and says how many there are', () => {
    const found = Array.from({ length: 30 }, (_, i) => ({
      index: i,
      roleId: 'account-manager',
      roleIds: ['account-manager'],
      text: `Key Account Manager ${i}`,
      postingKey: `k${i}`,
    }));
    show(reportState({ ...LINKEDIN_REPORT, found, counts: { 'account-manager': 30 } }));
    expect(root.querySelectorAll('.titles li')).toHaveLength(20);
    expect(text()).toContain('The first 20 of 30 are listed');
  });

  it('mentions in descriptions are not listed as titles', () => {
    const report = { ...LINKEDIN_REPORT, found: [...LINKEDIN_REPORT.found, { index: 6, roleId: 'account-manager', roleIds: ['account-manager'], text: 'account managers', postingKey: 'https://x/#mention' }] };
    expect(titleRows(report).map((r) => r.index)).toEqual([0, 2, 4]);
  });
});

describe('popup: nothing found', () => {
  const empty: PageReport = { board: 'LinkedIn', path: '/jobs/search', titlesSeen: 0, found: [], counts: {} };

  it('on a supported board with no titles: says so, with Copy diagnostics', () => {
    show(reportState(empty));
    expect(text()).toContain('No job titles found on this LinkedIn page');
    act(() => button('Copy diagnostics').click());
    expect(actions.copyDiagnostics).toHaveBeenCalledWith(empty);
  });

  it('diagnostics hold board, path, counts and version, and no page text', () => {
    const diag = JSON.parse(diagnosticsText({ ...LINKEDIN_REPORT, titlesSeen: 0 }, '0.1.0'));
    expect(diag).toEqual({ extension: 'Role Lens', version: '0.1.0', board: 'LinkedIn', path: '/jobs/search', titlesSeen: 0, counts: { 'program-manager': 3 } });
    expect(JSON.stringify(diag)).not.toContain('Japan');
  });

  it('titles seen but none naming a role: says how many were read', () => {
    show(reportState({ ...empty, titlesSeen: 25 }));
    expect(text()).toContain('None of the 25 job titles on this page names a Program Manager or Account Manager');
    expect(root.querySelector('[data-role-id="program-manager"]')!.getAttribute('data-count')).toBe('0');
  });
});

describe('popup: other pages', () => {
  it('outside the supported boards: Scan this page and Enable on this site', () => {
    show({ kind: 'unsupported', origin: 'https://careers.acme.example' });
    expect(text()).toContain('careers.acme.example is not one of the supported job boards');
    act(() => button('Scan this page').click());
    act(() => button('Enable on this site').click());
    expect(actions.scan).toHaveBeenCalledOnce();
    expect(actions.enableSite).toHaveBeenCalledOnce();
  });

  it('an enabled site with results offers Disable on this site', () => {
    show({ ...reportState(LINKEDIN_REPORT, null, 'https://careers.acme.example'), siteGranted: true } as PageState);
    act(() => button('Disable on this site').click());
    expect(actions.disableSite).toHaveBeenCalledOnce();
  });

  it('a board whose access was withdrawn: says so and offers to grant it', () => {
    show({ kind: 'no-access', board: 'LinkedIn', origin: 'https://www.linkedin.com', patterns: ['*://*.linkedin.com/jobs/*'] });
    expect(text()).toContain('withdrawn');
    act(() => button('Grant access to LinkedIn').click());
    expect(actions.grantAccess).toHaveBeenCalledOnce();
  });

  it('not a web page: explains, and the Roles tab still works', () => {
    show({ kind: 'no-page' });
    expect(text()).toContain('Role Lens works on web pages');
    act(() => (root.querySelector('#tab-roles') as HTMLButtonElement).click());
    expect(text()).toContain('Builds and looks after');
    act(() => button('Program Manager').click());
    expect(text()).toContain('Runs one specific program');
    act(() => button('Compare').click());
    expect(root.querySelector('table caption')!.textContent).toMatch(/Program Manager vs Account Manager/);
  });

  it('switched off: says so instead of "nothing found", and turns back on', () => {
    show(reportState({ ...LINKEDIN_REPORT, titlesSeen: 0, found: [], counts: {} }), {}, { ...DEFAULT_SETTINGS, enabled: false });
    expect(text()).not.toContain('No job titles found');
    act(() => button('Turn Role Lens on').click());
    expect(actions.turnOn).toHaveBeenCalledOnce();
  });

  it('a notice (failed save) is shown as an alert and can be dismissed', () => {
    const props = show(reportState(LINKEDIN_REPORT), { notice: 'A settings change could not be saved.' });
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('could not be saved');
    act(() => button('OK').click());
    expect(props.onDismissNotice).toHaveBeenCalledOnce();
  });

  it('the tabs follow the ARIA tabs pattern (arrow keys)', () => {
    show(reportState(LINKEDIN_REPORT));
    const tablist = root.querySelector('[role="tablist"]')!;
    act(() => {
      tablist.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    });
    expect(root.querySelector('[aria-selected="true"]')!.id).toBe('tab-settings');
    expect(root.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).toBe('tab-settings');
  });
});

describe('loadPageState decides what the popup says', () => {
  const deps = (report: unknown, granted: (origins: string[]) => boolean = () => true, grantedList: string[] = []) => ({
    sendMessage: vi.fn(async () => {
      if (report instanceof Error) throw report;
      return report;
    }),
    containsOrigins: vi.fn(async (origins: string[]) => granted(origins)),
    grantedOrigins: vi.fn(async () => grantedList),
  });

  it('a board page with a content script: its report', async () => {
    const state = await loadPageState({ id: 1, url: 'https://www.linkedin.com/jobs/search?keywords=x' }, deps(LINKEDIN_REPORT));
    expect(state).toMatchObject({ kind: 'report', board: 'LinkedIn', report: LINKEDIN_REPORT });
  });

  it('a board page whose host access was withdrawn', async () => {
    const d = deps(new Error('Could not establish connection'), (o) => !o.some((p) => p.includes('linkedin')));
    const state = await loadPageState({ id: 1, url: 'https://www.linkedin.com/jobs/search' }, d);
    expect(state).toMatchObject({ kind: 'no-access', board: 'LinkedIn' });
    expect((state as { patterns: string[] }).patterns).toContain('*://*.linkedin.com/jobs/*');
  });

  it('an unsupported site, nothing listening: unsupported', async () => {
    const state = await loadPageState({ id: 1, url: 'https://careers.acme.example/jobs/42' }, deps(new Error('no receiver'), () => false));
    expect(state).toEqual({ kind: 'unsupported', origin: 'https://careers.acme.example' });
  });

  it('a site enabled from the popup, page loaded before: not running, can be disabled', async () => {
    const d = deps(new Error('no receiver'), () => true, ['*://*.linkedin.com/jobs/*', 'https://careers.acme.example/*']);
    const state = await loadPageState({ id: 1, url: 'https://careers.acme.example/jobs/42' }, d);
    expect(state).toEqual({ kind: 'not-running', board: null, origin: 'https://careers.acme.example', siteGranted: true });
  });

  it("a board's host outside its job pages is not an enabled site (contains() says yes there)", async () => {
    const d = deps(new Error('no receiver'), () => true, ['*://*.linkedin.com/jobs/*']);
    const state = await loadPageState({ id: 1, url: 'https://www.linkedin.com/feed/' }, d);
    expect(state).toEqual({ kind: 'unsupported', origin: 'https://www.linkedin.com' });
  });

  it('a nonsense answer counts as no answer', async () => {
    const state = await loadPageState({ id: 1, url: 'https://careers.acme.example/' }, deps({ hello: 1 }, () => false));
    expect(state.kind).toBe('unsupported');
  });

  it.each(['chrome://extensions/', 'about:blank', undefined])('%s is no page', async (url) => {
    expect(await loadPageState({ id: 1, url }, deps(null))).toEqual({ kind: 'no-page' });
  });
});
