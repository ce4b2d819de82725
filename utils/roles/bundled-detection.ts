import type { RoleDetection } from './detection-schema';

// The same files as detection.ts reads (every data/<role>/detection.json is a role).
const files = import.meta.glob('../../data/*/detection.json', { eager: true, import: 'default' });

/**
 * The detection data for the script every job page loads, without parsing it again there: these
 * files are part of the build and validated by their zod schema in the unit tests
 * (role-detection.test.ts), so a broken file fails the tests rather than every page load. This
 * module does not import zod at run time. Values from outside the build (stored settings,
 * messages) are still parsed at run time.
 */
export function bundledRoleDetections(): RoleDetection[] {
  return Object.keys(files)
    .sort()
    .map((path) => files[path] as RoleDetection);
}
