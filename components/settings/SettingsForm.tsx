import { useState } from 'preact/hooks';
import {
  COLOR_PRESETS,
  HOVER_DELAY_RANGE,
  roleSettings,
  type ColorPreset,
  type RoleSettings,
  type Settings,
} from '@/utils/settings/schema';

/** The names people know the Okabe–Ito tints by; the radio's accessible name, beside its swatch. */
export const COLOR_NAMES: Record<ColorPreset, string> = {
  orange: 'Orange',
  sky: 'Sky blue',
  green: 'Bluish green',
  yellow: 'Yellow',
  purple: 'Reddish purple',
};

export interface SettingsFormProps {
  settings: Settings;
  /** Called with the whole new value on every change; the caller stores it. */
  onChange: (next: Settings) => void;
  /** Roles in detection order (the order roleSettings' default colours follow). */
  roles: readonly { id: string; name: string }[];
  /** Hostname of the page the popup was opened on, for the per-site switch; null on the options page. */
  site?: string | null;
  /** Prefix for element ids, so two forms never share an id. */
  idPrefix?: string;
}

interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  hint?: string;
  onToggle: (checked: boolean) => void;
}

function Switch({ id, label, checked, disabled, hint, onToggle }: SwitchProps) {
  return (
    <>
      <div class="row">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onToggle(e.currentTarget.checked)}
        />
        <label for={id}>{label}</label>
      </div>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </>
  );
}

/**
 * Every setting Role Lens has, used by both the popup's Settings tab and the options page.
 * Native controls with visible labels (checkbox switches, radios, a range): keyboard and screen
 * reader support come from the browser. Changes are passed up immediately: the content script
 * watches storage and repaints every open tab.
 */
export function SettingsForm({ settings, onChange, roles, site = null, idPrefix = 'rl' }: SettingsFormProps) {
  // The slider shows its value while dragging; the value is stored when released.
  const [dragDelay, setDragDelay] = useState<number | null>(null);
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const setRole = (roleId: string, index: number, patch: Partial<RoleSettings>) =>
    set({ roles: { ...settings.roles, [roleId]: { ...roleSettings(settings, roleId, index), ...patch } } });
  const off = !settings.enabled;
  const siteOn = site !== null && !settings.disabledSites.includes(site);
  const delay = dragDelay ?? settings.hoverDelayMs;
  const id = (name: string) => `${idPrefix}-${name}`;

  return (
    <form class="settings" onSubmit={(e) => e.preventDefault()} aria-label="Role Lens settings">
      <fieldset>
        <legend>Highlighting</legend>
        <Switch id={id('enabled')} label="Role Lens on" checked={settings.enabled} onToggle={(v) => set({ enabled: v })} />
        {site !== null && (
          <Switch
            id={id('site')}
            label={`On ${site}`}
            checked={siteOn}
            disabled={off}
            onToggle={(v) =>
              set({
                disabledSites: v
                  ? settings.disabledSites.filter((s) => s !== site)
                  : [...settings.disabledSites.filter((s) => s !== site), site],
              })
            }
          />
        )}
        <Switch
          id={id('titles')}
          label="Highlight job titles"
          checked={settings.highlightTitles}
          disabled={off}
          onToggle={(v) => set({ highlightTitles: v })}
        />
        <Switch
          id={id('mentions')}
          label="Highlight mentions in job descriptions"
          hint="Underlines the roles where a description names them in passing."
          checked={settings.highlightMentions}
          disabled={off}
          onToggle={(v) => set({ highlightMentions: v })}
        />
      </fieldset>

      {roles.map((role, index) => {
        const current = roleSettings(settings, role.id, index);
        return (
          <fieldset key={role.id}>
            <legend>{role.name}</legend>
            <Switch
              id={id(`role-${role.id}`)}
              label={`Highlight ${role.name}`}
              checked={current.enabled}
              disabled={off}
              onToggle={(v) => setRole(role.id, index, { enabled: v })}
            />
            <fieldset class="swatches" disabled={off || !current.enabled}>
              <legend class="visually-hidden">{`${role.name} highlight colour`}</legend>
              {COLOR_PRESETS.map((color) => (
                <label key={color} class="row">
                  <input
                    type="radio"
                    name={id(`color-${role.id}`)}
                    value={color}
                    checked={current.color === color}
                    onChange={() => setRole(role.id, index, { color })}
                  />
                  <span class={`swatch swatch-${color}`} aria-hidden="true" />
                  {COLOR_NAMES[color]}
                </label>
              ))}
            </fieldset>
          </fieldset>
        );
      })}

      <fieldset>
        <legend>Card</legend>
        <div class="row">
          <label for={id('delay')}>Open after hovering</label>
          <input
            id={id('delay')}
            type="range"
            min={HOVER_DELAY_RANGE.min}
            max={HOVER_DELAY_RANGE.max}
            step={50}
            value={delay}
            disabled={off}
            aria-valuetext={`${delay} milliseconds`}
            onInput={(e) => setDragDelay(Number(e.currentTarget.value))}
            onChange={(e) => {
              setDragDelay(null);
              set({ hoverDelayMs: Number(e.currentTarget.value) });
            }}
          />
          <output for={id('delay')}>{delay} ms</output>
        </div>
      </fieldset>

      {site === null && settings.disabledSites.length > 0 && (
        <fieldset>
          <legend>Switched off on</legend>
          <ul class="site-list">
            {settings.disabledSites.map((host) => (
              <li key={host} class="row">
                <span>{host}</span>
                <button
                  type="button"
                  class="secondary"
                  aria-label={`Turn Role Lens back on for ${host}`}
                  onClick={() => set({ disabledSites: settings.disabledSites.filter((s) => s !== host) })}
                >
                  Turn on
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
    </form>
  );
}
