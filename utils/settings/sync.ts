import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { parseSettings, type Settings } from './schema';
import { readSettings, writeSettings } from './storage';

/**
 * Settings roam between the user's browsers through `storage.sync`. `local:settings` stays the
 * one every context reads and writes (no quota, instant); the background mirrors it to
 * `sync:settings`, debounced, because sync allows about 120 writes a minute and 8 KB an item
 * (a slider dragged end to end would otherwise be dozens of writes). On startup a newer sync
 * copy, written by another browser, is adopted.
 */
export const SYNC_DEBOUNCE_MS = 2000;
/** Chrome's QUOTA_BYTES_PER_ITEM: key plus JSON value. */
export const SYNC_ITEM_MAX_BYTES = 8192;
const SYNC_KEY = 'settings';

const syncItem = storage.defineItem<unknown>(`sync:${SYNC_KEY}`);
/** When local settings last changed, as stamped by the background: decides who is newer. */
const changedAtItem = storage.defineItem<unknown>('local:settingsChangedAt');

/** Parsed like every other read: anything but a finite number means "never changed". */
async function readChangedAt(): Promise<number> {
  const value = await changedAtItem.getValue();
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Something the popup should tell the user once (set by the background, shown by the popup). */
export interface SettingsNotice {
  kind: 'sync-quota';
  at: number;
  shown: boolean;
}
export const noticeItem = storage.defineItem<unknown>('local:settingsNotice');
const noticeSchema = z.object({ kind: z.literal('sync-quota'), at: z.number(), shown: z.boolean() });

export async function readNotice(): Promise<SettingsNotice | null> {
  try {
    const parsed = z.safeParse(noticeSchema, await noticeItem.getValue());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const syncCopySchema = z.object({ updatedAt: z.number(), settings: z.unknown() });

/** The roaming copy, parsed like any other read: a foreign or corrupt copy counts as none. */
export async function readSyncCopy(): Promise<{ updatedAt: number; settings: Settings } | null> {
  try {
    const parsed = z.safeParse(syncCopySchema, await syncItem.getValue());
    return parsed.success ? { updatedAt: parsed.data.updatedAt, settings: parseSettings(parsed.data.settings) } : null;
  } catch {
    return null;
  }
}

export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

const same = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

export type SyncOutcome = 'written' | 'unchanged' | 'quota' | 'error';

/** Writes the local settings to sync if they differ. A quota failure is recorded for the popup. */
export async function pushToSync(): Promise<SyncOutcome> {
  const [settings, updatedAt, copy] = await Promise.all([readSettings(), readChangedAt(), readSyncCopy()]);
  if (copy && same(copy.settings, settings)) return 'unchanged';
  const value = { updatedAt, settings };
  try {
    // Checked before writing: an oversized item fails anyway, and the check names the cause.
    if (SYNC_KEY.length + JSON.stringify(value).length > SYNC_ITEM_MAX_BYTES) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    await syncItem.setValue(value);
    // Writing works again: a later failure deserves a new notice.
    if (await readNotice()) await noticeItem.removeValue();
    return 'written';
  } catch (error) {
    if (!isQuotaError(error)) return 'error';
    // Told once: an existing notice (shown or not) is not renewed on every failed write.
    if (!(await readNotice())) await noticeItem.setValue({ kind: 'sync-quota', at: Date.now(), shown: false } satisfies SettingsNotice);
    return 'quota';
  }
}

export interface MirrorOptions {
  delayMs?: number;
  now?: () => number;
}

/** Debounces local changes into one sync write, `delayMs` after the last change. */
export class SyncMirror {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly delayMs: number;
  private readonly now: () => number;

  constructor(options: MirrorOptions = {}) {
    this.delayMs = options.delayMs ?? SYNC_DEBOUNCE_MS;
    this.now = options.now ?? Date.now;
  }

  /** A change to local settings was seen. Our own adoption of a sync copy is not a change. */
  async localChanged(settings: Settings): Promise<void> {
    const copy = await readSyncCopy();
    if (copy && same(copy.settings, settings)) return;
    // Stamped in storage at once, so a worker stopped before the timer fires still knows on
    // its next start that local is newer than sync.
    await changedAtItem.setValue(this.now());
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void pushToSync();
    }, this.delayMs);
  }

  pending(): boolean {
    return this.timer !== null;
  }
}

export type StartupOutcome = 'adopted' | SyncOutcome | 'none';

/**
 * On startup: a sync copy newer than our last local change came from another browser, and is
 * adopted (parsed, so a bad copy costs only its bad fields); local changes newer than the copy
 * (a debounce cut short by the worker stopping) are pushed.
 */
export async function reconcileSyncOnStartup(): Promise<StartupOutcome> {
  try {
    const [copy, changedAt] = await Promise.all([readSyncCopy(), readChangedAt()]);
    if (copy && copy.updatedAt > changedAt) {
      await changedAtItem.setValue(copy.updatedAt);
      await writeSettings(copy.settings);
      return 'adopted';
    }
    // Never-changed defaults (changedAt 0) are not pushed: they would only overwrite nothing.
    if (changedAt > (copy?.updatedAt ?? 0)) return await pushToSync();
    return 'none';
  } catch {
    return 'error';
  }
}
