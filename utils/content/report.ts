import type { PageReport } from '../messages';
import type { Found } from '../scan/tracker';

/**
 * The key a posting is counted under: its address, else the title text on this page. `pageKey`
 * is asked only when there is no address (reading `location` costs more than the rest).
 */
export function postingKeyOf(found: Found, pageKey: () => string): string {
  return found.kind === 'title' ? (found.link ?? `${pageKey()}#${found.text.toLowerCase()}`) : `${pageKey()}#mention`;
}

/**
 * What the popup shows of a page: the found titles, and per role the number of distinct postings
 * (a title shown in a card and again in a hidden copy or the detail pane counts once).
 */
export function buildReport(found: readonly Found[], board: string | null, path: string, titlesSeen: number, pageKey: string): PageReport {
  const postingsByRole = new Map<string, Set<string>>();
  const items = found.map((f, index) => {
    const postingKey = postingKeyOf(f, () => pageKey);
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

/**
 * The badge number kept up to date as titles come and go: distinct postings among the titles
 * shown. Work per change, not per page (a list that grows by 25 cards counts 25 titles).
 */
export class PostingTally {
  #keys = new Map<Found, string>();
  #counts = new Map<string, number>();
  readonly #pageKey: () => string;

  constructor(found: Iterable<Found> = [], pageKey: () => string) {
    this.#pageKey = pageKey;
    for (const f of found) this.add(f);
  }

  add(found: Found): void {
    if (found.kind !== 'title' || this.#keys.has(found)) return;
    const key = postingKeyOf(found, this.#pageKey);
    this.#keys.set(found, key);
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }

  remove(found: Found): void {
    const key = this.#keys.get(found);
    if (key === undefined) return;
    this.#keys.delete(found);
    const left = (this.#counts.get(key) ?? 1) - 1;
    if (left > 0) this.#counts.set(key, left);
    else this.#counts.delete(key);
  }

  get total(): number {
    return this.#counts.size;
  }
}
