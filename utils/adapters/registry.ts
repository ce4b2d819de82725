import type { BoardAdapter } from './types';
import { matchesPattern } from './match-pattern';

// Every file in boards/ is one job board: adding a board is adding a file.
const modules = import.meta.glob<BoardAdapter>('./boards/*.ts', { eager: true, import: 'default' });

export const BOARD_ADAPTERS: readonly BoardAdapter[] = Object.keys(modules)
  .sort()
  .map((path) => modules[path]!);

/** The manifest match patterns of every supported board. */
export const BOARD_MATCHES: readonly string[] = [...new Set(BOARD_ADAPTERS.flatMap((a) => a.matches))];

/** The adapters for a page's URL: usually one, none on a site the user enabled. */
export function adaptersFor(url: URL): BoardAdapter[] {
  return BOARD_ADAPTERS.filter((adapter) => adapter.matches.some((p) => matchesPattern(p, url)));
}
