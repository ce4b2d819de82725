import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineVersionedSettings, prepareSettings } from '../../utils/settings/migrations';
import * as z from 'zod/mini';
import { COLOR_PRESETS, DEFAULT_SETTINGS, HOVER_DELAY_RANGE, parseSettings, SETTINGS_VERSION } from '../../utils/settings/schema';
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

  // The schema uses few zod types (it loads on every job page): it must accept and reject exactly
  // what the plain schemas (z.boolean, z.enum, z.gte/z.lte, z.maxLength, z.regex, z.object,
  // z.array) did.
  it('is as strict as the plain zod schemas, field by field', () => {
    const reference = {
      flag: z.boolean(),
      hoverDelayMs: z.number().check(z.gte(HOVER_DELAY_RANGE.min), z.lte(HOVER_DELAY_RANGE.max)),
      disabledSites: z.array(z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.-]+(:\d+)?$/))).check(z.maxLength(500)),
      role: z.object({ enabled: z.boolean(), color: z.enum(COLOR_PRESETS) }),
    };
    const host = (n: number) => `${'a'.repeat(n - 4)}.com`;
    const values: unknown[] = [
      true, false, 0, 1, 'true', null, undefined, [], {}, new Boolean(true), NaN, Infinity, -Infinity,
      99, 99.999, 100, 100.5, 300, 1500, 1500.0001, 1501, -4, '300',
      ['www.indeed.com'], ['www.indeed.com', 'localhost:8080'], ['WWW.INDEED.COM'], ['a b'], [''], [host(253)], [host(254)],
      [`${host(250)}:1`], ['é.example'], ['x.example:'], ['x.example:80:80'], [7], 'www.indeed.com',
      Array.from({ length: 500 }, (_, i) => `s${i}.example`), Array.from({ length: 501 }, (_, i) => `s${i}.example`),
      { enabled: true, color: 'orange' }, { enabled: false, color: 'purple', extra: 1 }, { enabled: 'yes', color: 'sky' },
      { enabled: true, color: 'magenta' }, { enabled: true }, { color: 'green' }, { enabled: true, color: 'Orange' },
      [true, 'orange'], Object.assign([], { enabled: true, color: 'orange' }), new (class { enabled = true; color = 'sky'; })(),
      Object.create({ enabled: false, color: 'green' }),
      // eslint-disable-next-line no-sparse-arrays
      [, 'a.example'], Object.assign(['a.example'], { extra: 'x' }), { length: 1, 0: 'a.example' }, new Set(['a.example']),
    ];
    for (const value of values) {
      const parsed = parseSettings({
        enabled: value, highlightTitles: value, highlightMentions: value, hoverDelayMs: value, disabledSites: value,
        roles: { 'program-manager': value },
      });
      const expected = (schema: z.ZodMiniType, fallback: unknown) => {
        const r = z.safeParse(schema, value);
        return r.success ? r.data : fallback;
      };
      expect(parsed.enabled, String(value)).toEqual(expected(reference.flag, DEFAULT_SETTINGS.enabled));
      expect(parsed.highlightMentions, String(value)).toEqual(expected(reference.flag, DEFAULT_SETTINGS.highlightMentions));
      expect(parsed.hoverDelayMs, String(value)).toEqual(expected(reference.hoverDelayMs, DEFAULT_SETTINGS.hoverDelayMs));
      expect(parsed.disabledSites, String(value)).toEqual(expected(reference.disabledSites, DEFAULT_SETTINGS.disabledSites));
      const role = z.safeParse(reference.role, value);
      expect(parsed.roles, JSON.stringify(value)).toEqual(role.success ? { 'program-manager': role.data } : {});
    }
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
