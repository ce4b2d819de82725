/**
 * Content-script registrations for the sites the user enabled from the popup ("Enable on this
 * site"). The granted host permissions are the truth: the browser (or the user, in its extension
 * settings) can add or withdraw them at any time, so the background re-derives the registrations
 * from them on every permission change, on startup and on install/update. Pure logic over two
 * small interfaces, so the unit tests can drive it with fakes.
 */

/** What Chrome and Firefox accept and report for `scripting.registerContentScripts`. */
export interface SiteScript {
  id: string;
  matches: string[];
  excludeMatches?: string[];
  js: string[];
  css: string[];
  allFrames: boolean;
  runAt: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

export interface ScriptingLike {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<Partial<SiteScript>[]>;
  registerContentScripts(scripts: SiteScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

export interface PermissionsLike {
  getAll(): Promise<{ origins?: string[] }>;
}

/** The manifest content script's files and timing: enabled sites get exactly the same. */
export type ScriptShape = Pick<SiteScript, 'js' | 'css' | 'allFrames' | 'runAt'>;

/**
 * Our ids share a prefix so that scripts registered by anything else (none today) are never
 * touched. Chrome reserves ids starting with "_".
 */
export const SITE_SCRIPT_PREFIX = 'role-lens-site:';

export function scriptIdFor(origin: string): string {
  return SITE_SCRIPT_PREFIX + origin;
}

/** The permission pattern the popup requests for a site: its whole origin. */
export function sitePattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * The origin a granted pattern stands for when it is one site the user enabled
 * (`https://example.com/*`), else null: the boards' own patterns (`*://*.lever.co/*`) and broad
 * grants (`https://*\/*`) are not sites enabled from the popup.
 */
export function siteOriginOf(pattern: string): string | null {
  const match = /^(https?):\/\/([a-z0-9.-]+(?::\d+)?)\/\*$/i.exec(pattern);
  if (!match) return null;
  return `${match[1]!.toLowerCase()}://${match[2]!.toLowerCase()}`;
}

/** Whether a match pattern's host part can match pages of `hostname`. */
function patternCoversHost(pattern: string, hostname: string): boolean {
  const host = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1];
  if (!host) return false;
  if (host === '*') return true;
  if (host.startsWith('*.')) return hostname === host.slice(2) || hostname.endsWith(host.slice(1));
  return hostname === host;
}

/**
 * The registration for one enabled site. Pages the manifest's content script already covers
 * (a board's job pages on a host the user also enabled, e.g. linkedin.com) are excluded, so the
 * script never runs twice on one page.
 */
export function siteScript(origin: string, shape: ScriptShape, boardMatches: readonly string[]): SiteScript {
  const hostname = new URL(origin).hostname;
  const excludeMatches = boardMatches.filter((p) => patternCoversHost(p, hostname));
  return {
    id: scriptIdFor(origin),
    matches: [sitePattern(origin)],
    ...(excludeMatches.length > 0 ? { excludeMatches } : {}),
    js: [...shape.js],
    css: [...shape.css],
    allFrames: shape.allFrames,
    runAt: shape.runAt,
    persistAcrossSessions: true,
  };
}

/** The registrations the granted permissions call for. */
export function desiredScripts(grantedOrigins: readonly string[], shape: ScriptShape, boardMatches: readonly string[]): SiteScript[] {
  const origins = new Set(grantedOrigins.map(siteOriginOf).filter((o): o is string => o !== null));
  return [...origins].sort().map((origin) => siteScript(origin, shape, boardMatches));
}

/**
 * Compares what matters of a registration. Browsers report registrations their own way: Chrome
 * sorts the pattern lists and adds defaults (`world`, `matchOriginAsFallback`), so patterns are
 * compared as sets and extra fields ignored; otherwise every event would re-register every site.
 */
function sameScript(a: Partial<SiteScript>, b: SiteScript): boolean {
  const set = (list: string[] | undefined) => [...(list ?? [])].sort();
  const key = (s: Partial<SiteScript>) =>
    JSON.stringify([set(s.matches), set(s.excludeMatches), s.js ?? [], s.css ?? [], s.allFrames ?? false, s.runAt ?? 'document_idle']);
  return key(a) === key(b);
}

export interface ReconcileResult {
  registered: string[];
  unregistered: string[];
  errors: string[];
}

export interface ReconcileDeps {
  scripting: ScriptingLike;
  permissions: PermissionsLike;
  shape: ScriptShape;
  boardMatches: readonly string[];
}

/**
 * Makes our registrations equal to the granted sites: registers the missing, unregisters the
 * withdrawn, re-registers any whose files or timing changed (an update renamed a file). Each
 * script is handled on its own so one failure cannot block the rest.
 */
export async function reconcileRegistrations(deps: ReconcileDeps): Promise<ReconcileResult> {
  const { scripting, permissions, shape, boardMatches } = deps;
  const [granted, registered] = await Promise.all([permissions.getAll(), scripting.getRegisteredContentScripts()]);
  const desired = desiredScripts(granted.origins ?? [], shape, boardMatches);
  const ours = registered.filter((s) => s.id?.startsWith(SITE_SCRIPT_PREFIX));
  const result: ReconcileResult = { registered: [], unregistered: [], errors: [] };

  const stale = ours.filter((s) => {
    const want = desired.find((d) => d.id === s.id);
    return !want || !sameScript(s, want);
  });
  for (const script of stale) {
    try {
      await scripting.unregisterContentScripts({ ids: [script.id!] });
      result.unregistered.push(script.id!);
    } catch (error) {
      result.errors.push(`${script.id}: ${String(error)}`);
    }
  }
  const kept = new Set(ours.filter((s) => !stale.includes(s)).map((s) => s.id));
  for (const script of desired.filter((d) => !kept.has(d.id))) {
    try {
      await scripting.registerContentScripts([script]);
      result.registered.push(script.id);
    } catch (error) {
      result.errors.push(`${script.id}: ${String(error)}`);
    }
  }
  return result;
}

/**
 * Runs reconciliations one after another: permission events and startup can fire together, and
 * two overlapping runs would both try to register the same id.
 */
export function serialReconciler(run: () => Promise<ReconcileResult>): () => Promise<ReconcileResult> {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(run, run);
    last = next.catch(() => undefined);
    return next;
  };
}
