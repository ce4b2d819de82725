import './highlights.css';
import { browser } from 'wxt/browser';
import { BOARD_MATCHES } from '@/utils/adapters/registry';
import { Session } from '@/utils/content/session';
import { parsePageMessage } from '@/utils/messages';
import { readPageSettings, watchPageSettings } from '@/utils/settings/page-settings';

export default defineContentScript({
  matches: [...BOARD_MATCHES],
  // Boards embed in company career sites as iframes (Greenhouse, Lever, Ashby, Workday): the
  // frames are on the board's own hosts, so the same matches apply inside them.
  allFrames: true,
  runAt: 'document_idle',
  // WXT tells an older copy of this script (left in the tab by an update) to stop with a
  // document event, and by default also with a window message kept for WXT before 0.20. Role
  // Lens never shipped on those, and the message would reach every listener on the page with
  // our extension id in it. Posting it also made Chromium take a stack trace through the whole
  // script while DevTools (or a test driver) listens: ~6 ms of start-up on every job page.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // An XML or SVG document, or a page the Highlight API cannot paint: nothing to do.
    if (!(document instanceof HTMLDocument) || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const settings = await readPageSettings();
    const session = new Session({
      ctx,
      doc: document,
      registry: CSS.highlights,
      settings,
      injectCard: () => browser.runtime.sendMessage({ type: 'load-card' }),
      reportBadge: (total) => {
        if (window !== window.top || !ctx.isValid) return;
        try {
          void browser.runtime.sendMessage({ type: 'badge', total }).catch(() => {});
        } catch {
          // The extension was reloaded or removed: sendMessage throws before returning a promise,
          // and nothing may be thrown into the page.
        }
      },
    });
    if (!ctx.isValid) return;
    session.apply(settings);
    const unwatch = watchPageSettings((settings) => session.apply(settings));
    ctx.onInvalidated(unwatch);

    const onMessage = (raw: unknown) => {
      const message = parsePageMessage(raw);
      if (!message || window !== window.top) return undefined;
      if (message.type === 'get-report') return Promise.resolve(session.report());
      if (message.type === 'reveal') session.reveal(message.index);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  },
});
