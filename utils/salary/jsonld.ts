/**
 * Reads schema.org JobPosting.baseSalary (a MonetaryAmount). Pages write
 * this by hand or via CMS plugins, so every field is treated as untrusted.
 */
import { currencyFromJsonLd } from './currency';
import { formatAmountRange } from './format';
import {
  inferPeriod,
  makePostedSalary,
  periodFromWord,
  type Period,
  type PostedSalary,
  type SalaryBound,
} from './model';

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Numbers may arrive as JSON numbers or strings ("85000", "85,000.00").
 * Only plain US-style digits are accepted in strings: JSON-LD is meant to be
 * machine-readable, so anything fancier is more likely garbage than locale.
 */
function toAmount(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? v : null;
  if (typeof v !== 'string') return null;
  const s = v.trim();
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(s)) return null;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** unitText ("HOUR", "YEAR") first, then UN/CEFACT unitCode ("HUR", "ANN"). */
function periodOf(...sources: Obj[]): Period | null | 'invalid' {
  for (const src of sources) {
    for (const key of ['unitText', 'unitCode'] as const) {
      const raw = src[key];
      if (raw === undefined || raw === null || raw === '') continue;
      if (typeof raw !== 'string') return 'invalid';
      // A unit we do not understand ("PIECE") must not be guessed as a year.
      return periodFromWord(raw) ?? 'invalid';
    }
  }
  return null;
}

function fromMonetaryAmount(amount: Obj): PostedSalary | null {
  const currency = currencyFromJsonLd(amount['currency']);
  if (!currency) return null;

  let rawValue = amount['value'];
  // Some generators wrap the QuantitativeValue in a one-element array.
  if (Array.isArray(rawValue)) rawValue = rawValue[0];

  let min: number | null;
  let max: number | null;
  let bound: SalaryBound | undefined;
  const quantity: Obj = isObject(rawValue) ? rawValue : {};
  if (isObject(rawValue)) {
    const lo = rawValue['minValue'] === undefined ? null : toAmount(rawValue['minValue']);
    const hi = rawValue['maxValue'] === undefined ? null : toAmount(rawValue['maxValue']);
    // A present-but-unreadable bound means the data is broken, not open-ended.
    if ((rawValue['minValue'] !== undefined && lo === null) || (rawValue['maxValue'] !== undefined && hi === null)) {
      return null;
    }
    if (lo !== null || hi !== null) {
      min = lo ?? hi;
      max = hi ?? lo;
      if (lo === null) bound = 'atMost';
      if (hi === null) bound = 'atLeast';
    } else {
      min = max = toAmount(rawValue['value']);
    }
  } else {
    min = max = toAmount(rawValue);
  }
  if (min === null || max === null) return null;

  const explicit = periodOf(quantity, amount);
  if (explicit === 'invalid') return null;
  // Many sites omit unitText; fall back to the same magnitude rule as text.
  const period = explicit ?? inferPeriod([min, max]);
  if (!period) return null;

  const text = `${bound === 'atLeast' ? 'From ' : bound === 'atMost' ? 'Up to ' : ''}${formatAmountRange(min, max, currency, period)}`;
  return makePostedSalary({ currency, min, max, period, text, bound });
}

export function salaryFromJsonLd(baseSalary: unknown): PostedSalary | null {
  try {
    // baseSalary is sometimes an array of MonetaryAmounts; use the first usable one.
    const candidates = Array.isArray(baseSalary) ? baseSalary : [baseSalary];
    for (const candidate of candidates) {
      if (!isObject(candidate)) continue;
      const salary = fromMonetaryAmount(candidate);
      if (salary) return salary;
    }
    return null;
  } catch {
    // Getters or proxies on page-supplied objects can throw; never let that escape.
    return null;
  }
}
