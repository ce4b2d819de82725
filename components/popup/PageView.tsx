import type { ComponentChildren } from 'preact';
import { totalPostings } from '@/utils/content/report';
import type { PageReport } from '@/utils/messages';
import { titleRows, type PageState } from '@/utils/popup/page-state';
import type { Settings } from '@/utils/settings/schema';

export interface PageActions {
  reveal: (index: number) => void;
  /** Runs detection once in this tab (activeTab: no lasting permission). */
  scan: () => void;
  /** Must call permissions.request synchronously: it needs the click's user gesture. */
  enableSite: () => void;
  disableSite: () => void;
  grantAccess: () => void;
  copyDiagnostics: (report: PageReport) => void;
  turnOn: () => void;
  turnOnSite: (hostname: string) => void;
}

export interface PageViewProps {
  /** null while the page is being read. */
  state: PageState | null;
  settings: Settings;
  roles: readonly { id: string; name: string }[];
  /** A short line about the last action ("Copied.", "Access not granted."), announced politely. */
  status: string | null;
  busy: boolean;
  actions: PageActions;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function Counts({ report, roles, onReveal }: { report: PageReport; roles: PageViewProps['roles']; onReveal: (index: number) => void }) {
  const total = totalPostings(report);
  const rows = titleRows(report);
  const titleCount = new Set(report.found.filter((f) => !f.postingKey.endsWith('#mention')).map((f) => f.postingKey)).size;
  const name = (id: string) => roles.find((r) => r.id === id)?.name ?? id;
  return (
    <>
      <p class="total" data-total={total}>
        {total > 0
          ? `${plural(total, 'job posting', 'job postings')} on this page name a role.`
          : `None of the ${plural(report.titlesSeen, 'job title', 'job titles')} on this page names a Program Manager or Account Manager.`}
      </p>
      <ul class="counts" aria-label="Postings per role">
        {roles.map((role) => {
          const count = report.counts[role.id] ?? 0;
          return (
            <li key={role.id} data-role-id={role.id} data-count={count} class={count === 0 ? 'muted' : undefined}>
              <span class="count">{count}</span> {role.name}
            </li>
          );
        })}
      </ul>
      {rows.length > 0 && (
        <>
          <h2 id="titles-heading">Titles found</h2>
          <ul class="titles" aria-labelledby="titles-heading">
            {rows.map((row) => (
              <li key={row.index}>
                <button type="button" class="title" onClick={() => onReveal(row.index)} data-index={row.index}>
                  <span class="title-text">{row.text}</span>
                  <span class="title-role">{row.roleIds.map(name).join(', ')}</span>
                </button>
              </li>
            ))}
          </ul>
          {titleCount > rows.length && <p class="muted">The first {rows.length} of {titleCount} are listed.</p>}
          <p class="muted hint">Choose a title to scroll to it and open its card.</p>
        </>
      )}
    </>
  );
}

function Notice({ children }: { children: ComponentChildren }) {
  return <div class="notice">{children}</div>;
}

/** The "This page" tab: what Role Lens found on the active tab, or why it found nothing. */
export function PageView({ state, settings, roles, status, busy, actions }: PageViewProps) {
  const statusLine = (
    <p class="status" role="status">
      {status ?? ''}
    </p>
  );
  if (!state) return <p class="muted">Reading this page…</p>;
  if (state.kind === 'no-page') {
    return (
      <>
        <p>Role Lens works on web pages. Open a job search on a supported board, then open Role Lens again.</p>
        <p class="muted">The Roles tab explains both roles on any page.</p>
      </>
    );
  }
  const hostname = new URL(state.origin).hostname;
  if (state.kind === 'no-access') {
    return (
      <>
        <Notice>
          <p>Your browser has withdrawn Role Lens's access to {state.board} ({hostname}), so it cannot read the job titles here.</p>
        </Notice>
        <div class="actions">
          <button type="button" onClick={actions.grantAccess} disabled={busy}>
            Grant access to {state.board}
          </button>
        </div>
        {statusLine}
      </>
    );
  }
  if (!settings.enabled) {
    return (
      <>
        <p>Role Lens is switched off everywhere.</p>
        <div class="actions">
          <button type="button" onClick={actions.turnOn}>Turn Role Lens on</button>
        </div>
      </>
    );
  }
  if (settings.disabledSites.includes(hostname)) {
    return (
      <>
        <p>Role Lens is switched off on {hostname}.</p>
        <div class="actions">
          <button type="button" onClick={() => actions.turnOnSite(hostname)}>Turn on for {hostname}</button>
        </div>
      </>
    );
  }

  const siteControls = (granted: boolean) =>
    granted ? (
      <button type="button" class="secondary" onClick={actions.disableSite} disabled={busy}>
        Disable on this site
      </button>
    ) : (
      <button type="button" class="secondary" onClick={actions.enableSite} disabled={busy}>
        Enable on this site
      </button>
    );

  if (state.kind === 'unsupported' || state.kind === 'not-running') {
    const board = state.kind === 'not-running' ? state.board : null;
    return (
      <>
        {board ? (
          <p>Role Lens has not read this {board} page yet: it was open before Role Lens started.</p>
        ) : (
          <p>
            {hostname} is not one of the supported job boards. Role Lens can still look for job postings that name a
            role here.
          </p>
        )}
        <div class="actions">
          <button type="button" onClick={actions.scan} disabled={busy}>
            Scan this page
          </button>
          {!board && siteControls(state.kind === 'not-running' && state.siteGranted)}
        </div>
        {!board && (
          <p class="muted hint">
            Scanning looks once, with the access this click gives. Enabling asks your browser for lasting access to {hostname}.
          </p>
        )}
        {statusLine}
      </>
    );
  }

  const { report, board } = state;
  const noTitles = report.titlesSeen === 0;
  return (
    <>
      {noTitles && board ? (
        <>
          <Notice>
            <p>No job titles found on this {board} page.</p>
            <p>Either this page lists no jobs, or {board} changed its layout and Role Lens needs an update.</p>
          </Notice>
          <div class="actions">
            <button type="button" onClick={() => actions.copyDiagnostics(report)}>Copy diagnostics</button>
          </div>
          <p class="muted hint">Copies the board, the page's path, the counts and the Role Lens version. No page text.</p>
        </>
      ) : noTitles ? (
        <p>No job postings found on this page.</p>
      ) : (
        <Counts report={report} roles={roles} onReveal={actions.reveal} />
      )}
      {!board && <div class="actions">{siteControls(state.siteGranted)}</div>}
      {statusLine}
    </>
  );
}
