import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema';

// WXT's `local:settings` item lives under this key of storage.local.
const KEY = 'settings';

/**
 * Settings as the content script reads them: straight from storage.local, parsed by the same
 * schema as everywhere else. The content script loads on every job page, so it skips WXT's
 * storage wrapper (~9 KB); the popup, options and background write through it.
 */
export async function readPageSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return parseSettings(stored[KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Calls back with parsed settings whenever any context changes them. Returns the unwatch. */
export function watchPageSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
