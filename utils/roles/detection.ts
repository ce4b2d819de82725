import { parseRoleDetection, type RoleDetection } from './detection-schema';

// Every data/<role>/detection.json is a role: adding a folder adds a role, with no code change.
const files = import.meta.glob('../../data/*/detection.json', { eager: true, import: 'default' });
const paths = Object.keys(files).sort();
export { bundledRoleDetections } from './bundled-detection';

let cached: RoleDetection[] | undefined;

/** The bundled roles' detection data, validated by its zod schema, in a stable order (by id). */
export function loadRoleDetections(): RoleDetection[] {
  cached ??= paths.map((path) => parseRoleDetection(files[path], path.replace('../../', '')));
  return cached;
}
