import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { parseSettings, SETTINGS_VERSION, type Settings } from './schema';
import { SETTINGS_KEY } from './storage';

/**
 * Migrations of the stored settings: key N turns a value of version N-1 into version N. To change
 * the shape: bump SETTINGS_VERSION in schema.ts and add `[N]: (old) => ...` here. A migration
 * may return anything; every read still goes through parseSettings, so a migration that misses
 * a case costs that field its default, never the popup.
 *
 * Only the background defines the versioned item: @wxt-dev/storage runs migrations in every
 * context that defines it, and one context (at install/update and each worker start) is enough.
 */
export type SettingsMigrations = Record<number, (old: unknown) => unknown>;

// Version 1 is the first released shape: nothing to migrate from yet.
export const SETTINGS_MIGRATIONS: SettingsMigrations = {};

export type VersionedSettingsItem = WxtStorageItem<unknown, { v?: number }>;

/** The versioned `local:settings` item. Defining it starts the migrations. */
export function defineVersionedSettings(
  version: number = SETTINGS_VERSION,
  migrations: SettingsMigrations = SETTINGS_MIGRATIONS,
): VersionedSettingsItem {
  return storage.defineItem<unknown, { v?: number }>(SETTINGS_KEY, { version, migrations });
}

/**
 * Waits for the migrations, then stamps the version on a value written without one (the popup
 * and options page write the plain item), so a later version knows what it is migrating. A value
 * from a newer version (a downgrade, or a copy from another machine) is left as written: the
 * storage library logs the downgrade instead of migrating, and our parser keeps whatever fields
 * are still valid. Never throws.
 */
export async function prepareSettings(item: VersionedSettingsItem, version: number = SETTINGS_VERSION): Promise<Settings> {
  try {
    const meta = await item.getMeta();
    const value = await item.getValue();
    if (value != null && typeof meta?.v !== 'number') await item.setMeta({ v: version });
    return parseSettings(value);
  } catch {
    return parseSettings(undefined);
  }
}
