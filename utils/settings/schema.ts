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
// cost the user their list of disabled sites.
const field = {
  enabled: z.catch(z.boolean(), DEFAULT_SETTINGS.enabled),
  highlightTitles: z.catch(z.boolean(), DEFAULT_SETTINGS.highlightTitles),
  highlightMentions: z.catch(z.boolean(), DEFAULT_SETTINGS.highlightMentions),
  hoverDelayMs: z.catch(
    z.number().check(z.gte(HOVER_DELAY_RANGE.min), z.lte(HOVER_DELAY_RANGE.max)),
    DEFAULT_SETTINGS.hoverDelayMs,
  ),
  disabledSites: z.catch(
    z.array(z.string().check(z.maxLength(253), z.regex(/^[a-z0-9.-]+(:\d+)?$/))).check(z.maxLength(500)),
    [],
  ),
};
const roleSchema = z.object({ enabled: z.boolean(), color: z.enum(COLOR_PRESETS) });

/**
 * Reads a stored settings value of any shape. Never throws: what is missing, corrupt or foreign
 * falls back to its default, field by field; what is valid is kept.
 */
export function parseSettings(raw: unknown): Settings {
  const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const roles: Record<string, RoleSettings> = {};
  const rawRoles = value.roles;
  if (rawRoles !== null && typeof rawRoles === 'object' && !Array.isArray(rawRoles)) {
    for (const [id, role] of Object.entries(rawRoles).slice(0, 50)) {
      const parsed = z.safeParse(roleSchema, role);
      if (parsed.success && /^[a-z][a-z0-9-]*$/.test(id)) roles[id] = parsed.data;
    }
  }
  return {
    enabled: z.parse(field.enabled, value.enabled),
    highlightTitles: z.parse(field.highlightTitles, value.highlightTitles),
    highlightMentions: z.parse(field.highlightMentions, value.highlightMentions),
    roles,
    hoverDelayMs: z.parse(field.hoverDelayMs, value.hoverDelayMs),
    disabledSites: z.parse(field.disabledSites, value.disabledSites),
  };
}
