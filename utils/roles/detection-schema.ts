import * as z from 'zod/mini';

/** One word slot of a phrase: the spellings that may fill it ("manager", "mgr."). */
const slot = z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

export const roleDetectionSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
  name: z.string().check(z.minLength(1)),
  phrases: z.array(z.array(slot).check(z.minLength(1))).check(z.minLength(1)),
  nearMisses: z.array(z.string()),
});

export type RoleDetection = z.infer<typeof roleDetectionSchema>;
/** What matching reads of a role: its id and its phrases. */
export type RolePhrases = Pick<RoleDetection, 'id' | 'phrases'>;

/** Parses one bundled detection file; the error names the file and the failing field. */
export function parseRoleDetection(raw: unknown, where: string): RoleDetection {
  const result = z.safeParse(roleDetectionSchema, raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.join('.') || '(root)';
  throw new Error(`${where}: ${path}: ${issue?.message ?? 'invalid'}`);
}
