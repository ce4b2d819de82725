import * as z from 'zod/v4/core';
import { $ZodCheck } from 'zod/v4/core';

/**
 * Highlight colours a user may pick for a role: tints of the Okabe–Ito palette, which stays
 * distinguishable with the common colour-vision deficiencies. Each is a named highlight
 * (`role-lens-<preset>`) styled in the content script's manifest CSS.
 */
export const COLOR_PRESETS = ['orange', 'sky', 'green', 'yellow', 'purple'] as const;
export type ColorPreset = (typeof COLOR_PRESETS)[number];

export const SETTINGS_VERSION = 1;
export const HOVER_DELAY_RANGE = { min: 100, max: 1500 } as const;

export interface RoleSettings {
  enabled: boolean;
  color: ColorPreset;
}

export interface Settings {
  enabled: boolean;
  highlightTitles: boolean;
  highlightMentions: boolean;
  roles: Record<string, RoleSettings>;
  hoverDelayMs: number;
  /** Hostnames where the user switched Role Lens off. */
  disabledSites: string[];
}

const DEFAULT_ROLE_COLORS: Record<string, ColorPreset> = {
  'program-manager': 'orange',
  'account-manager': 'sky',
};

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  highlightTitles: true,
  highlightMentions: false,
  roles: {},
  hoverDelayMs: 300,
  disabledSites: [],
};

/** A role's settings, with defaults for roles the user never touched (and roles added later). */
export function roleSettings(settings: Settings, roleId: string, index = 0): RoleSettings {
  return (
    settings.roles[roleId] ?? {
      enabled: true,
      color: DEFAULT_ROLE_COLORS[roleId] ?? COLOR_PRESETS[index % COLOR_PRESETS.length]!,
    }
  );
}

// One schema per field, each falling back to its default on its own: a corrupt colour must not
// cost the user their list of disabled sites. (A safeParse per field rather than zod's `catch`,
// which would add ~10 KB to the script every job page loads.)
//
// Every job page loads this parser, so it uses zod's core (`zod/v4/core`, the engine `zod/mini`
// wraps: the same schemas and parsing without the wrappers' methods, ~2 KB of the page-load
// script) and few of its types (tests/unit/settings-storage.test.ts holds it to the plain
// schemas: z.boolean, z.enum, z.gte/z.lte, z.maxLength, z.regex, z.object, z.array):
// - a `literal` stands in for `boolean` (`[true, false]`) and `enum`;
// - the bounds are one check class of our own, defined the way zod defines its checks;
// - no object or array schema (~3.3 KB and ~1.4 KB): containers are checked here as those schemas
//   check them first (an object: not null, not an array; a list: an array, at most 500 long), and
//   every value in them is parsed by its own zod schema. Unknown keys are dropped, as an object
//   schema strips them; a list is copied, as an array schema copies it.
// Each schema is built the first time a stored value needs it, not when the module loads.
interface HoldsDef extends z.$ZodCheckDef {
  check: 'custom';
  test: (value: unknown) => boolean;
}
/** A zod check rejecting values for which `def.test` is false. */
const Holds: z.$constructor<z.$ZodCheck<unknown>, HoldsDef> = z.$constructor('RoleLensHolds', (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    if (!def.test(payload.value)) payload.issues.push({ code: 'custom', input: payload.value, inst });
  };
});
function holds<T>(test: (value: T) => boolean): z.$ZodCheck<T> {
  return new Holds({ check: 'custom', test: test as (value: unknown) => boolean });
}
const HOST_PATTERN = /^[a-z0-9.-]+(:\d+)?$/;
const SCHEMAS = {
  flag: () => new z.$ZodLiteral({ type: 'literal', values: [true, false] }) as z.$ZodType<boolean>,
  color: () => new z.$ZodLiteral({ type: 'literal', values: [...COLOR_PRESETS] }) as z.$ZodType<ColorPreset>,
  hoverDelayMs: () =>
    new z.$ZodNumber({ type: 'number', checks: [holds<number>((n) => n >= HOVER_DELAY_RANGE.min && n <= HOVER_DELAY_RANGE.max)] }),
  // A hostname is at most 253 characters; a port may follow it.
  host: () => new z.$ZodString({ type: 'string', checks: [holds<string>((host) => host.length <= 253 && HOST_PATTERN.test(host))] }),
};
type Schemas = { [K in keyof typeof SCHEMAS]: ReturnType<(typeof SCHEMAS)[K]> };
const built: Partial<Schemas> = {};
/** A field's schema, built the first time a stored value needs it (defaults need none). */
const schema = <K extends keyof Schemas>(key: K): Schemas[K] => (built[key] ??= SCHEMAS[key]() as Schemas[K]);

/** What a zod object schema accepts before reading its fields: an object, not null, not an array. */
function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A list of at most `max` items, each parsed by the `key` field's schema; null when it is not one. */
function listOf<K extends keyof Schemas>(key: K, value: unknown, max: number): z.infer<Schemas[K]>[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const list: z.infer<Schemas[K]>[] = [];
  for (const entry of value) {
    const parsed = z.safeParse(schema(key), entry);
    if (!parsed.success) return null;
    list.push(parsed.data as z.infer<Schemas[K]>);
  }
  return list;
}

/** `value` parsed by a field's schema; `fallback` when it is missing (no schema built) or invalid. */
function fieldOr<K extends keyof Schemas, F>(key: K, value: unknown, fallback: F): z.infer<Schemas[K]> | F {
  if (value === undefined) return fallback;
  const parsed = z.safeParse(schema(key), value);
  return parsed.success ? (parsed.data as z.infer<Schemas[K]>) : fallback;
}

/**
 * Reads a stored settings value of any shape. Never throws: what is missing, corrupt or foreign
 * falls back to its default, field by field; what is valid is kept.
 */
export function parseSettings(raw: unknown): Settings {
  const value = isObject(raw) ? raw : {};
  const roles: Record<string, RoleSettings> = {};
  const rawRoles = value.roles;
  if (isObject(rawRoles)) {
    for (const [id, role] of Object.entries(rawRoles).slice(0, 50)) {
      if (!isObject(role) || !/^[a-z][a-z0-9-]*$/.test(id)) continue;
      const enabled = fieldOr('flag', role.enabled, null);
      const color = fieldOr('color', role.color, null);
      if (enabled !== null && color !== null) roles[id] = { enabled, color };
    }
  }
  return {
    enabled: fieldOr('flag', value.enabled, DEFAULT_SETTINGS.enabled),
    highlightTitles: fieldOr('flag', value.highlightTitles, DEFAULT_SETTINGS.highlightTitles),
    highlightMentions: fieldOr('flag', value.highlightMentions, DEFAULT_SETTINGS.highlightMentions),
    roles,
    hoverDelayMs: fieldOr('hoverDelayMs', value.hoverDelayMs, DEFAULT_SETTINGS.hoverDelayMs),
    disabledSites:
      value.disabledSites === undefined ? DEFAULT_SETTINGS.disabledSites : (listOf('host', value.disabledSites, 500) ?? DEFAULT_SETTINGS.disabledSites),
  };
}
