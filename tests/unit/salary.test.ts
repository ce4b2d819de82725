import { describe, expect, it } from 'vitest';
import {
  annualise,
  compareToAverage,
  formatPostedSalary,
  salaryFromJsonLd,
  salaryFromText,
  type Period,
  type PostedSalary,
} from '../../utils/salary/parse';

type Expected = Pick<PostedSalary, 'currency' | 'min' | 'max' | 'period'> & { bound?: PostedSalary['bound'] };

// Shape checks only; annual figures are covered by their own table below.
function pick(s: PostedSalary | null): Expected | null {
  if (!s) return null;
  const out: Expected = { currency: s.currency, min: s.min, max: s.max, period: s.period };
  if (s.bound) out.bound = s.bound;
  return out;
}

const usd = (min: number, max: number, period: Period): Expected => ({ currency: 'USD', min, max, period });

describe('annualise', () => {
  it.each<[Period, number]>([
    ['hour', 2080],
    ['day', 260],
    ['week', 52],
    ['month', 12],
    ['year', 1],
  ])('%s multiplies by %i', (period, factor) => {
    expect(annualise(10, period)).toBe(10 * factor);
  });
});

describe('salaryFromText: accepted', () => {
  it.each<[string, Expected]>([
    ['$85,000 - $110,000 a year', usd(85_000, 110_000, 'year')],
    ['$45 - $55 an hour', usd(45, 55, 'hour')],
    ['$120K–$150K/yr', usd(120_000, 150_000, 'year')],
    ['From $90,000 a year', { ...usd(90_000, 90_000, 'year'), bound: 'atLeast' }],
    ['Up to $30 per hour', { ...usd(30, 30, 'hour'), bound: 'atMost' }],
    ['£45,000 - £55,000 a year', { currency: 'GBP', min: 45_000, max: 55_000, period: 'year' }],
    ['€60.000 – €70.000 per year', { currency: 'EUR', min: 60_000, max: 70_000, period: 'year' }],
    ['A$120,000 – A$140,000', { currency: 'AUD', min: 120_000, max: 140_000, period: 'year' }],
    ['CA$90K', { currency: 'CAD', min: 90_000, max: 90_000, period: 'year' }],
    ['C$75,000 a year', { currency: 'CAD', min: 75_000, max: 75_000, period: 'year' }],
    ['NZ$80,000', { currency: 'NZD', min: 80_000, max: 80_000, period: 'year' }],
    ['HK$40,000 a month', { currency: 'HKD', min: 40_000, max: 40_000, period: 'month' }],
    ['S$6,000 per month', { currency: 'SGD', min: 6_000, max: 6_000, period: 'month' }],
    ['₹12,00,000 a year', { currency: 'INR', min: 1_200_000, max: 1_200_000, period: 'year' }],
    ['¥6,000,000', { currency: 'JPY', min: 6_000_000, max: 6_000_000, period: 'year' }],
    ['$7,500 a month', usd(7_500, 7_500, 'month')],
    ['$1,200 a week', usd(1_200, 1_200, 'week')],
    ['$400 per day', usd(400, 400, 'day')],
    ['USD 100,000', usd(100_000, 100_000, 'year')],
    ['100,000 USD per annum', usd(100_000, 100_000, 'year')],
    ['60.000 € - 70.000 € brutto', { currency: 'EUR', min: 60_000, max: 70_000, period: 'year' }],
    // Multiplier written once for both ends.
    ['$120-150K', usd(120_000, 150_000, 'year')],
    // Second end without its own currency symbol.
    ['$45 - 55 an hour', usd(45, 55, 'hour')],
    ['Pay: $22.50 hourly · Full-time', usd(22.5, 22.5, 'hour')],
    ['Annual salary: $85K', usd(85_000, 85_000, 'year')],
    ['between $50,000 and $60,000', usd(50_000, 60_000, 'year')],
    // LinkedIn writes the period on both ends.
    ['$120,000.00/yr - $150,000.00/yr', usd(120_000, 150_000, 'year')],
    ['$25/hour - $30/hour', usd(25, 30, 'hour')],
    ['$50-60k', usd(50_000, 60_000, 'year')],
    ['$15.50 - $18.00 an hour', usd(15.5, 18, 'hour')],
    ["CHF 120'000", { currency: 'CHF', min: 120_000, max: 120_000, period: 'year' }],
    ['60\u00a0000\u00a0€ par an', { currency: 'EUR', min: 60_000, max: 60_000, period: 'year' }],
    // No period: small amounts are hourly.
    ['$25', usd(25, 25, 'hour')],
    // Salary first, then benefits text that contains non-money numbers.
    ['$45,000 - $55,000 a year · 401(k) · 5 years experience', usd(45_000, 55_000, 'year')],
    // Non-money numbers before the salary are skipped.
    ['2,000 employees · $95,000 a year', usd(95_000, 95_000, 'year')],
  ])('%s', (text, expected) => {
    expect(pick(salaryFromText(text))).toEqual(expected);
  });

  it('keeps the stated text for display', () => {
    expect(salaryFromText('Pay: $45 - $55 an hour · Full-time')?.text).toBe('$45 - $55 an hour');
    expect(salaryFromText('From $90,000 a year')?.text).toBe('From $90,000 a year');
  });
});

describe('salaryFromText: rejected', () => {
  it.each<[string, string]>([
    ['Estimated: $90K - $120K a year', 'board estimate'],
    ['$80K - $100K a year (Glassdoor est.)', 'Glassdoor estimate'],
    ['Employer est. $70K - $90K', 'employer est. label'],
    ['Salary estimate: $60,000', 'estimate wording'],
    ['401(k)', 'not money'],
    ['5 years', 'not money'],
    ['2,000 employees', 'not money'],
    ['$', 'bare symbol'],
    ['$ per hour', 'symbol with no number'],
    ['$500', 'ambiguous magnitude without a period'],
    ['$4,000 - $5,000', 'ambiguous range without a period'],
    ['$25/hour - $30/day', 'contradictory periods'],
    ['85,000 - 110,000 a year', 'no currency'],
    ['', 'empty'],
  ])('%s (%s)', (text) => {
    expect(salaryFromText(text)).toBeNull();
  });
});

describe('salaryFromJsonLd', () => {
  const amount = (value: unknown, currency: unknown = 'USD') => ({ '@type': 'MonetaryAmount', currency, value });
  const qv = (fields: Record<string, unknown>) => ({ '@type': 'QuantitativeValue', ...fields });

  it.each<[string, unknown, Expected]>([
    ['range per year', amount(qv({ minValue: 85000, maxValue: 110000, unitText: 'YEAR' })), usd(85_000, 110_000, 'year')],
    ['single value per hour', amount(qv({ value: 40, unitText: 'HOUR' })), usd(40, 40, 'hour')],
    ['DAY', amount(qv({ value: 400, unitText: 'DAY' })), usd(400, 400, 'day')],
    ['WEEK', amount(qv({ value: 1500, unitText: 'WEEK' })), usd(1_500, 1_500, 'week')],
    ['MONTH', amount(qv({ value: 7000, unitText: 'MONTH' })), usd(7_000, 7_000, 'month')],
    ['lower-case unitText', amount(qv({ value: 50, unitText: 'hour' })), usd(50, 50, 'hour')],
    ['UN/CEFACT unitCode', amount(qv({ value: 90000, unitCode: 'ANN' })), usd(90_000, 90_000, 'year')],
    ['plain number value, period inferred', amount(95000), usd(95_000, 95_000, 'year')],
    ['numeric strings', amount(qv({ minValue: '85000', maxValue: '110,000.00', unitText: 'YEAR' })), usd(85_000, 110_000, 'year')],
    ['string value', amount('85000'), usd(85_000, 85_000, 'year')],
    ['only minValue', amount(qv({ minValue: 90000, unitText: 'YEAR' })), { ...usd(90_000, 90_000, 'year'), bound: 'atLeast' }],
    ['only maxValue', amount(qv({ maxValue: 30, unitText: 'HOUR' })), { ...usd(30, 30, 'hour'), bound: 'atMost' }],
    ['unitText on the MonetaryAmount', { currency: 'USD', unitText: 'MONTH', value: 8000 }, usd(8_000, 8_000, 'month')],
    ['lower-case currency', amount(qv({ value: 50000, unitText: 'YEAR' }), 'eur'), { currency: 'EUR', min: 50_000, max: 50_000, period: 'year' }],
    ['array of amounts, first usable wins', [null, amount(qv({ value: 60000, unitText: 'YEAR' }), 'GBP')], { currency: 'GBP', min: 60_000, max: 60_000, period: 'year' }],
  ])('%s', (_name, input, expected) => {
    expect(pick(salaryFromJsonLd(input))).toEqual(expected);
  });

  const throwing = {
    get currency(): string {
      throw new Error('boom');
    },
  };

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', '$85,000'],
    ['a number', 85000],
    ['empty object', {}],
    ['missing currency', { value: 85000 }],
    ['non-string currency', amount(85000, 840)],
    ['invalid currency code', amount(85000, 'US Dollars')],
    ['missing value', { currency: 'USD' }],
    ['empty QuantitativeValue', amount(qv({ unitText: 'YEAR' }))],
    ['negative value', amount(qv({ value: -5, unitText: 'HOUR' }))],
    ['zero value', amount(0)],
    ['NaN value', amount(Number.NaN)],
    ['Infinity value', amount(Number.POSITIVE_INFINITY)],
    ['non-numeric string', amount('competitive')],
    ['inverted range', amount(qv({ minValue: 110000, maxValue: 85000, unitText: 'YEAR' }))],
    ['unreadable maxValue', amount(qv({ minValue: 85000, maxValue: 'lots', unitText: 'YEAR' }))],
    ['unknown unitText', amount(qv({ value: 50, unitText: 'PIECE' }))],
    ['non-string unitText', amount(qv({ value: 50, unitText: 7 }))],
    ['ambiguous magnitude without unit', amount(500)],
    ['value is an array of junk', amount([{}])],
    ['throwing getter', throwing],
  ])('%s returns null', (_name, input) => {
    expect(() => salaryFromJsonLd(input)).not.toThrow();
    expect(salaryFromJsonLd(input)).toBeNull();
  });

  it('builds display text from the structured data', () => {
    const s = salaryFromJsonLd(amount(qv({ minValue: 85000, maxValue: 110000, unitText: 'YEAR' })));
    expect(s?.text).toBe('$85,000–$110,000 a year');
  });
});

describe('annual figures', () => {
  it.each<[string, number, number, number]>([
    ['$45 - $55 an hour', 93_600, 114_400, 104_000],
    ['$400 per day', 104_000, 104_000, 104_000],
    ['$1,200 a week', 62_400, 62_400, 62_400],
    ['$7,500 a month', 90_000, 90_000, 90_000],
    ['$85,000 - $110,000 a year', 85_000, 110_000, 97_500],
  ])('%s', (text, annualMin, annualMax, annualMid) => {
    expect(salaryFromText(text)).toMatchObject({ annualMin, annualMax, annualMid });
  });
});

describe('compareToAverage', () => {
  const AVG = 95_919;
  it.each<[string, number, number | null]>([
    ['$85,000 - $110,000 a year', AVG, 2], // 97,500 vs 95,919 = +1.65 %
    ['$45 - $55 an hour', AVG, 8], // 104,000 = +8.43 %
    ['$60,000 a year', AVG, -37], // -37.45 %
    ['$95,919 a year', AVG, 0],
    ['$112,500 a year', 100_000, 13], // exactly +12.5 rounds away from zero
    ['$87,500 a year', 100_000, -13], // exactly -12.5 rounds away from zero
    ['$108,000 a year', 100_000, 8],
    ['£45,000 - £55,000 a year', AVG, null], // non-USD: no percentage
    ['€60.000 – €70.000 per year', AVG, null],
    ['CA$90K', AVG, null],
    ['$85,000 a year', 0, null], // unusable average
  ])('%s vs %i', (text, average, percent) => {
    const posted = salaryFromText(text);
    expect(posted).not.toBeNull();
    expect(compareToAverage(posted as PostedSalary, average)).toEqual(percent === null ? null : { percent });
  });
});

describe('formatPostedSalary', () => {
  it.each<[string, string, string | null, string | null]>([
    ['$85,000 - $110,000 a year', '$85,000–$110,000 a year', '$97,500 a year', null],
    ['$45 - $55 an hour', '$45–$55 an hour', '$50 an hour', '≈ $104,000 a year'],
    ['$45 an hour', '$45 an hour', null, '≈ $93,600 a year'],
    ['$22.50 an hour', '$22.50 an hour', null, '≈ $46,800 a year'],
    ['From $90,000 a year', 'From $90,000 a year', null, null],
    ['Up to $30 per hour', 'Up to $30 an hour', null, '≈ $62,400 a year'],
    ['£45,000 - £55,000 a year', '£45,000–£55,000 a year', '£50,000 a year', null],
    ['A$120,000 – A$140,000', 'A$120,000–A$140,000 a year', 'A$130,000 a year', null],
  ])('%s', (text, stated, midpoint, annualised) => {
    const posted = salaryFromText(text);
    expect(posted).not.toBeNull();
    expect(formatPostedSalary(posted as PostedSalary)).toEqual({ stated, midpoint, annualised });
  });

  it('uses the requested locale for digits', () => {
    const posted = salaryFromText('€60.000 – €70.000 per year') as PostedSalary;
    expect(formatPostedSalary(posted, 'de-DE').stated).toMatch(/^60\.000\s€–70\.000\s€ a year$/);
  });

  it('falls back instead of throwing on a bad currency code', () => {
    const posted = salaryFromJsonLd({ currency: 'ZZZ', value: 50000 }) as PostedSalary;
    expect(() => formatPostedSalary({ ...posted, currency: '??' })).not.toThrow();
  });
});
