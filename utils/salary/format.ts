/**
 * Display strings for a PostedSalary. Numbers follow the caller's locale;
 * the wording ("a year", "From", "Up to") is English like the rest of the UI.
 */
import type { Period, PostedSalary, SalaryBound } from './model';

export type FormattedSalary = {
  /** "$85,000–$110,000 a year", "$30 an hour", "From $90,000 a year". */
  stated: string;
  /** Midpoint of a range in the stated period ("$97,500 a year"); null for one amount. */
  midpoint: string | null;
  /** Annualised midpoint when the stated period is not a year ("≈ $93,600 a year"). */
  annualised: string | null;
};

const PERIOD_PHRASE: Readonly<Record<Period, string>> = {
  hour: 'an hour',
  day: 'a day',
  week: 'a week',
  month: 'a month',
  year: 'a year',
};

/**
 * Whole amounts print without decimals ("$85,000", not "$85,000.00"), but
 * "$22.50 an hour" must keep its cents. Both digit limits are set together
 * because Intl throws when only one contradicts the currency default.
 */
export function formatMoney(amount: number, currency: string, locale = 'en-US'): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(amount);
  } catch {
    // A bad locale or currency code from the page must not break the UI.
    return `${currency} ${amount.toFixed(digits)}`;
  }
}

function boundPrefix(bound: SalaryBound | undefined): string {
  if (bound === 'atLeast') return 'From ';
  if (bound === 'atMost') return 'Up to ';
  return '';
}

/** "$85,000–$110,000 a year" or "$30 an hour", without the open-bound wording. */
export function formatAmountRange(
  min: number,
  max: number,
  currency: string,
  period: Period,
  locale = 'en-US',
): string {
  const amount =
    min === max
      ? formatMoney(min, currency, locale)
      : `${formatMoney(min, currency, locale)}–${formatMoney(max, currency, locale)}`;
  return `${amount} ${PERIOD_PHRASE[period]}`;
}

export function formatPostedSalary(posted: PostedSalary, locale = 'en-US'): FormattedSalary {
  const { min, max, currency, period, bound } = posted;
  const stated = `${boundPrefix(bound)}${formatAmountRange(min, max, currency, period, locale)}`;
  const midpoint =
    min === max ? null : `${formatMoney((min + max) / 2, currency, locale)} ${PERIOD_PHRASE[period]}`;
  // Round annualised pay: "≈ $93,600.40" would suggest precision we lack.
  const annualised =
    period === 'year'
      ? null
      : `≈ ${formatMoney(Math.round(posted.annualMid), currency, locale)} ${PERIOD_PHRASE.year}`;
  return { stated, midpoint, annualised };
}
