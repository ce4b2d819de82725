import type { PageReport } from '../messages';
import type { Found } from '../scan/tracker';

/**
 * What the popup shows of a page: the found titles, and per role the number of distinct postings
 * (a title shown in a card and again in a hidden copy or the detail pane counts once).
 */
export function buildReport(found: readonly Found[], board: string | null, path: string, titlesSeen: number, pageKey: string): PageReport {
  const postingsByRole = new Map<string, Set<string>>();
  const items = found.map((f, index) => {
    const postingKey = f.kind === 'title' ? (f.link ?? `${pageKey}#${f.text.toLowerCase()}`) : `${pageKey}#mention`;
    const roleIds = [...new Set(f.matches.map((m) => m.roleId))];
    if (f.kind === 'title') {
      for (const roleId of roleIds) {
        let keys = postingsByRole.get(roleId);
        if (!keys) postingsByRole.set(roleId, (keys = new Set()));
        keys.add(postingKey);
      }
    }
    return { index, roleId: roleIds[0]!, roleIds, text: f.text.slice(0, 200), postingKey };
  });
  const counts: Record<string, number> = {};
  for (const [roleId, keys] of postingsByRole) counts[roleId] = keys.size;
  return { board, path, titlesSeen, found: items, counts };
}

/** The badge number: distinct postings naming any role. */
export function totalPostings(report: PageReport): number {
  return new Set(report.found.filter((f) => !f.postingKey.endsWith('#mention')).map((f) => f.postingKey)).size;
}
