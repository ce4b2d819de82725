import type { RoleDetection, RolePhrases } from './detection-schema';

// The same files as detection.ts reads (every data/<role>/detection.json is a role). Only the
// fields detection uses are imported: the bundler leaves the rest of each file (its comment, the
// near-misses the unit tests read) out of the script every job page loads.
const ids = import.meta.glob<RoleDetection['id']>('../../data/*/detection.json', { eager: true, import: 'id' });
const phrases = import.meta.glob<RoleDetection['phrases']>('../../data/*/detection.json', { eager: true, import: 'phrases' });

/**
 * The detection data for the script every job page loads, without parsing it again there: these
 * files are part of the build and validated by their zod schema in the unit tests
 * (role-detection.test.ts), so a broken file fails the tests rather than every page load. This
 * module does not import zod at run time. Values from outside the build (stored settings,
 * messages) are still parsed at run time.
 */
export function bundledRoleDetections(): RolePhrases[] {
  return Object.keys(ids)
    .sort()
    .map((path) => ({ id: ids[path]!, phrases: phrases[path]! }));
}
