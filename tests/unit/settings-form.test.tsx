import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { COLOR_NAMES, SettingsForm } from '../../components/settings/SettingsForm';
import { COLOR_PRESETS, DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';

const ROLES = [
  { id: 'account-manager', name: 'Account Manager' },
  { id: 'program-manager', name: 'Program Manager' },
];
let root: HTMLElement;
let onChange: Mock<(next: Settings) => void>;

function show(settings: Settings = DEFAULT_SETTINGS, site: string | null = 'www.indeed.com') {
  act(() => render(<SettingsForm settings={settings} onChange={onChange} roles={ROLES} site={site} />, root));
}
/** A control by its label's text, as a user (or screen reader) finds it. */
function control(name: string): HTMLInputElement {
  for (const label of root.querySelectorAll('label')) {
    if (label.textContent!.trim() !== name) continue;
    const input = label.htmlFor ? root.querySelector<HTMLInputElement>(`#${CSS.escape(label.htmlFor)}`) : label.querySelector('input');
    if (input) return input;
  }
  throw new Error(`no control labelled "${name}"`);
}
const last = (): Settings => onChange.mock.calls.at(-1)![0];

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  onChange = vi.fn<(next: Settings) => void>();
});
afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

describe('SettingsForm', () => {
  it('every control has a label; defaults shown (mentions off)', () => {
    show();
    for (const input of root.querySelectorAll('input')) {
      const labelled = input.labels?.length || input.closest('label');
      expect(labelled, input.outerHTML).toBeTruthy();
    }
    expect(control('Role Lens on').checked).toBe(true);
    expect(control('Highlight job titles').checked).toBe(true);
    expect(control('Highlight mentions in job descriptions').checked).toBe(false);
  });

  it.each([
    ['Role Lens on', 'enabled', false],
    ['Highlight job titles', 'highlightTitles', false],
    ['Highlight mentions in job descriptions', 'highlightMentions', true],
  ] as const)('"%s" toggles %s', (name, field, value) => {
    show();
    act(() => control(name).click());
    expect(last()[field]).toBe(value);
  });

  it('per role: on/off and a colour, the other role untouched', () => {
    show();
    act(() => control('Highlight Program Manager').click());
    expect(last().roles['program-manager']).toEqual({ enabled: false, color: 'orange' });
    expect(last().roles['account-manager']).toBeUndefined();
    // Colour radios are named like the colours, beside a swatch.
    const pmColours = root.querySelectorAll<HTMLInputElement>('input[name$="color-program-manager"]');
    expect(pmColours).toHaveLength(COLOR_PRESETS.length);
    const green = [...pmColours].find((i) => i.closest('label')!.textContent === COLOR_NAMES.green)!;
    act(() => green.click());
    expect(last().roles['program-manager']).toEqual({ enabled: true, color: 'green' });
  });

  it('the current site has its own switch, stored by hostname', () => {
    show();
    act(() => control('On www.indeed.com').click());
    expect(last().disabledSites).toEqual(['www.indeed.com']);
    show({ ...DEFAULT_SETTINGS, disabledSites: ['www.indeed.com', 'x.example'] });
    expect(control('On www.indeed.com').checked).toBe(false);
    act(() => control('On www.indeed.com').click());
    expect(last().disabledSites).toEqual(['x.example']);
  });

  it('hover delay: a 100-1500 ms range, stored on release', () => {
    show();
    const range = control('Open after hovering');
    expect([range.min, range.max, range.value]).toEqual(['100', '1500', '300']);
    range.value = '800';
    act(() => {
      range.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange).not.toHaveBeenCalled();
    expect(root.querySelector('output')!.textContent).toBe('800 ms');
    act(() => {
      range.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(last().hoverDelayMs).toBe(800);
  });

  it('switched off: the other controls are disabled, the main switch is not', () => {
    show({ ...DEFAULT_SETTINGS, enabled: false });
    expect(control('Role Lens on').disabled).toBe(false);
    expect(control('Highlight job titles').disabled).toBe(true);
    expect(control('Open after hovering').disabled).toBe(true);
  });

  it('on the options page (no current site): lists the sites switched off, each can be turned back on', () => {
    show({ ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] }, null);
    const button = root.querySelector<HTMLButtonElement>('button[aria-label="Turn Role Lens back on for a.example"]')!;
    act(() => button.click());
    expect(last().disabledSites).toEqual(['b.example']);
  });
});
