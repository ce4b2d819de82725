import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, foreignMutations, launchWithExtension, paintedRanges, poseSavedPage, type Extension } from './harness';

let ext: Extension;
beforeAll(async () => {
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.browser.close();
});

/**
 * The saved real pages carry almost no target-role titles. Here real titles of each page are
 * renamed in flight (the files stay as they are) to target-role titles, so each board's real
 * markup is exercised: every renamed title must be highlighted (its role words only), and nothing
 * else on the page.
 */
interface Case {
  file: string;
  renames: [from: string, to: string][];
  /** Every highlighted range: [the role words, the title text of the element holding them]. */
  expected: [words: string, title: string][];
}

const cases: Case[] = [
  {
    file: 'indeed/dalton_indeed_serp_georgetown_ga.html',
    renames: [
      ['Laboratory Analyst', 'Senior Account Manager'],
      ['VoIP Technician – Fort Stewart. GA', 'Technical Program Manager II – Fort Stewart'],
    ],
    // The first card is also the job open in the detail pane: its title shows twice.
    expected: [
      ['Account Manager', 'Senior Account Manager'],
      ['Account Manager', 'Senior Account Manager'],
      ['Program Manager', 'Technical Program Manager II – Fort Stewart'],
    ],
  },
  {
    file: 'glassdoor/sanjeet_glassdoor_serp_qa_engineer_pune_2026.html',
    renames: [
      ['Junior QA Engineer', 'Key Account Manager'],
      ['QA Automation Engineer | Pune', 'Programme Manager | Pune'],
    ],
    // The first card is also the job open in the detail pane: its title shows twice.
    expected: [
      ['Account Manager', 'Key Account Manager'],
      ['Account Manager', 'Key Account Manager'],
      ['Programme Manager', 'Programme Manager | Pune'],
    ],
  },
  {
    file: 'greenhouse/nbist_greenhouse_gitlab_backend_engineer.html',
    renames: [['Backend Engineer (Ruby), AI Engineering: Agent Observability', 'Senior Technical Program Manager, AI Engineering']],
    expected: [['Program Manager', 'Senior Technical Program Manager, AI Engineering']],
  },
  {
    file: 'lever/nbist_lever_highspot_principal_swe.html',
    renames: [['Principal Software Engineer, Applied AI', 'Principal Program Manager, Applied AI']],
    expected: [['Program Manager', 'Principal Program Manager, Applied AI']],
  },
  {
    file: 'workday/nbist_workday_senior_test_engineer.html',
    renames: [['Senior Test Engineer - Autonomous Driving', 'Senior Program Manager - Autonomous Driving']],
    expected: [['Program Manager', 'Senior Program Manager - Autonomous Driving']],
  },
  {
    file: 'workable/nbist_workable_huble_crm_architect.html',
    renames: [['CRM Solutions Architect (United Kingdom)', 'Key Account Manager (United Kingdom)']],
    expected: [['Account Manager', 'Key Account Manager (United Kingdom)']],
  },
  {
    file: 'seek/dinie_seek_job.html',
    renames: [['Senior Platform Engineer | Remote | Australia', 'Senior Account Manager | Remote | Australia']],
    expected: [['Account Manager', 'Senior Account Manager | Remote | Australia']],
  },
  {
    file: 'ashby/nbist_ashby_ramp_ai_partnerships_manager.html',
    renames: [['AI Partnerships Manager', 'Strategic Account Manager']],
    expected: [['Account Manager', 'Strategic Account Manager']],
  },
  {
    // The renamed title also appears in the description (<strong>) and the document title: only
    // the heading is a title.
    file: 'linkedin/xingyoulee_linkedin_loggedin_jobview_flow_traders.html',
    renames: [['Graduate Data Engineer', 'Graduate Program Manager']],
    expected: [['Program Manager', 'Graduate Program Manager']],
  },
  {
    file: 'linkedin/dinie_linkedin_guest_jobview.html',
    renames: [['Senior Software Engineer - Developer Experience', 'Senior Account Manager - Developer Experience']],
    expected: [
      ['Account Manager', 'Senior Account Manager - Developer Experience'],
      ['Account Manager', 'Senior Account Manager - Developer Experience'],
    ],
  },
  {
    // JSON-LD names the posting; the description repeats the title as text.
    file: 'indeed/dinie_indeed_viewjob.html',
    renames: [['Senior DevOps Engineer', 'Senior Account Manager']],
    expected: [['Account Manager', 'Senior Account Manager']],
  },
];

const renameAll = (html: string, renames: Case['renames']) =>
  renames.reduce((out, [from, to]) => out.split(from).join(to).split(from.replace(/&/g, '&amp;')).join(to), html);

describe('real board layouts with target-role titles renamed in', () => {
  it.each(cases)('$file', async ({ file, renames, expected }) => {
    const { page, errors, otherRequests } = await poseSavedPage(ext.browser, file, { transform: (html) => renameAll(html, renames) });
    const ranges = await eventually(async () => {
      const r = await paintedRanges(page);
      return r.length >= expected.length ? r : null;
    }, { message: `${expected.length} highlighted ranges` });
    // Settle, so a late extra highlight would be seen too.
    await new Promise((r) => setTimeout(r, 600));
    const painted = (await paintedRanges(page)).map((r) => [r.text, r.holderText.replace(/\s*- job post$/, '')]);
    expect(painted.sort()).toEqual([...expected].sort());
    expect(ranges.length).toBe(expected.length);
    expect(await foreignMutations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(otherRequests.filter((r) => r.initiator.startsWith('chrome-extension://'))).toEqual([]);
    await page.close();
  });
});
