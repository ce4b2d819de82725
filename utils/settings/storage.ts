import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './schema';

export const SETTINGS_KEY = 'local:settings' as const;

/**
 * The stored settings, read raw and parsed by our own schema: whatever is in storage (old,
 * corrupt, written by a future version) never reaches the code unparsed. The versioned twin
 * with migrations is defined in the background only, so migrations run once, there.
 */
const rawSettings = storage.defineItem<unknown>(SETTINGS_KEY);

export async function readSettings(): Promise<Settings> {
  try {
    return parseSettings(await rawSettings.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function writeSettings(settings: Settings): Promise<void> {
  await rawSettings.setValue(settings);
}

/** Calls back with parsed settings whenever any context changes them. Returns the unwatch. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return rawSettings.watch((value) => callback(parseSettings(value)));
}
