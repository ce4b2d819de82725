import { describe, expect, it } from 'vitest';
import { bundledRoleDetections, loadRoleDetections } from '@/utils/roles/detection';
import { parseRoleDetection } from '@/utils/roles/detection-schema';

describe('role detection data (data/<role>/detection.json)', () => {
  it('every bundled file passes its schema, and the page-load copy is exactly the validated data', () => {
    const validated = loadRoleDetections();
    expect(validated.map((r) => r.id)).toEqual(['account-manager', 'program-manager']);
    // The page-load copy may carry the files' "$comment"s; every field the matcher reads is the same.
    const fields = ({ id, name, phrases, nearMisses }: ReturnType<typeof loadRoleDetections>[number]) => ({ id, name, phrases, nearMisses });
    expect(bundledRoleDetections().map(fields)).toEqual(validated.map(fields));
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
