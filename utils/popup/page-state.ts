import * as z from 'zod/mini';
import { adaptersFor } from '../adapters/registry';
import { matchesPattern } from '../adapters/match-pattern';
import { sitePattern } from '../background/registrations';
import { pageReportSchema, type PageReport } from '../messages';

/** What the popup can say about the active tab. */
export type PageState =
  /** No web page: the new-tab page, browser pages, a tab the popup cannot see. */
  | { kind: 'no-page' }
  /** A supported board whose host access the user (or browser) withdrew. */
  | { kind: 'no-access'; board: string; origin: string; patterns: string[] }
  /** Role Lens may run here but is not running (the page loaded before install or enabling). */
  | { kind: 'not-running'; board: string | null; origin: string; siteGranted: boolean }
  /** Not a supported board, not enabled: scan once or enable. */
  | { kind: 'unsupported'; origin: string }
  /** The content script answered. */
  | { kind: 'report'; report: PageReport; board: string | null; origin: string; siteGranted: boolean };

export interface TabInfo {
  id?: number;
  url?: string;
}

export interface PageDeps {
  /** Asks the tab's content script for its report; rejects when none is listening. */
  sendMessage: (tabId: number, message: unknown) => Promise<unknown>;
  /** `permissions.contains({ origins })`: whether the extension may read those pages. */
  containsOrigins: (origins: string[]) => Promise<boolean>;
  /**
   * `permissions.getAll().origins`: the patterns granted as such. "Enabled on this site" is the
   * exact `origin/*` pattern there; `contains` would also say yes on a board's host (linkedin.com
   * is covered by its /jobs/ patterns), where there is nothing to disable.
   */
  grantedOrigins: () => Promise<string[]>;
}

/** The content script's report, or null if no content script answers (or answers nonsense). */
export async function fetchReport(tabId: number, deps: Pick<PageDeps, 'sendMessage'>): Promise<PageReport | null> {
  try {
    const parsed = z.safeParse(pageReportSchema, await deps.sendMessage(tabId, { type: 'get-report' }));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The tab's URL when it is a web page Role Lens could work on. */
export function webUrl(tab: TabInfo | undefined): URL | null {
  if (!tab?.url || tab.id === undefined) return null;
  try {
    const url = new URL(tab.url);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The manifest patterns that cover this URL: what host access the board needs here. */
export function boardPatternsFor(url: URL): string[] {
  return [...new Set(adaptersFor(url).flatMap((a) => a.matches.filter((p) => matchesPattern(p, url))))];
}

export async function loadPageState(tab: TabInfo | undefined, deps: PageDeps): Promise<PageState> {
  const url = webUrl(tab);
  if (!url || tab?.id === undefined) return { kind: 'no-page' };
  const origin = url.origin;
  const board = adaptersFor(url)[0]?.name ?? null;
  const [report, granted] = await Promise.all([fetchReport(tab.id, deps), deps.grantedOrigins().catch((): string[] => [])]);
  const siteGranted = granted.includes(sitePattern(origin));
  if (board) {
    const patterns = boardPatternsFor(url);
    // When the check itself fails, assume access rather than send the user to a prompt for nothing.
    const access = await deps.containsOrigins(patterns).catch(() => true);
    if (!access) return { kind: 'no-access', board, origin, patterns };
  }
  if (report) return { kind: 'report', report, board, origin, siteGranted };
  if (board || siteGranted) return { kind: 'not-running', board, origin, siteGranted };
  return { kind: 'unsupported', origin };
}

/** Asks again for a while: a content script just injected needs a moment to start listening. */
export async function waitForReport(
  tabId: number,
  deps: Pick<PageDeps, 'sendMessage'>,
  { tries = 20, intervalMs = 150 } = {},
): Promise<PageReport | null> {
  for (let i = 0; i < tries; i++) {
    const report = await fetchReport(tabId, deps);
    if (report) return report;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  return null;
}

/** One row per posting (a title shown twice on the page is listed once), titles only. */
export interface TitleRow {
  index: number;
  text: string;
  roleIds: string[];
}

export function titleRows(report: PageReport, limit = 20): TitleRow[] {
  const seen = new Set<string>();
  const rows: TitleRow[] = [];
  for (const found of report.found) {
    if (found.postingKey.endsWith('#mention') || seen.has(found.postingKey)) continue;
    seen.add(found.postingKey);
    rows.push({ index: found.index, text: found.text.replace(/\s+/g, ' ').trim(), roleIds: found.roleIds });
    if (rows.length >= limit) break;
  }
  return rows;
}

/**
 * What "Copy diagnostics" puts on the clipboard: enough to reproduce a board the adapter no
 * longer reads (which board, which page type, what was counted), and no page text.
 */
export function diagnosticsText(report: PageReport, version: string): string {
  return JSON.stringify(
    {
      extension: 'Role Lens',
      version,
      board: report.board,
      path: report.path,
      titlesSeen: report.titlesSeen,
      counts: report.counts,
    },
    null,
    2,
  );
}
