import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/utils/match/matcher';
import { loadRoleDetections } from '@/utils/roles/detection';

const roles = loadRoleDetections();
const match = createMatcher(roles);
const PM = 'program-manager';
const AM = 'account-manager';

/** [title as boards print it, roles it names in order, the highlighted words of the first] */
const positives: [string, string[], string][] = [
  ['Program Manager', [PM], 'Program Manager'],
  ['program manager', [PM], 'program manager'],
  ['PROGRAM MANAGER', [PM], 'PROGRAM MANAGER'],
  ['Senior Program Manager', [PM], 'Program Manager'],
  ['Sr. Technical Program Manager', [PM], 'Program Manager'],
  ['Technical Program Manager II', [PM], 'Program Manager'],
  ['Program Manager-I', [PM], 'Program Manager'],
  ['Program Manager II', [PM], 'Program Manager'],
  ['Principal Program Manager, Azure', [PM], 'Program Manager'],
  ['Lead Program Manager (Remote)', [PM], 'Program Manager'],
  ['Staff Technical Program Manager - Infrastructure', [PM], 'Program Manager'],
  ['Associate Program Manager', [PM], 'Program Manager'],
  ['Assistant Program Manager', [PM], 'Program Manager'],
  ['Junior Program Manager', [PM], 'Program Manager'],
  ['Global Program Manager', [PM], 'Program Manager'],
  ['Programme Manager', [PM], 'Programme Manager'],
  ['Senior Programme Manager – Digital', [PM], 'Programme Manager'],
  ['Program Managers', [PM], 'Program Managers'],
  ['Program Mgr', [PM], 'Program Mgr'],
  ['Sr. Program Mgr. - Supply Chain', [PM], 'Program Mgr.'],
  ['Program-Manager', [PM], 'Program-Manager'],
  ['Program\nManager', [PM], 'Program\nManager'],
  ['Program\u00a0Manager', [PM], 'Program\u00a0Manager'],
  ['Programs Manager, Youth Services', [PM], 'Programs Manager'],
  ['Project/Program Manager', [PM], 'Program Manager'],
  ['Program Manager, Account Management', [PM], 'Program Manager'],
  ['Clinical Research Program Manager', [PM], 'Program Manager'],
  ['Account Manager', [AM], 'Account Manager'],
  ['account manager', [AM], 'account manager'],
  ['Senior Account Manager', [AM], 'Account Manager'],
  ['Key Account Manager', [AM], 'Account Manager'],
  ['Key Accounts Manager', [AM], 'Key Accounts Manager'],
  ['Strategic Account Manager - Enterprise', [AM], 'Account Manager'],
  ['National Accounts Manager', [AM], 'National Accounts Manager'],
  ['Enterprise Account Manager (Remote)', [AM], 'Account Manager'],
  ['Technical Account Manager', [AM], 'Account Manager'],
  ['Account Manager - Mid Market', [AM], 'Account Manager'],
  ['Account Managers', [AM], 'Account Managers'],
  ['Acct Manager', [AM], 'Acct Manager'],
  ['Acct. Mgr.', [AM], 'Acct. Mgr.'],
  ['Account Mgr', [AM], 'Account Mgr'],
  ['Account-Manager', [AM], 'Account-Manager'],
  ['Inside Sales Account Manager', [AM], 'Account Manager'],
  ['Global Account Manager, EMEA', [AM], 'Account Manager'],
  ['Associate Account Manager', [AM], 'Account Manager'],
  ['Account Manager / Program Manager', [AM, PM], 'Account Manager'],
  ['Program Manager & Account Manager', [PM, AM], 'Program Manager'],
  ['Gerente de cuenta / Account Manager', [AM], 'Account Manager'],
  ['🚀 Account Manager 🚀', [AM], 'Account Manager'],
];

const negatives: string[] = [
  ...roles.flatMap((role) => role.nearMisses),
  'Senior Project Manager',
  'Product Manager, Payments',
  'Technical Product Manager',
  'Program Coordinator',
  'Director of Programs',
  'Program Management Specialist',
  'Account Executive',
  'Senior Account Executive',
  'Account Management Representative',
  'Accounting Manager',
  'Accounts Payable Manager',
  'Partnerships Manager',
  'AI Partnerships Manager',
  'Programmer Analyst',
  'Customer Success Manager',
  'Senior Software Engineer',
  'Accountant',
  'Account Coordinator',
  'Programmatic Manager',
  'Reprogram Manager',
  'Account Managerial Assistant',
];

describe('matcher: titles that name a role', () => {
  it.each(positives)('%j names %j', (title, roleIds, firstWords) => {
    const found = match(title);
    expect(found.map((m) => m.roleId)).toEqual(roleIds);
    expect(found[0]?.text).toBe(firstWords);
    expect(title.slice(found[0]!.start, found[0]!.end)).toBe(firstWords);
  });
});

describe('matcher: near-misses', () => {
  it.each(negatives)('%j names no role', (title) => {
    expect(match(title)).toEqual([]);
  });

  it('has a real table: at least 60 titles', () => {
    expect(positives.length + negatives.length).toBeGreaterThanOrEqual(60);
  });
});

describe('matcher: the quick test that spares most titles a full reading', () => {
  it('passes every title that names a role, also with its words run together by textContent', () => {
    for (const [title] of positives) {
      expect(match.mightMatch(title), title).toBe(true);
      expect(match.mightMatch(title.replace(/\s+/g, '')), title).toBe(true);
    }
  });

  it('already rejects the common manager titles that name neither role', () => {
    for (const title of ['Product Manager', 'Project Manager', 'Store Manager', 'Accounting Manager', 'Account Executive']) {
      expect(match.mightMatch(title), title).toBe(false);
    }
  });
});

describe('matcher reads roles from data', () => {
  it('a third role in the data is matched with no code change', () => {
    const withThird = createMatcher([
      ...roles,
      { id: 'project-manager', name: 'Project Manager', phrases: [[['project'], ['manager']]], nearMisses: [] },
    ]);
    expect(withThird('Senior Project Manager').map((m) => m.roleId)).toEqual(['project-manager']);
    expect(withThird('Program Manager').map((m) => m.roleId)).toEqual([PM]);
  });
});

describe('matcher: word edges in any script', () => {
  // [text, the phrases highlighted]: a letter or digit of any script beside a phrase makes it part
  // of a longer word; anything else (space, punctuation, an em dash, an emoji) is an edge.
  const cases: [string, string[]][] = [
    ['项目Program Manager', []],
    ['Program Manager职位', []],
    ['ÉProgram Manager', []],
    ['Program Managerß', []],
    ['Program Manager٣', []],
    ['𝐀Program Manager', []],
    ['Program Manager𝐀', []],
    ['Account Manager—Enterprise', ['Account Manager']],
    ['Program Manager’s team', ['Program Manager']],
    ['«Program Manager»', ['Program Manager']],
    ['Program Manager and 项目Account Manager', ['Program Manager']],
    ['项目Account Manager and Program Manager', ['Program Manager']],
    // "mgr." next to a letter: the phrase ends before the dot, as the regex backtracks to "mgr".
    ['Sr. Program Mgr.é', ['Program Mgr']],
    ['Sr. Program Mgr.e', ['Program Mgr']],
  ];
  it('treats a non-ASCII neighbour as the all-script edge rules say', () => {
    for (const [text, expected] of cases) expect(match(text).map((m) => m.text), text).toEqual(expected);
  });
});
