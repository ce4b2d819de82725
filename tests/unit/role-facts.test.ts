import { readFileSync } from 'node:fs';
import { ARTICLE_PATH } from '../paths';
import { describe, expect, it } from 'vitest';
import { formatIssuePath, loadRoleFacts, parseRoleFacts, roleFactsById } from '../../utils/roles/facts';

// Every JSON file under data/ (facts, shared, source, and anything added
// later), keyed by its glob path, as bundled.
const dataFiles = import.meta.glob('../../data/**/*.json', { eager: true, import: 'default' });

// The article is the only source of facts. It lives in ../shared beside the repository (here and
// in CI): a missing source is a failure, not a skip.
const article = readFileSync(ARTICLE_PATH, 'utf8');

// Shared skills must live only in shared.json. "organisation" alone is allowed
// in role files (a program runs inside one); the organisational *skill* is not.
const SHARED_SKILL_WORDS = /communicat|negotiat|organi[sz]ational|organi[sz]ed|organi[sz]ing/;
const SHARED_SKILL_STEMS = /communicat|negotiat|organi[sz]/;
const NGRAM = 10;

/** Every string value in a JSON tree, with the path it sits at. */
function stringsIn(value: unknown, path: PropertyKey[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: formatIssuePath(path), text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, [...path, i]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => stringsIn(child, [...path, key]));
  }
  return [];
}

/** Lower-case words with punctuation dropped, so "customer’s," matches "customer's". */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9'\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean);
}

function ngrams(tokens: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '));
  return out;
}

/** Runs of `n` words from `text` that also appear, in order, in the article. */
function copiedRuns(text: string, articleGrams: Set<string>, n = NGRAM): string[] {
  return ngrams(words(text), n).filter((gram) => articleGrams.has(gram));
}

function roleFile(id: string): unknown {
  const raw = dataFiles[`../../data/${id}/facts.json`];
  if (raw === undefined) throw new Error(`no bundled data/${id}/facts.json`);
  // A deep copy so the broken-copy tests cannot corrupt the bundled module.
  return structuredClone(raw);
}

describe('bundled role facts', () => {
  it('validates every bundled file', () => {
    expect(() => loadRoleFacts()).not.toThrow();
  });

  it('is memoised', () => {
    expect(loadRoleFacts()).toBe(loadRoleFacts());
  });

  it('has both roles with the article salaries', () => {
    const { roles } = loadRoleFacts();
    expect(roles.map((r) => r.id)).toEqual(['account-manager', 'program-manager']);
    expect(roleFactsById('program-manager')?.salary).toMatchObject({ amountUsd: 95919, period: 'year' });
    expect(roleFactsById('account-manager')?.salary).toMatchObject({ amountUsd: 75495, period: 'year' });
    expect(roleFactsById('program-manager')?.name).toBe('Program Manager');
    expect(roleFactsById('account-manager')?.name).toBe('Account Manager');
    expect(roleFactsById('project-manager')).toBeUndefined();
  });

  it('gives each role its own focus, certifying body and employers', () => {
    const pm = roleFactsById('program-manager');
    const am = roleFactsById('account-manager');
    expect(pm?.focus.label).toBe('Internal processes');
    expect(am?.focus.label).toBe('Clients');
    expect(pm?.certifications.bodies[0]).toEqual({ abbreviation: 'PMI', name: 'Project Management Institute' });
    expect(am?.certifications.bodies[0]).toEqual({ abbreviation: 'AMA', name: 'American Marketing Association' });
    expect(pm?.typicalDuties.length).toBeGreaterThanOrEqual(3);
    expect(am?.typicalDuties.length).toBeLessThanOrEqual(5);
  });

  it('states shared skills, salary factors and degree rules once, in shared.json', () => {
    const { shared, roles } = loadRoleFacts();
    expect(shared.skills.map((s) => s.id)).toEqual(['communication', 'organisation', 'negotiation']);
    expect(shared.salaryFactors.factors).toHaveLength(3);
    for (const role of roles) {
      const text = stringsIn(role).map((s) => s.text.toLowerCase());
      expect(text.filter((t) => SHARED_SKILL_WORDS.test(t)), `${role.id} repeats a shared skill`).toEqual([]);
      const skills = stringsIn(role.distinctiveSkills).map((s) => s.text.toLowerCase());
      expect(skills.filter((t) => SHARED_SKILL_STEMS.test(t)), `${role.id} lists a shared skill`).toEqual([]);
      const lines = new Set(text);
      for (const line of stringsIn(shared).map((s) => s.text.toLowerCase())) {
        // sourceId values and bare words like "industry" may legitimately recur.
        if (line.split(' ').length > 2) expect(lines.has(line), `${role.id} copies "${line}"`).toBe(false);
      }
    }
  });

  it('cites roles-article from every record and fact group', () => {
    const { roles, shared, source } = loadRoleFacts();
    expect(source.id).toBe('roles-article');
    expect(source.publisher).toBeNull();
    expect(source.published).toBeNull();
    for (const record of [...roles, shared]) {
      expect(record.sourceId).toBe('roles-article');
      for (const group of Object.values(record)) {
        if (group !== null && typeof group === 'object' && !Array.isArray(group)) {
          expect(group).toHaveProperty('sourceId', 'roles-article');
        }
      }
    }
    for (const skill of shared.skills) expect(skill.sourceId).toBe('roles-article');
  });
});

describe('parseRoleFacts on broken copies', () => {
  const where = '../../data/account-manager/facts.json';

  it('names the file and the field when salary is a string', () => {
    const broken = roleFile('account-manager') as { salary: { amountUsd: unknown } };
    broken.salary.amountUsd = '75,495';
    expect(() => parseRoleFacts(broken, where)).toThrow(
      'data/account-manager/facts.json: salary.amountUsd: expected number, got string',
    );
  });

  it('reports a missing summary', () => {
    const broken = roleFile('account-manager') as Record<string, unknown>;
    delete broken.summary;
    expect(() => parseRoleFacts(broken, where)).toThrow(/^data\/account-manager\/facts\.json: summary: missing/);
  });

  it('reports array indexes, misspelt keys and out-of-range lists', () => {
    const broken = roleFile('program-manager') as Record<string, unknown> & { responsibilities: unknown[] };
    broken.responsibilities[1] = '';
    broken.typicalDuties = ['a', 'b', 'c', 'd', 'e', 'f'];
    broken.sumary = 'typo';
    let message = '';
    try {
      parseRoleFacts(broken, 'data/program-manager/facts.json');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('data/program-manager/facts.json: ');
    expect(message).toContain('responsibilities[1]: too short');
    expect(message).toContain('typicalDuties: too long (at most 5 items)');
    expect(message).toContain('(root): unexpected key sumary');
  });

  it('rejects a non-object outright', () => {
    expect(() => parseRoleFacts(null, where)).toThrow('(root): expected object, got null');
  });
});

describe(`paraphrase (article at ${ARTICLE_PATH})`, () => {
  const articleGrams = new Set(ngrams(words(article ?? ''), NGRAM));

  it('finds copied runs when they exist (self-check)', () => {
    expect(articleGrams.size).toBeGreaterThan(500);
    const copied = 'They also develop and manage budgets, track program metrics and prepare reports.';
    expect(copiedRuns(copied, articleGrams)).not.toEqual([]);
  });

  it(`copies no run of ${NGRAM} words from the article into data/`, () => {
    const files = Object.keys(dataFiles);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const copies = Object.entries(dataFiles).flatMap(([file, json]) =>
      stringsIn(json).flatMap(({ path, text }) =>
        copiedRuns(text, articleGrams).map((run) => `${file} ${path}: "${run}"`),
      ),
    );
    expect(copies).toEqual([]);
  });
});
