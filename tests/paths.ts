import { resolve } from 'node:path';

/** The repository root: tests run from it (npm test, vitest). */
export const REPO_ROOT = process.cwd();
/** The read-only shared folder beside the repository (seed article, saved real pages), here and in CI. */
export const SHARED_DIR = process.env.ROLE_LENS_SHARED ?? resolve(REPO_ROOT, '..', 'shared');
export const ARTICLE_PATH = resolve(SHARED_DIR, 'seed', 'roles-article.txt');
export const PAGES_DIR = resolve(SHARED_DIR, 'fixtures', 'pages');
