import '@/components/popup/theme.css';
import '@/components/popup/popup.css';
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import type { PageActions } from '@/components/popup/PageView';
import { sitePattern } from '@/utils/background/registrations';
import { totalPostings } from '@/utils/content/report';
import type { PageReport } from '@/utils/messages';
import { diagnosticsText, fetchReport, loadPageState, waitForReport, type PageDeps, type PageState, type TabInfo } from '@/utils/popup/page-state';
import { loadRoleDetections } from '@/utils/roles/detection';
import { loadRoleFacts, type LoadedRoleFacts } from '@/utils/roles/facts';
import type { Settings } from '@/utils/settings/schema';
import { readSettings, watchSettings, writeSettings } from '@/utils/settings/storage';
import { isQuotaError, noticeItem, readNotice } from '@/utils/settings/sync';

// The same files the manifest's content script loads (WXT's output names).
const CONTENT_JS = '/content-scripts/content.js';
const CONTENT_CSS = '/content-scripts/content.css';

const ROLES = loadRoleDetections().map(({ id, name }) => ({ id, name }));

function loadFacts(): LoadedRoleFacts | null {
  try {
    return loadRoleFacts();
  } catch {
    return null;
  }
}

const deps: PageDeps = {
  // Frame 0 only: the top frame's content script is the one that answers for the page.
  sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
  containsOrigins: (origins) => browser.permissions.contains({ origins }),
  grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
};

const SAVE_FAILED = 'A settings change could not be saved: the browser has no room left for Role Lens settings.';
const SYNC_QUOTA = 'Your settings are too large to sync to your other browsers; they still apply in this browser.';

/** The badge is the content script's; the popup re-states it from the report it just read. */
function syncBadge(tabId: number, report: PageReport): void {
  const total = totalPostings(report);
  void browser.action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' }).catch(() => {});
}

function App() {
  const [tab, setTab] = useState<TabInfo | undefined>(undefined);
  const [state, setState] = useState<PageState | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeShown = useRef(false);
  const facts = useRef(loadFacts()).current;

  const tell = (text: string) => {
    // Each notice once per popup: a save failing again must not stack messages.
    if (noticeShown.current) return;
    noticeShown.current = true;
    setNotice(text);
  };

  const refreshReport = async (tabId: number) => {
    const report = await fetchReport(tabId, deps);
    if (!report) return;
    syncBadge(tabId, report);
    setState((current) => (current && current.kind === 'report' ? { ...current, report } : current));
  };

  useEffect(() => {
    void readSettings().then(setSettings);
    const unwatch = watchSettings(setSettings);
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      setTab(active);
      const loaded = await loadPageState(active, deps);
      setState(loaded);
      if (loaded.kind === 'report' && active?.id !== undefined) syncBadge(active.id, loaded.report);
    })();
    void readNotice().then((found) => {
      if (!found || found.shown) return;
      tell(SYNC_QUOTA);
      void noticeItem.setValue({ ...found, shown: true });
    });
    return unwatch;
  }, []);

  // Settings apply live in the page; read the page's report again once it has repainted.
  useEffect(() => {
    if (tab?.id === undefined || state?.kind !== 'report') return;
    const timer = setTimeout(() => void refreshReport(tab.id!), 400);
    return () => clearTimeout(timer);
  }, [settings]);

  const save = (next: Settings) => {
    setSettings(next);
    writeSettings(next).catch((error) => tell(isQuotaError(error) ? SAVE_FAILED : 'A settings change could not be saved.'));
  };

  const origin = state && state.kind !== 'no-page' ? state.origin : null;
  const hostname = origin ? new URL(origin).hostname : null;

  const scanNow = async () => {
    if (tab?.id === undefined || !state || state.kind === 'no-page' || state.kind === 'no-access') return;
    setBusy(true);
    setStatus('Scanning…');
    try {
      await browser.scripting.insertCSS({ target: { tabId: tab.id }, files: [CONTENT_CSS] });
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [CONTENT_JS] });
      const report = await waitForReport(tab.id, deps);
      if (!report) throw new Error('no report');
      const board = state.kind === 'report' || state.kind === 'not-running' ? state.board : null;
      const siteGranted = state.kind === 'report' || state.kind === 'not-running' ? state.siteGranted : false;
      setState({ kind: 'report', report, board, origin: state.origin, siteGranted });
      syncBadge(tab.id, report);
      setStatus(null);
    } catch {
      setStatus('Role Lens could not read this page.');
    } finally {
      setBusy(false);
    }
  };

  const actions: PageActions = {
    reveal: (index) => {
      if (tab?.id === undefined) return;
      browser.tabs.sendMessage(tab.id, { type: 'reveal', index }, { frameId: 0 }).catch(() => {
        setStatus('That title is no longer on the page. Reopen Role Lens to refresh the list.');
      });
    },
    scan: () => void scanNow(),
    enableSite: () => {
      if (!origin) return;
      // First statement of the click handler: the request needs the user's gesture.
      const request = browser.permissions.request({ origins: [sitePattern(origin)] });
      void request.then(
        async (granted) => {
          if (!granted) return setStatus(`Role Lens was not given access to ${hostname}.`);
          // The background registers the content script for future visits (permissions.onAdded).
          setStatus(`Enabled on ${hostname}: Role Lens runs here on every visit.`);
          setState((s) => (s && (s.kind === 'report' || s.kind === 'not-running') ? { ...s, siteGranted: true } : s));
          if (state?.kind !== 'report') await scanNow();
        },
        () => setStatus('Your browser refused the request.'),
      );
    },
    disableSite: () => {
      if (!origin) return;
      void browser.permissions.remove({ origins: [sitePattern(origin)] }).then((removed) => {
        setStatus(removed ? `Disabled on ${hostname}. Role Lens stops here from the next page load.` : 'Nothing to disable here.');
        if (removed) setState((s) => (s && (s.kind === 'report' || s.kind === 'not-running') ? { ...s, siteGranted: false } : s));
      });
    },
    grantAccess: () => {
      if (state?.kind !== 'no-access') return;
      const request = browser.permissions.request({ origins: state.patterns });
      void request.then(async (granted) => {
        if (!granted) return setStatus('Access was not granted.');
        setState(await loadPageState(tab, deps));
        setStatus(`Access to ${state.board} restored.`);
      });
    },
    copyDiagnostics: (report) => {
      const text = diagnosticsText(report, browser.runtime.getManifest().version);
      navigator.clipboard.writeText(text).then(
        () => setStatus('Diagnostics copied. Paste them into your report.'),
        () => setStatus('Could not copy to the clipboard.'),
      );
    },
    turnOn: () => settings && save({ ...settings, enabled: true }),
    turnOnSite: (host) => settings && save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== host) }),
  };

  if (!settings) return null;
  return (
    <Popup
      page={{ state, settings, roles: ROLES, status, busy, actions }}
      settings={{ settings, onChange: save, site: hostname, idPrefix: 'popup' }}
      roles={ROLES}
      facts={facts}
      notice={notice}
      onDismissNotice={() => setNotice(null)}
    />
  );
}

render(<App />, document.getElementById('app')!);
