import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineVersionedSettings, prepareSettings } from '../../utils/settings/migrations';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_VERSION } from '../../utils/settings/schema';
import { readSettings, writeSettings } from '../../utils/settings/storage';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('parseSettings: every read is parsed, bad fields fall back alone', () => {
  it.each([
    ['missing', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('%s value gives the defaults', (_name, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and defaults only the corrupt ones', () => {
    const parsed = parseSettings({
      enabled: false,
      highlightTitles: 'yes',
      highlightMentions: true,
      hoverDelayMs: 99999,
      disabledSites: ['www.indeed.com', 'not a host!'],
      roles: { 'program-manager': { enabled: false, color: 'green' }, 'account-manager': { enabled: true, color: 'magenta' } },
    });
    expect(parsed.enabled).toBe(false);
    expect(parsed.highlightTitles).toBe(DEFAULT_SETTINGS.highlightTitles);
    expect(parsed.highlightMentions).toBe(true);
    expect(parsed.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    // One bad entry voids the list (it is one field), nothing else.
    expect(parsed.disabledSites).toEqual([]);
    expect(parsed.roles).toEqual({ 'program-manager': { enabled: false, color: 'green' } });
  });

  it('ignores fields from a future version and keeps the known ones', () => {
    const parsed = parseSettings({ enabled: false, hoverDelayMs: 800, theme: 'neon', roles: { 'program-manager': { enabled: true, color: 'sky', opacity: 1 } } });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 800, roles: { 'program-manager': { enabled: true, color: 'sky' } } });
    expect(parsed).not.toHaveProperty('theme');
  });

  it('highlighting mentions is off by default', () => {
    expect(DEFAULT_SETTINGS.highlightMentions).toBe(false);
  });
});

describe('readSettings / writeSettings over browser storage', () => {
  it('reads defaults from empty storage and what was written after a write', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await writeSettings({ ...DEFAULT_SETTINGS, highlightTitles: false });
    expect((await readSettings()).highlightTitles).toBe(false);
  });

  it('reads a corrupt stored value without throwing', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: 'maybe', hoverDelayMs: 500, roles: 7 } });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, hoverDelayMs: 500 });
  });

  it('still answers when the storage read itself fails', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('versioned item and migrations (background only)', () => {
  it('stamps the current version on a value written without one', async () => {
    await writeSettings({ ...DEFAULT_SETTINGS, enabled: false });
    const settings = await prepareSettings(defineVersionedSettings());
    expect(settings.enabled).toBe(false);
    expect(await stored('settings$')).toEqual({ v: SETTINGS_VERSION });
  });

  it('stamps nothing when there is nothing stored', async () => {
    expect(await prepareSettings(defineVersionedSettings())).toEqual(DEFAULT_SETTINGS);
    expect(await stored('settings$')).toBeUndefined();
  });

  it('a value from a future version neither throws nor is re-stamped, and valid fields survive', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ settings: { enabled: false, hoverDelayMs: 'fast', newThing: 1 }, settings$: { v: SETTINGS_VERSION + 3 } });
    const settings = await prepareSettings(defineVersionedSettings());
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(await stored('settings$')).toEqual({ v: SETTINGS_VERSION + 3 });
    expect(await readSettings()).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(error).toHaveBeenCalled(); // the storage library's "downgrade" log, not a throw
  });

  it('runs the migration chain from the stored version, and the result is parsed', async () => {
    // A future v2 that renamed `on` to `enabled`, and v3 that moved the delay into seconds.
    await fakeBrowser.storage.local.set({ settings: { on: false, hoverDelay: 0.6 }, settings$: { v: 1 } });
    const migrations = {
      2: (old: unknown) => {
        const { on, ...rest } = old as { on: boolean };
        return { ...rest, enabled: on };
      },
      3: (old: unknown) => {
        const { hoverDelay, ...rest } = old as { hoverDelay: number };
        return { ...rest, hoverDelayMs: hoverDelay * 1000 };
      },
    };
    const settings = await prepareSettings(defineVersionedSettings(3, migrations), 3);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, hoverDelayMs: 600 });
    expect(await stored('settings$')).toEqual({ v: 3 });
  });

  it('a migration that throws leaves the old value readable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ settings: { enabled: false }, settings$: { v: 1 } });
    const settings = await prepareSettings(defineVersionedSettings(2, { 2: () => { throw new Error('bug'); } }), 2);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
  });
});
