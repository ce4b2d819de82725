/**
 * Shared shape of a salary the employer stated for a posting, plus the
 * period arithmetic every source (JSON-LD, card text) has to agree on.
 */

export type Period = 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * "From $90,000" and "Up to $30 an hour" state only one bound. We keep
 * min === max (so midpoints stay meaningful) and remember which bound it
 * was, so display can say "From …"/"Up to …" instead of implying a fixed pay.
 */
export type SalaryBound = 'atLeast' | 'atMost';

export type PostedSalary = {
  /** ISO 4217, e.g. 'USD'. */
  currency: string;
  /** In the stated period and currency. */
  min: number;
  max: number;
  period: Period;
  annualMin: number;
  annualMax: number;
  annualMid: number;
  /** As stated, for display. */
  text: string;
  /** Present only when the source stated a single open-ended bound. */
  bound?: SalaryBound;
};

/**
 * Full-time conventions: 40 h x 52 weeks = 2080 hours, 5 days x 52 weeks =
 * 260 working days. These match how US salary surveys annualise hourly pay.
 */
export const PERIOD_FACTORS: Readonly<Record<Period, number>> = {
  hour: 2080,
  day: 260,
  week: 52,
  month: 12,
  year: 1,
};

export function annualise(amount: number, period: Period): number {
  return amount * PERIOD_FACTORS[period];
}

/**
 * When a posting gives no period, only unambiguous magnitudes are trusted:
 * nobody is paid $150 a year or $15,000 an hour. Amounts in between
 * ($500, $5,000) could be daily, weekly or monthly, so we refuse to guess.
 */
export function inferPeriod(amounts: readonly number[]): Period | null {
  if (amounts.length === 0) return null;
  if (amounts.every((a) => a >= 10_000)) return 'year';
  if (amounts.every((a) => a < 200)) return 'hour';
  return null;
}

const PERIOD_WORDS: ReadonlyArray<[RegExp, Period]> = [
  [/^(?:hours?|hrs?|h|hourly|hr?ly|hur)$/, 'hour'],
  [/^(?:days?|d|daily)$/, 'day'],
  [/^(?:weeks?|wks?|w|weekly|wee)$/, 'week'],
  [/^(?:months?|mos?|mths?|m|monthly|mon)$/, 'month'],
  [/^(?:years?|yrs?|y|yearly|annum|annual|annually|pa|ann)$/, 'year'],
];

/**
 * Maps the many spellings of a period (schema.org unitText "HOUR", UN/CEFACT
 * unitCode "HUR", card text "/hr", "p.a.", "annually") to a Period.
 */
export function periodFromWord(word: string): Period | null {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  for (const [re, period] of PERIOD_WORDS) if (re.test(w)) return period;
  return null;
}

/**
 * Builds a PostedSalary from already-validated parts, or null when the
 * numbers are unusable (non-finite, non-positive, or an inverted range).
 */
export function makePostedSalary(parts: {
  currency: string;
  min: number;
  max: number;
  period: Period;
  text: string;
  bound?: SalaryBound | undefined;
}): PostedSalary | null {
  const { currency, min, max, period, text, bound } = parts;
  if (!Number.isFinite(min) || !Number.isFinite(max)) return null;
  if (min <= 0 || max <= 0 || min > max) return null;
  const annualMin = annualise(min, period);
  const annualMax = annualise(max, period);
  const salary: PostedSalary = {
    currency,
    min,
    max,
    period,
    annualMin,
    annualMax,
    annualMid: (annualMin + annualMax) / 2,
    text,
  };
  if (bound) salary.bound = bound;
  return salary;
}
