import { browser } from 'wxt/browser';
import { parseMessage } from '@/utils/messages';

// Listeners are registered at the top level, synchronously, so the service worker can be
// stopped at any time and woken by the next event with nothing kept only in memory.
export default defineBackground(() => {
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
        browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e79' }),
      ]).then(() => true);
    }
    return undefined;
  });
});
