import { describe, expect, it } from 'vitest';
import { bundledRoleDetections, loadRoleDetections } from '@/utils/roles/detection';
import { parseRoleDetection } from '@/utils/roles/detection-schema';

describe('role detection data (data/<role>/detection.json)', () => {
  it('every bundled file passes its schema, and the page-load copy is exactly the validated data', () => {
    const validated = loadRoleDetections();
    expect(validated.map((r) => r.id)).toEqual(['account-manager', 'program-manager']);
    // The page-load copy holds what matching reads (id and phrases), as validated.
    expect(bundledRoleDetections()).toEqual(validated.map(({ id, phrases }) => ({ id, phrases })));
  });

  it('a broken copy fails with a message naming the file and the field', () => {
    const [role] = loadRoleDetections();
    const broken = { ...role, phrases: [[['account'], []]] };
    expect(() => parseRoleDetection(broken, 'data/account-manager/detection.json')).toThrow(
      /^data\/account-manager\/detection\.json: phrases\.0\.1: /,
    );
    expect(() => parseRoleDetection({ ...role, id: 'Account Manager' }, 'x.json')).toThrow(/^x\.json: id: /);
  });
});
