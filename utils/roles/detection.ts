import { parseRoleDetection, type RoleDetection } from './detection-schema';

// Every data/<role>/detection.json is a role: adding a folder adds a role, with no code change.
const files = import.meta.glob('../../data/*/detection.json', { eager: true, import: 'default' });

let cached: RoleDetection[] | undefined;

/** The bundled roles' detection data, validated, in a stable order (by id). */
export function loadRoleDetections(): RoleDetection[] {
  cached ??= Object.keys(files)
    .sort()
    .map((path) => parseRoleDetection(files[path], path.replace('../../', '')));
  return cached;
}
