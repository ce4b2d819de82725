import * as z from 'zod/mini';

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
// Every job page loads this parser, so it uses few zod types: `literal` stands in for `boolean`
// (`[true, false]`) and `enum`, and the bounds are zod checks written as functions, which add no
// check classes to the script. The schemas are built on first use, not when the module loads.
type Check<T> = (payload: z.core.ParsePayload<T>) => void;
/** A zod check rejecting values for which `test` is false. */
function holds<T>(test: (value: T) => boolean): Check<T> {
  return (payload) => {
    if (!test(payload.value)) payload.issues.push({ code: 'custom', message: 'Invalid input', input: payload.value });
  };
}
const HOST_PATTERN = /^[a-z0-9.-]+(:\d+)?$/;
function buildSchemas() {
  const flag = z.literal([true, false]);
  return {
    flag,
    hoverDelayMs: z.number().check(holds((n) => n >= HOVER_DELAY_RANGE.min && n <= HOVER_DELAY_RANGE.max)),
    // A hostname is at most 253 characters; a port may follow it.
    disabledSites: z
      .array(z.string().check(holds((host) => host.length <= 253 && HOST_PATTERN.test(host))))
      .check(holds((sites) => sites.length <= 500)),
    role: z.object({ enabled: flag, color: z.literal(COLOR_PRESETS) }),
  };
}
let schemas: ReturnType<typeof buildSchemas> | undefined;

function fieldOr<T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed.data : fallback;
}

/**
 * Reads a stored settings value of any shape. Never throws: what is missing, corrupt or foreign
 * falls back to its default, field by field; what is valid is kept.
 */
export function parseSettings(raw: unknown): Settings {
  const field = (schemas ??= buildSchemas());
  const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const roles: Record<string, RoleSettings> = {};
  const rawRoles = value.roles;
  if (rawRoles !== null && typeof rawRoles === 'object' && !Array.isArray(rawRoles)) {
    for (const [id, role] of Object.entries(rawRoles).slice(0, 50)) {
      const parsed = z.safeParse(field.role, role);
      if (parsed.success && /^[a-z][a-z0-9-]*$/.test(id)) roles[id] = parsed.data;
    }
  }
  return {
    enabled: fieldOr(field.flag, value.enabled, DEFAULT_SETTINGS.enabled),
    highlightTitles: fieldOr(field.flag, value.highlightTitles, DEFAULT_SETTINGS.highlightTitles),
    highlightMentions: fieldOr(field.flag, value.highlightMentions, DEFAULT_SETTINGS.highlightMentions),
    roles,
    hoverDelayMs: fieldOr(field.hoverDelayMs, value.hoverDelayMs, DEFAULT_SETTINGS.hoverDelayMs),
    disabledSites: fieldOr(field.disabledSites, value.disabledSites, DEFAULT_SETTINGS.disabledSites),
  };
}
