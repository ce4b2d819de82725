import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { BOARD_MATCHES } from '@/utils/adapters/registry';
import {
  reconcileRegistrations,
  serialReconciler,
  type ScriptShape,
  type ScriptingLike,
} from '@/utils/background/registrations';
import { parseMessage } from '@/utils/messages';
import { defineVersionedSettings, prepareSettings } from '@/utils/settings/migrations';
import { parseSettings } from '@/utils/settings/schema';
import { reconcileSyncOnStartup, SyncMirror } from '@/utils/settings/sync';

const BADGE_COLOR = '#1f4e79';

/** Enabled sites get the manifest content script's own files and timing, read from the manifest. */
function manifestScriptShape(): ScriptShape {
  const script = browser.runtime.getManifest().content_scripts?.[0];
  return {
    js: script?.js ?? ['content-scripts/content.js'],
    css: script?.css ?? ['content-scripts/content.css'],
    allFrames: script?.all_frames ?? true,
    runAt: (script?.run_at as ScriptShape['runAt'] | undefined) ?? 'document_idle',
  };
}

/** Runs the content script again in open tabs of the supported boards, after an update. */
async function reinjectIntoOpenBoards(): Promise<void> {
  const { js, css } = manifestScriptShape();
  const tabs = await browser.tabs.query({ url: [...BOARD_MATCHES] });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      const target = { tabId: tab.id, allFrames: true };
      try {
        await browser.scripting.insertCSS({ target, files: css });
        await browser.scripting.executeScript({ target, files: js as ScriptPublicPath[] });
      } catch {
        // A tab the browser will not let us into (discarded, an error page): it gets the new
        // script on its next load.
      }
    }),
  );
}

// Every listener below is registered at the top level, synchronously, on each worker start: the
// service worker can be stopped at any time and is woken by the next event. Nothing lives only in
// memory: badges are per tab in the browser, registrations and settings are in browser storage.
export default defineBackground(() => {
  // Defining the versioned item runs the settings migrations (here only).
  const settingsItem = defineVersionedSettings();
  void prepareSettings(settingsItem);

  const syncRegistrations = serialReconciler(() =>
    reconcileRegistrations({
      // The polyfill's types describe Firefox's variant; both browsers take the shape we pass.
      scripting: browser.scripting as unknown as ScriptingLike,
      permissions: browser.permissions,
      shape: manifestScriptShape(),
      boardMatches: BOARD_MATCHES,
    }),
  );
  const resync = () => void syncRegistrations().catch(() => {});

  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    resync();
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    // Chrome does not run content scripts in tabs that were open before an update: the old
    // script was invalidated (its highlights cleared), so inject the new one where it belongs.
    if (reason === 'update') void reinjectIntoOpenBoards();
  });

  // Settings roam through storage.sync: debounced mirror of local changes, adopt a newer copy at start.
  const mirror = new SyncMirror();
  settingsItem.watch((value) => void mirror.localChanged(parseSettings(value)).catch(() => {}));
  void reconcileSyncOnStartup();

  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    if (!message || tabId === undefined || sender.id !== browser.runtime.id) return undefined;
    if (message.type === 'load-card') {
      // The card code is loaded on first use, into the same isolated world as the content
      // script, in the frame that asked.
      return browser.scripting
        .executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: ['/card.js'] })
        .then(() => true);
    }
    if (message.type === 'badge') {
      const text = message.total > 0 ? String(message.total) : '';
      return Promise.all([
        browser.action.setBadgeText({ tabId, text }),
        browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      ]).then(() => true);
    }
    return undefined;
  });
});
