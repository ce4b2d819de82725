/**
 * The role facts for the card bundle, read without zod, and only the fields the card shows.
 *
 * The card is injected on first hover and has a 22 KB gzipped budget; zod/mini's runtime alone is
 * about 7 KB of it. Validation is not lost: utils/roles/facts.ts validates these same files, the
 * unit tests run it on every data file, and tests/unit/card.test.tsx checks that this loader
 * returns exactly what the validated loader returns for every field listed here. A file that
 * slipped through anyway makes the card fail to render (caught in mount.ts), never render
 * half-empty.
 *
 * Named imports (one glob per field) let the bundler drop what the card never shows (each role's
 * long `responsibilities`, editors' notes), which keeps room in the budget for more roles.
 */
import { education, salaryFactors, skills } from '../../data/shared.json';
import { kind, title } from '../../data/source.json';
import type { RoleFacts, SharedFacts, SourceCitation } from '../roles/facts';

/** What the card shows of one role. */
export type CardRole = Pick<
  RoleFacts,
  'id' | 'name' | 'summary' | 'focus' | 'typicalDuties' | 'education' | 'certifications' | 'environment' | 'distinctiveSkills' | 'salary'
>;
export type CardShared = Pick<SharedFacts, 'skills' | 'education' | 'salaryFactors'>;
export type CardSource = Pick<SourceCitation, 'title' | 'kind'>;

export interface CardFacts {
  roles: CardRole[];
  shared: CardShared;
  source: CardSource;
}

// Same folder glob as utils/roles/facts.ts: a new data/<role>/facts.json is a new role, no code
// change. import.meta.glob needs literal options, hence one call per field.
const fields = {
  id: import.meta.glob('../../data/*/facts.json', { eager: true, import: 'id' }),
  name: import.meta.glob('../../data/*/facts.json', { eager: true, import: 'name' }),
  summary: import.meta.glob('../../data/*/facts.json', { eager: true, import: 'summary' }),
  focus: import.meta.glob('../../data/*/facts.json', { eager: true, import: 'focus' }),
  typicalDuties: import.meta.glob('../../data/*/facts.json', { eager: true, import: 'typicalDuties' }),
  education: import.meta.glob('../../data/*/facts.json', { eager: true, import: 'education' }),
  certifications: import.meta.glob('../../data/*/facts.json', { eager: true, import: 'certifications' }),
  environment: import.meta.glob('../../data/*/facts.json', { eager: true, import: 'environment' }),
  distinctiveSkills: import.meta.glob('../../data/*/facts.json', { eager: true, import: 'distinctiveSkills' }),
  salary: import.meta.glob('../../data/*/facts.json', { eager: true, import: 'salary' }),
};

let cache: CardFacts | undefined;

export function bundledRoleFacts(): CardFacts {
  cache ??= {
    roles: Object.keys(fields.id)
      .map((path) => {
        const role: Record<string, unknown> = {};
        for (const [field, byPath] of Object.entries(fields)) role[field] = byPath[path];
        return role as unknown as CardRole;
      })
      // Sorted by id like the validated loader, so both give the UI the same order.
      .sort((a, b) => a.id.localeCompare(b.id)),
    shared: { skills, education, salaryFactors } as CardShared,
    source: { title, kind },
  };
  return cache;
}
