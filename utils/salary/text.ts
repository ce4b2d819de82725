/**
 * Reads the salary a job card or job view prints, e.g.
 * "$85,000 - $110,000 a year", "$120K–$150K/yr", "From $90,000 a year".
 */
import {
  CURRENCY_PREFIX_SOURCE,
  CURRENCY_SUFFIX_SOURCE,
  NUMBER_SOURCE,
  currencyFromMarker,
  parseLocaleNumber,
} from './currency';
import {
  inferPeriod,
  makePostedSalary,
  periodFromWord,
  type Period,
  type PostedSalary,
  type SalaryBound,
} from './model';

/**
 * A board's own guess ("Estimated: $90K - $120K", "Glassdoor est.") is not
 * what the employer stated, so any estimate wording disqualifies the text.
 * \b on both sides keeps "best", "interest" and "established" out.
 */
const ESTIMATE = /\best(?:imate[sd]?|imation)?\b/i;

/**
 * One amount: optional currency prefix, number, optional K/M multiplier,
 * optional currency suffix. The multiplier must not be followed by a letter
 * so "/mo" and "million" stay out of it.
 */
const AMOUNT = new RegExp(
  `(?:(${CURRENCY_PREFIX_SOURCE})\\s?)?(${NUMBER_SOURCE})(?:\\s?([kKmM])(?![A-Za-z]))?(?:\\s?(${CURRENCY_SUFFIX_SOURCE}))?`,
  'gu',
);

/** What may stand between the two ends of a range. */
const RANGE_SEPARATOR = /^\s*(?:-|–|—|‑|to|and)\s*$/i;

const AT_LEAST_BEFORE = /(?:\bfrom|\bstarting(?: at| from)?|\bat least|\bminimum(?: of)?|\bmin\.?)\s*:?\s*$/i;
const AT_MOST_BEFORE = /(?:\bup to|\bmaximum(?: of)?|\bmax\.?|\bas much as)\s*:?\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s*$/i;

/**
 * Period right after the amount: "a year", "an hour", "per annum", "/yr",
 * "hourly", "p.a.". The trailing look-ahead replaces \b so "p.a." works.
 */
const PERIOD_AFTER =
  /^\s*\+?\s*(?:(?:(?:a|an|per|each|every)\s+|\/\s*)(hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|mths?|years?|yrs?|y|annum)|(hourly|daily|weekly|monthly|yearly|annually|annual|p\.?\s?a\.?|p\.?\s?h\.?))(?![A-Za-z])/i;

/**
 * Period named before the amount: "Hourly pay: $25", "Annual salary: $85K".
 * Only adjective forms and "per X" are accepted so "5 years of experience"
 * never sets a period.
 */
const PERIOD_BEFORE =
  /\b(?:(hourly|daily|weekly|monthly|yearly|annual|annually)|per (hour|day|week|month|year|annum))\b/i;

type Amount = {
  start: number;
  end: number;
  value: number;
  multiplier: number;
  currency: string | null;
};

function readAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, prefix, num, mult, suffix] = m;
    const base = num === undefined ? null : parseLocaleNumber(num);
    if (base === null || m.index === undefined) continue;
    const prefixCur = prefix ? currencyFromMarker(prefix) : null;
    const suffixCur = suffix ? currencyFromMarker(suffix) : null;
    // "$100 USD" is fine; "$100 EUR" is contradictory, so trust neither.
    if (prefixCur && suffixCur && prefixCur !== suffixCur) continue;
    const multiplier = mult === undefined ? 1 : mult.toLowerCase() === 'k' ? 1_000 : 1_000_000;
    amounts.push({
      start: m.index,
      end: m.index + whole.length,
      value: base,
      multiplier,
      currency: prefixCur ?? suffixCur,
    });
  }
  return amounts;
}

/**
 * "$120-150K" writes the multiplier once for both ends; apply it to the
 * bare end when that end is clearly too small to stand alone.
 */
function scaledPair(a: Amount, b: Amount): [number, number] {
  let ma = a.multiplier;
  let mb = b.multiplier;
  if (ma === 1 && mb > 1 && a.value < 1_000) ma = mb;
  if (mb === 1 && ma > 1 && b.value < 1_000) mb = ma;
  return [a.value * ma, b.value * mb];
}

type Match = {
  start: number;
  end: number;
  min: number;
  max: number;
  currency: string;
  isRange: boolean;
  /** Period written between the two ends of a range, if any. */
  gapPeriod: Period | null;
};

function periodOf(m: RegExpExecArray): Period | null {
  return periodFromWord(m[1] ?? m[2] ?? '');
}

/** The first amount or range that carries a currency marker. */
function findMoney(text: string): Match | null {
  const amounts = readAmounts(text);
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    if (!a) continue;
    const b = amounts[i + 1];
    if (b) {
      // LinkedIn repeats the period on both ends: "$120,000.00/yr - $150,000.00/yr".
      let gap = text.slice(a.end, b.start);
      const gapPeriodMatch = PERIOD_AFTER.exec(gap);
      const gapPeriod = gapPeriodMatch ? periodOf(gapPeriodMatch) : null;
      if (gapPeriodMatch) gap = gap.slice(gapPeriodMatch[0].length);
      const currency = a.currency ?? b.currency;
      const compatible = !a.currency || !b.currency || a.currency === b.currency;
      if (RANGE_SEPARATOR.test(gap) && currency && compatible) {
        const [min, max] = scaledPair(a, b);
        return { start: a.start, end: b.end, min, max, currency, isRange: true, gapPeriod };
      }
    }
    // Numbers without a currency ("401(k)", "5 years", "2,000 employees")
    // are never money on their own.
    if (a.currency) {
      const value = a.value * a.multiplier;
      return {
        start: a.start,
        end: a.end,
        min: value,
        max: value,
        currency: a.currency,
        isRange: false,
        gapPeriod: null,
      };
    }
  }
  return null;
}

function boundBefore(before: string, isRange: boolean): SalaryBound | undefined {
  if (isRange) return undefined;
  if (AT_LEAST_BEFORE.test(before)) return 'atLeast';
  if (AT_MOST_BEFORE.test(before)) return 'atMost';
  return undefined;
}

export function salaryFromText(input: string): PostedSalary | null {
  if (typeof input !== 'string') return null;
  // Collapse runs of ordinary whitespace but keep no-break spaces, which
  // parseLocaleNumber reads as thousands separators.
  const text = input.replace(/[ \t\r\n\f\v]+/g, ' ').trim();
  if (text === '' || ESTIMATE.test(text)) return null;

  const money = findMoney(text);
  if (!money) return null;

  const before = text.slice(0, money.start);
  const bound = boundBefore(before, money.isRange);
  let start = money.start;
  const qualifier = bound
    ? (bound === 'atLeast' ? AT_LEAST_BEFORE : AT_MOST_BEFORE).exec(before)
    : BETWEEN_BEFORE.exec(before);
  if (qualifier) start = qualifier.index;

  let end = money.end;
  let period: Period | null = null;
  const after = PERIOD_AFTER.exec(text.slice(money.end));
  if (after) {
    period = periodOf(after);
    end += after[0].length;
  }
  // "$25/hour - $30/day" contradicts itself; better no salary than a wrong one.
  if (period && money.gapPeriod && period !== money.gapPeriod) return null;
  period ??= money.gapPeriod;
  if (!period) {
    const named = PERIOD_BEFORE.exec(before);
    if (named) period = periodOf(named);
  }
  period ??= inferPeriod([money.min, money.max]);
  if (!period) return null;

  const stated = text.slice(start, end).trim();
  return makePostedSalary({
    currency: money.currency,
    // A reversed range ("$110K - $85K") is a typo, not a different salary.
    min: Math.min(money.min, money.max),
    max: Math.max(money.min, money.max),
    period,
    // Capitalise "from …"/"up to …" so the snippet reads as a label.
    text: stated.charAt(0).toUpperCase() + stated.slice(1),
    bound,
  });
}
