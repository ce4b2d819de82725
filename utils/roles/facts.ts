/**
 * Loads and validates the role facts bundled under data/.
 *
 * The JSON is bundled at build time (no fetch at runtime), but it is still
 * parsed with the schema on first use: a bad edit to a data file should fail
 * the unit tests with a precise message rather than render a half-empty card.
 */
import type { core } from 'zod/mini';
import * as z from 'zod/mini';
import sharedRaw from '../../data/shared.json';
import sourceRaw from '../../data/source.json';
import {
  roleFactsSchema,
  sharedFactsSchema,
  sourceCitationSchema,
  type RoleFacts,
  type SharedFacts,
  type SourceCitation,
} from './facts-schema';

export type { RoleFacts, SharedFacts, SourceCitation } from './facts-schema';

export interface LoadedRoleFacts {
  roles: RoleFacts[];
  shared: SharedFacts;
  source: SourceCitation;
}

// A glob rather than a fixed import list: dropping a new data/<role>/facts.json
// into the repo adds that role with no code change.
const roleModules = import.meta.glob('../../data/*/facts.json', {
  eager: true,
  import: 'default',
});

/** `salary.amountUsd`, `responsibilities[2]`, or `(root)` for the top level. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function describeValue(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/**
 * One readable line per issue. zod/mini ships no error locale (its default
 * messages are just "Invalid input"), so the wording is built from the issue
 * code here instead of importing a locale into the extension bundle.
 */
function describeIssue(issue: core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // `input` is only present because we parse with reportInput: true.
      if (issue.input === undefined) return `missing (expected ${issue.expected})`;
      return `expected ${issue.expected}, got ${describeValue(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `too short (at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'items' : 'characters'})`
        : `too small (minimum ${String(issue.minimum)}${issue.inclusive === false ? ', exclusive' : ''})`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `too long (at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'})`
        : `too big (maximum ${String(issue.maximum)})`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'unrecognized_keys':
      return `unexpected key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return `invalid format (expected ${issue.format}${issue.pattern ? ` ${issue.pattern}` : ''})`;
    default:
      return issue.message;
  }
}

/** Formats zod issues as `path: problem` lines, joined with "; ". */
export function formatIssues(issues: readonly core.$ZodIssue[]): string {
  return issues.map((issue) => `${formatIssuePath(issue.path)}: ${describeIssue(issue)}`).join('; ');
}

/** Glob keys look like `../../data/x/facts.json`; messages use the repo path. */
function repoPath(where: string): string {
  return where.replace(/^(?:\.\.?\/)+/, '');
}

function parseWith<S extends core.$ZodType>(schema: S, raw: unknown, where: string): core.output<S> {
  const result = z.safeParse(schema, raw, { reportInput: true });
  if (!result.success) {
    throw new Error(`${repoPath(where)}: ${formatIssues(result.error.issues)}`);
  }
  return result.data;
}

/**
 * Validates one role file. Pure: throws an Error naming the file and the
 * failing field path, e.g.
 * `data/account-manager/facts.json: salary.amountUsd: expected number, got string`.
 */
export function parseRoleFacts(raw: unknown, where: string): RoleFacts {
  return parseWith(roleFactsSchema, raw, where);
}

export function parseSharedFacts(raw: unknown, where = 'data/shared.json'): SharedFacts {
  return parseWith(sharedFactsSchema, raw, where);
}

export function parseSourceCitation(raw: unknown, where = 'data/source.json'): SourceCitation {
  return parseWith(sourceCitationSchema, raw, where);
}

/** Every `sourceId` anywhere in a record, with its path, for the citation check. */
function collectSourceIds(value: unknown, path: PropertyKey[] = []): { path: string; id: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => collectSourceIds(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'sourceId' ? [{ path: formatIssuePath([...path, key]), id: child }] : collectSourceIds(child, [...path, key]),
  );
}

/** A fact must cite a source we actually ship, or the card would cite nothing. */
function assertCitesSource(record: unknown, where: string, source: SourceCitation): void {
  for (const { path, id } of collectSourceIds(record)) {
    if (id !== source.id) {
      throw new Error(`${repoPath(where)}: ${path}: cites unknown source ${JSON.stringify(id)}`);
    }
  }
}

/** The folder name is the role's identity in the glob, so `id` must agree with it. */
function folderOf(where: string): string | undefined {
  return /\/data\/([^/]+)\/facts\.json$/.exec(`/${repoPath(where)}`)?.[1];
}

/** Parses every file and runs the cross-file checks zod cannot express. */
function buildRoleFacts(modules: Record<string, unknown>): LoadedRoleFacts {
  const source = parseSourceCitation(sourceRaw);
  const shared = parseSharedFacts(sharedRaw);
  assertCitesSource(shared, 'data/shared.json', source);

  const roles = Object.entries(modules).map(([where, raw]) => {
    const role = parseRoleFacts(raw, where);
    const folder = folderOf(where);
    if (folder !== role.id) {
      throw new Error(`${repoPath(where)}: id: "${role.id}" does not match its folder "${folder ?? '?'}"`);
    }
    assertCitesSource(role, where, source);
    return role;
  });
  // Glob order is an implementation detail; sort so the UI order is stable.
  roles.sort((a, b) => a.id.localeCompare(b.id));
  return { roles, shared, source };
}

let cache: LoadedRoleFacts | undefined;

/** All bundled facts, validated once and then memoised. Throws on bad data. */
export function loadRoleFacts(): LoadedRoleFacts {
  cache ??= buildRoleFacts(roleModules);
  return cache;
}

export function roleFactsById(id: string): RoleFacts | undefined {
  return loadRoleFacts().roles.find((role) => role.id === id);
}
