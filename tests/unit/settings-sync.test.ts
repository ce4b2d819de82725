import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';
import { readSettings, writeSettings } from '../../utils/settings/storage';
import {
  isQuotaError,
  pushToSync,
  readNotice,
  readSyncCopy,
  reconcileSyncOnStartup,
  SYNC_DEBOUNCE_MS,
  SyncMirror,
} from '../../utils/settings/sync';

const syncValue = async () => (await fakeBrowser.storage.sync.get('settings')).settings;
const withDelay = (ms: number): Settings => ({ ...DEFAULT_SETTINGS, hoverDelayMs: ms });

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('debounced mirror to sync:settings', () => {
  it('many quick changes become one sync write, after the quiet period', async () => {
    vi.useFakeTimers();
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const mirror = new SyncMirror();
    for (let ms = 200; ms <= 1400; ms += 100) {
      await writeSettings(withDelay(ms));
      await mirror.localChanged(withDelay(ms));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(set).not.toHaveBeenCalled();
    expect(mirror.pending()).toBe(true);
    await vi.advanceTimersByTimeAsync(SYNC_DEBOUNCE_MS);
    expect(set).toHaveBeenCalledTimes(1);
    expect((await readSyncCopy())?.settings.hoverDelayMs).toBe(1400);
    expect(mirror.pending()).toBe(false);
  });

  it('a change equal to the sync copy (our own adoption) is not mirrored back', async () => {
    vi.useFakeTimers();
    await fakeBrowser.storage.sync.set({ settings: { updatedAt: 5, settings: withDelay(700) } });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const mirror = new SyncMirror();
    await mirror.localChanged(withDelay(700));
    await vi.advanceTimersByTimeAsync(SYNC_DEBOUNCE_MS * 2);
    expect(mirror.pending()).toBe(false);
    expect(set).not.toHaveBeenCalled();
  });

  it('stamps the change time in local storage at once (survives the worker stopping)', async () => {
    const mirror = new SyncMirror({ now: () => 1234 });
    await mirror.localChanged(withDelay(900));
    expect((await fakeBrowser.storage.local.get('settingsChangedAt')).settingsChangedAt).toBe(1234);
  });
});

describe('quota errors', () => {
  it('recognises Chrome and Firefox quota messages', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('IO error'))).toBe(false);
  });

  it('a rejected sync write is caught and recorded once for the popup', async () => {
    await writeSettings(withDelay(800));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await expect(pushToSync()).resolves.toBe('quota');
    const first = await readNotice();
    expect(first).toMatchObject({ kind: 'sync-quota', shown: false });
    // The popup shows it and marks it shown; a second failure does not tell again.
    await fakeBrowser.storage.local.set({ settingsNotice: { ...first, shown: true } });
    await expect(pushToSync()).resolves.toBe('quota');
    expect(await readNotice()).toMatchObject({ shown: true });
  });

  it('settings larger than a sync item are not written, and the user is told', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const sites = Array.from({ length: 400 }, (_, i) => `careers${i}.example-company-site.com`);
    await writeSettings({ ...DEFAULT_SETTINGS, disabledSites: sites });
    await expect(pushToSync()).resolves.toBe('quota');
    expect(set).not.toHaveBeenCalled();
    expect(await readNotice()).toMatchObject({ kind: 'sync-quota' });
    // Local settings are untouched: they still apply in this browser.
    expect((await readSettings()).disabledSites).toHaveLength(400);
  });

  it('a successful write clears an old notice, so a later failure is told again', async () => {
    await fakeBrowser.storage.local.set({ settingsNotice: { kind: 'sync-quota', at: 1, shown: true } });
    await writeSettings(withDelay(500));
    await expect(pushToSync()).resolves.toBe('written');
    expect(await readNotice()).toBeNull();
  });

  it('other write errors are caught too', async () => {
    await writeSettings(withDelay(500));
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('IO error'));
    await expect(pushToSync()).resolves.toBe('error');
    expect(await readNotice()).toBeNull();
  });
});

describe('startup: adopt a newer sync copy', () => {
  it('adopts a copy newer than the last local change', async () => {
    await fakeBrowser.storage.local.set({ settingsChangedAt: 100 });
    await writeSettings(withDelay(300));
    await fakeBrowser.storage.sync.set({ settings: { updatedAt: 200, settings: { ...withDelay(1000), enabled: false } } });
    await expect(reconcileSyncOnStartup()).resolves.toBe('adopted');
    expect(await readSettings()).toEqual({ ...withDelay(1000), enabled: false });
    expect((await fakeBrowser.storage.local.get('settingsChangedAt')).settingsChangedAt).toBe(200);
  });

  it('a fresh install adopts the settings roaming from another browser', async () => {
    await fakeBrowser.storage.sync.set({ settings: { updatedAt: 50, settings: withDelay(1200) } });
    await expect(reconcileSyncOnStartup()).resolves.toBe('adopted');
    expect((await readSettings()).hoverDelayMs).toBe(1200);
  });

  it('pushes local changes newer than the copy (a debounce cut short)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { updatedAt: 100, settings: withDelay(300) } });
    await fakeBrowser.storage.local.set({ settingsChangedAt: 500 });
    await writeSettings(withDelay(900));
    await expect(reconcileSyncOnStartup()).resolves.toBe('written');
    expect(await syncValue()).toEqual({ updatedAt: 500, settings: withDelay(900) });
  });

  it('adopting a copy parses it: bad fields fall back, good ones are kept', async () => {
    await fakeBrowser.storage.sync.set({ settings: { updatedAt: 9, settings: { enabled: false, hoverDelayMs: -4, disabledSites: 'all' } } });
    await expect(reconcileSyncOnStartup()).resolves.toBe('adopted');
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });

  it('a foreign or corrupt sync value is ignored, never thrown', async () => {
    await fakeBrowser.storage.sync.set({ settings: 'garbage' });
    await writeSettings(withDelay(400));
    await expect(reconcileSyncOnStartup()).resolves.toBe('none');
    expect((await readSettings()).hoverDelayMs).toBe(400);
  });

  it('nothing ever changed and nothing in sync: no write at all', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await expect(reconcileSyncOnStartup()).resolves.toBe('none');
    expect(set).not.toHaveBeenCalled();
  });

  it('a corrupt change stamp counts as never changed', async () => {
    await fakeBrowser.storage.local.set({ settingsChangedAt: 'yesterday' });
    await fakeBrowser.storage.sync.set({ settings: { updatedAt: 3, settings: withDelay(1100) } });
    await expect(reconcileSyncOnStartup()).resolves.toBe('adopted');
    expect((await readSettings()).hoverDelayMs).toBe(1100);
  });

  it('a failing sync read does not throw', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync disabled by policy'));
    await expect(reconcileSyncOnStartup()).resolves.toBe('none');
  });
});
