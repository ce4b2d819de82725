import { beforeEach, describe, expect, it } from 'vitest';
import { findPostedSalary } from '../../utils/salary/find';

/** Builds a small page from DOM calls (no HTML parsing), returns the element with `id`. */
function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function jsonLd(value: unknown): HTMLElement {
  const script = el('script', { type: 'application/ld+json' });
  script.textContent = JSON.stringify(value);
  return script;
}

const posting = (title: string, baseSalary: unknown) => ({ '@context': 'https://schema.org', '@type': 'JobPosting', title, baseSalary });
const usdYear = (min: number, max: number, currency = 'USD') => ({
  '@type': 'MonetaryAmount',
  currency,
  value: { '@type': 'QuantitativeValue', minValue: min, maxValue: max, unitText: 'YEAR' },
});

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('findPostedSalary: JSON-LD', () => {
  it('reads the baseSalary of the only posting', () => {
    const title = el('h1', {}, 'Program Manager');
    document.head.append(jsonLd(posting('Program Manager', usdYear(85_000, 110_000))));
    document.body.append(el('div', {}, title));
    const salary = findPostedSalary(title, document);
    expect(salary).toMatchObject({ currency: 'USD', min: 85_000, max: 110_000, period: 'year', annualMid: 97_500 });
  });

  it('prefers the currency JSON-LD states over a bare "$" printed on the page', () => {
    const title = el('h1', {}, 'Account Manager');
    document.head.append(jsonLd(posting('Account Manager', usdYear(130_000, 160_000, 'AUD'))));
    document.body.append(el('div', {}, title, el('span', {}, '$130,000 - $160,000 a year')));
    expect(findPostedSalary(title, document)?.currency).toBe('AUD');
  });

  it('picks the posting whose title is the anchor text when there are several', () => {
    const title = el('h1', {}, 'Account Manager');
    document.head.append(
      jsonLd([posting('Program Manager', usdYear(90_000, 100_000)), posting('Account Manager', usdYear(60_000, 70_000))]),
    );
    document.body.append(title);
    expect(findPostedSalary(title, document)).toMatchObject({ min: 60_000, max: 70_000 });
  });

  it('does not lend the open job’s JSON-LD to a different listing card', () => {
    document.head.append(jsonLd(posting('Data Engineer', usdYear(150_000, 170_000))));
    const title = el('h3', {}, 'Program Manager');
    document.body.append(el('ul', {}, el('li', {}, title, el('span', {}, '$40 - $50 an hour'))));
    expect(findPostedSalary(title, document)).toMatchObject({ min: 40, max: 50, period: 'hour', annualMid: 93_600 });
  });
});

describe('findPostedSalary: printed in the card', () => {
  it('reads a short salary line in the title’s card', () => {
    const title = el('a', { href: '/job/1' }, 'Senior Program Manager');
    document.body.append(
      el('ul', {}, el('li', {}, el('h2', {}, title), el('div', {}, el('span', {}, 'Acme'), el('span', {}, '$85K–$110K a year')))),
    );
    expect(findPostedSalary(title, document)).toMatchObject({ currency: 'USD', min: 85_000, max: 110_000 });
  });

  it('reads the salary in a job view header', () => {
    const title = el('h1', {}, 'Account Manager');
    document.body.append(
      el('main', {}, el('div', { class: 'header' }, el('div', {}, title), el('div', {}, 'Acme Inc.'), el('div', {}, 'From $70,000 a year'))),
    );
    expect(findPostedSalary(title, document)).toMatchObject({ min: 70_000, bound: 'atLeast' });
  });

  it('ignores a board estimate, also when the label sits beside the amount', () => {
    const inline = el('h3', {}, 'Program Manager');
    document.body.append(el('article', {}, inline, el('span', {}, 'Est. $90K - $120K a year')));
    expect(findPostedSalary(inline, document)).toBeNull();

    const split = el('h3', {}, 'Program Manager');
    document.body.append(
      el('article', {}, split, el('div', {}, el('span', {}, '$90K - $120K'), el('span', {}, '(Glassdoor est.)'))),
    );
    expect(findPostedSalary(split, document)).toBeNull();
  });

  it('ignores amounts inside long description text', () => {
    const title = el('h3', {}, 'Program Manager');
    const description =
      'We manage budgets of $2,000,000 a year across twelve teams and report to senior leadership every quarter on results.';
    document.body.append(el('li', {}, title, el('p', {}, description)));
    expect(findPostedSalary(title, document)).toBeNull();
  });

  it('returns null when no salary is stated', () => {
    const title = el('h3', {}, 'Account Manager');
    document.body.append(el('li', { 'data-jk': 'abc' }, title, el('span', {}, 'Acme · Remote · 5 years experience')));
    expect(findPostedSalary(title, document)).toBeNull();
  });
});
