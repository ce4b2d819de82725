import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledRoleFacts } from '../../utils/card/bundled-facts';
import { createCardApi } from '../../utils/card/mount';
import { describePostedSalary, listPhrase, salaryGap } from '../../utils/card/wording';
import { salaryFromText } from '../../utils/salary/parse';
import type { CardApi, CardRequest } from '../../utils/card/contract';
import { loadRoleFacts, type LoadedRoleFacts, type RoleFacts } from '../../utils/roles/facts';

/** Preact batches state updates; let them render. */
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function buildPage(): HTMLElement {
  const list = document.createElement('ul');
  const item = document.createElement('li');
  const title = document.createElement('h3');
  title.textContent = 'Senior Program Manager';
  const pay = document.createElement('span');
  pay.textContent = '$85,000 - $110,000 a year';
  item.append(title, pay);
  list.append(item);
  document.body.append(list);
  return title;
}

function requestFor(anchor: Element, overrides: Partial<CardRequest> = {}): CardRequest {
  return {
    anchor,
    roleIds: ['program-manager'],
    titleText: anchor.textContent ?? '',
    viaKeyboard: false,
    onRequestClose: () => {},
    ...overrides,
  };
}

function buttonNamed(root: ShadowRoot, name: string): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!button) throw new Error(`no button named ${name}`);
  return button;
}

let api: CardApi;
let anchor: HTMLElement;

beforeEach(() => {
  document.body.replaceChildren();
  api = createCardApi();
  anchor = buildPage();
});

afterEach(() => {
  api.close();
});

function openCard(overrides: Partial<CardRequest> = {}): { host: HTMLElement; root: ShadowRoot } {
  api.open(requestFor(anchor, overrides));
  const host = api.host();
  if (!host?.shadowRoot) throw new Error('card did not open');
  return { host, root: host.shadowRoot };
}

describe('bundled facts', () => {
  it('are exactly what the validated loader reads, for every field the card shows', () => {
    const validated = loadRoleFacts();
    const bundled = bundledRoleFacts();
    expect(bundled.roles.map((role) => role.id)).toEqual(validated.roles.map((role) => role.id));
    bundled.roles.forEach((role, i) => {
      const full = validated.roles[i]!;
      for (const [field, value] of Object.entries(role)) expect(value, `${role.id}.${field}`).toEqual(full[field as keyof RoleFacts]);
    });
    expect(bundled.shared).toEqual({
      skills: validated.shared.skills,
      education: validated.shared.education,
      salaryFactors: validated.shared.salaryFactors,
    });
    expect(bundled.source).toEqual({ title: validated.source.title, kind: validated.source.kind });
  });
});

describe('card host', () => {
  it('attaches one popover host with an open shadow root under body', () => {
    const { host, root } = openCard();
    expect(host.tagName.toLowerCase()).toBe('role-lens-popover');
    expect(host.parentElement).toBe(document.body);
    expect(host.getAttribute('popover')).toBe('manual');
    expect(host.shadowRoot).toBe(root); // open mode: readable from outside
    expect(document.querySelectorAll('role-lens-popover')).toHaveLength(1);
  });

  it('styles the shadow root, starting with the host reset, and not the page head', () => {
    const { root } = openCard();
    const css = root.adoptedStyleSheets.length
      ? [...root.adoptedStyleSheets[0]!.cssRules].map((rule) => rule.cssText).join('\n')
      : (root.querySelector('style')?.textContent ?? '');
    expect(css.trim().startsWith(':host')).toBe(true);
    expect(css).toMatch(/all:\s*initial\s*!important/);
    expect(document.head.querySelector('style')).toBeNull();
  });

  it('removes the host on close', () => {
    const { host } = openCard();
    api.close();
    expect(host.isConnected).toBe(false);
    expect(api.host()).toBeNull();
  });

  it('goes inside the open modal dialog holding the title, as its last child', () => {
    const dialog = document.createElement('dialog');
    const inner = document.createElement('h2');
    inner.textContent = 'Account Manager';
    dialog.append(inner, document.createElement('p'));
    document.body.append(dialog);
    dialog.showModal();
    // happy-dom does not match :modal; a browser does for a dialog opened with showModal().
    const matches = dialog.matches.bind(dialog);
    dialog.matches = (selector: string) => selector === ':modal' || matches(selector);
    api.open(requestFor(inner, { roleIds: ['account-manager'] }));
    const host = api.host();
    expect(host?.parentElement).toBe(dialog);
    expect(dialog.lastElementChild).toBe(host);
  });

  it('stays in the body for a dialog that is open but not modal', () => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    const inner = document.createElement('h2');
    inner.textContent = 'Account Manager';
    dialog.append(inner);
    document.body.append(dialog);
    api.open(requestFor(inner, { roleIds: ['account-manager'] }));
    expect(api.host()?.parentElement).toBe(document.body);
  });

  it('keeps keystrokes typed in the card from reaching the page, and asks to close on Escape', () => {
    const onRequestClose = vi.fn();
    const { root } = openCard({ onRequestClose });
    const pageHeard = vi.fn();
    document.addEventListener('keydown', pageHeard);
    const target = buttonNamed(root, 'Compare');
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    document.removeEventListener('keydown', pageHeard);
    expect(pageHeard).not.toHaveBeenCalled();
    expect(onRequestClose).toHaveBeenCalledWith('escape');
  });

  it('asks to close from its close button', () => {
    const onRequestClose = vi.fn();
    const { root } = openCard({ onRequestClose });
    buttonNamed(root, 'Close').click();
    expect(onRequestClose).toHaveBeenCalledWith('button');
  });

  it('focusFirst moves focus into the card', () => {
    const { root } = openCard();
    api.focusFirst();
    expect(root.activeElement).toBe(root.querySelector('button'));
  });

  it('keydown on the page: Escape outside the card asks to close, Tab moves into a card opened from the keyboard', () => {
    const { root } = openCard({ viaKeyboard: true });
    const key = (init: KeyboardEventInit, target: EventTarget = document.body) => {
      const event = new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true });
      let answer: boolean | undefined;
      const listener = (e: Event) => (answer = api.keydown(e as KeyboardEvent, true));
      document.addEventListener('keydown', listener, { capture: true });
      target.dispatchEvent(event);
      document.removeEventListener('keydown', listener, { capture: true });
      return { answer, prevented: event.defaultPrevented };
    };
    expect(key({ key: 'Escape' })).toEqual({ answer: true, prevented: false });
    expect(key({ key: 'a' })).toEqual({ answer: false, prevented: false });
    expect(key({ key: 'Tab', shiftKey: true })).toEqual({ answer: false, prevented: false });
    expect(root.activeElement).toBeNull();
    expect(key({ key: 'Tab' })).toEqual({ answer: false, prevented: true });
    expect(root.activeElement).toBe(root.querySelector('button'));
    // Inside the card, keys are the card's own.
    expect(key({ key: 'Escape' }, buttonNamed(root, 'Compare'))).toEqual({ answer: false, prevented: false });
    // Tab is left alone for a card opened by hover.
    const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
    expect(api.keydown(tab, false)).toBe(false);
    expect(tab.defaultPrevented).toBe(false);
  });

  it('gives focus back on close: to the element that opened it, else to the title\'s link', () => {
    const link = document.createElement('a');
    link.href = '/job/1';
    anchor.replaceWith(link);
    link.append(anchor);
    const origin = document.createElement('button');
    document.body.append(origin);

    openCard({ viaKeyboard: true });
    api.close({ origin, anchor });
    expect(document.activeElement).toBe(origin);
    expect(api.host()).toBeNull();

    openCard({ viaKeyboard: true });
    origin.remove();
    api.close({ origin, anchor });
    expect(document.activeElement).toBe(link);

    origin.focus();
    openCard();
    api.close();
    expect(document.activeElement).toBe(link);
  });
});

describe('card content', () => {
  it('shows the role, the title as written and the exact US average', () => {
    const { root } = openCard();
    const card = root.querySelector('[role="dialog"]');
    expect(card?.getAttribute('data-role-id')).toBe('program-manager');
    const name = root.getElementById('rl-role-name');
    expect(card?.getAttribute('aria-labelledby')).toBe('rl-role-name');
    expect(name?.textContent).toBe('Program Manager');
    const text = card?.textContent ?? '';
    expect(text).toContain('On this page: “Senior Program Manager”');
    expect(text).toContain('$95,919 a year');
    expect(text).toContain('Program Manager vs. Account Manager: What Are the Differences?');
    // Only the compare view shows the other role's salary.
    expect(text).not.toContain('$75,495');
  });

  it('shows the posted salary against the average', () => {
    const { root } = openCard();
    expect(root.textContent).toContain(
      'Posted: $85,000–$110,000 a year (midpoint $97,500), 2% above the US average',
    );
  });

  it('renders a title that looks like markup as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { root } = openCard({ titleText: hostile });
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(`On this page: “${hostile}”`);
  });

  it('compares both roles side by side and goes back', async () => {
    const { root } = openCard();
    buttonNamed(root, 'Compare').click();
    await flush();
    const table = root.querySelector('table');
    expect(table).not.toBeNull();
    const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Program Manager', 'Account Manager']);
    const text = table?.textContent ?? '';
    expect(text).toContain('$95,919 a year');
    expect(text).toContain('$75,495 a year');
    expect(text).toContain('$20,424 less a year (21% less)');
    expect(root.activeElement).toBe(buttonNamed(root, 'Back'));

    buttonNamed(root, 'Back').click();
    await flush();
    expect(root.querySelector('table')).toBeNull();
    expect(root.activeElement).toBe(buttonNamed(root, 'Compare'));
  });

  it('opens on the first of two named roles and switches to the other', async () => {
    const { root } = openCard({ roleIds: ['account-manager', 'program-manager'] });
    const card = () => root.querySelector('[role="dialog"]');
    expect(card()?.getAttribute('data-role-id')).toBe('account-manager');
    expect(root.textContent).toContain('$75,495 a year');
    buttonNamed(root, 'Program Manager').click();
    await flush();
    expect(card()?.getAttribute('data-role-id')).toBe('program-manager');
    expect(buttonNamed(root, 'Program Manager').getAttribute('aria-pressed')).toBe('true');
  });

  it('takes roles from the data: a third role gets a column without code changes', async () => {
    const real = loadRoleFacts();
    const base = real.roles[0]!;
    const third: RoleFacts = {
      ...base,
      id: 'product-manager',
      name: 'Product Manager',
      salary: { ...base.salary, amountUsd: 100_000 },
    };
    const facts: LoadedRoleFacts = { ...real, roles: [...real.roles, third] };
    api = createCardApi({ loadFacts: () => facts });
    const { root } = openCard({ roleIds: ['product-manager'] });
    expect(root.querySelector('[data-role-id]')?.getAttribute('data-role-id')).toBe('product-manager');
    buttonNamed(root, 'Compare').click();
    await flush();
    const headers = [...root.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toEqual(['Product Manager', 'Account Manager', 'Program Manager']);
  });

  it('opens no card, rather than a half-empty one, when a data file is malformed', () => {
    const real = loadRoleFacts();
    const broken = { ...real.roles[0]!, typicalDuties: undefined } as unknown as RoleFacts;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    api = createCardApi({ loadFacts: () => ({ ...real, roles: [broken] }) });
    api.open(requestFor(anchor, { roleIds: [broken.id] }));
    expect(api.host()).toBeNull();
    expect(document.querySelector('role-lens-popover')).toBeNull();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('ignores role ids it has no facts for', () => {
    api.open(requestFor(anchor, { roleIds: ['astronaut'] }));
    expect(api.host()).toBeNull();
  });
});

describe('card wording', () => {
  const posted = (text: string) => {
    const salary = salaryFromText(text);
    if (!salary) throw new Error(`unparsed: ${text}`);
    return salary;
  };

  it('annualises an hourly posting before comparing it', () => {
    expect(describePostedSalary(posted('$45 - $55 an hour'), 95_919)).toEqual({
      statement: 'Posted: $45–$55 an hour (midpoint $50, ≈ $104,000 a year)',
      comparison: '8% above the US average',
    });
  });

  it('says below, and gives no midpoint for a single amount', () => {
    expect(describePostedSalary(posted('$70,000 a year'), 75_495)).toEqual({
      statement: 'Posted: $70,000 a year',
      comparison: '7% below the US average',
    });
  });

  it('gives no percentage for other currencies', () => {
    expect(describePostedSalary(posted('£45,000 - £55,000 a year'), 75_495)).toEqual({
      statement: 'Posted: £45,000–£55,000 a year (midpoint £50,000)',
      comparison: null,
    });
  });

  it('joins data lists into a phrase, keeping acronyms', () => {
    expect(listPhrase(['Business administration', 'Project management', 'A related field'], 'or')).toBe(
      'Business administration, project management or a related field',
    );
    expect(listPhrase(['Marketing', 'IT'], 'and')).toBe('Marketing and IT');
  });

  it('measures salary differences against the baseline', () => {
    expect(salaryGap(95_919, 75_495)).toEqual({ dollars: 20_424, percent: -21, direction: 'less' });
  });
});
