/**
 * The sentences the card prints, built from facts and numbers. Kept out of the components so the
 * wording can be unit-tested and shared by the role view and the compare view.
 */
import { compareToAverage, formatMoney, formatPostedSalary, type PostedSalary } from '../salary/parse';

// The article quotes whole US dollars; the card shows them exactly as quoted ("$95,919").
const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function formatUsd(amount: number): string {
  return USD.format(amount);
}

/** The longest title the card quotes in full, in characters. */
export const MAX_QUOTED_TITLE = 160;

/**
 * The title as the card quotes it: whole up to MAX_QUOTED_TITLE characters, else cut at a word
 * (never inside an emoji or other surrogate pair) with an ellipsis. A 10,000-character title made
 * the quote 3,600 px tall, the card's whole content (tests/e2e/hostile/text.test.ts).
 */
export function quotedTitle(text: string, max = MAX_QUOTED_TITLE): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= cut.length * 0.6 ? atWord : cut).trimEnd()}…`;
}

/** "$95,919 a year". */
export function usdPerYear(amount: number): string {
  return `${formatUsd(amount)} a year`;
}

/**
 * "Business administration, Project management, A related field" -> "Business administration,
 * project management or a related field". Items after the first are lowered with `lowerFirst`.
 */
export function listPhrase(items: readonly string[], conjunction: 'and' | 'or'): string {
  const words = items.map((item, i) => (i === 0 ? item : lowerFirst(item)));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/**
 * Lower-cases the first letter of a fragment used mid-sentence ("Excellent" -> "excellent",
 * "A related field" -> "a related field"). A capital followed by another capital starts an
 * acronym ("IT", "PMI") and is kept.
 */
export function lowerFirst(text: string): string {
  return text.replace(/^[A-Z](?=[a-z\s]|$)/, (c) => c.toLowerCase());
}

export interface SalaryGap {
  /** Absolute difference in dollars. */
  dollars: number;
  /** Difference as a whole percentage of `base`, signed (other - base). */
  percent: number;
  direction: 'more' | 'less' | 'same';
}

/** How `other` differs from `base`, e.g. Account Manager vs Program Manager: $20,424 less (21% less). */
export function salaryGap(base: number, other: number): SalaryGap {
  const diff = other - base;
  const percent = base > 0 ? Math.round((Math.abs(diff) / base) * 100) : 0;
  return {
    dollars: Math.abs(diff),
    percent: diff < 0 ? -percent : percent,
    direction: diff > 0 ? 'more' : diff < 0 ? 'less' : 'same',
  };
}

/** "$20,424 less a year (21% less)", "the same". */
export function describeGap(gap: SalaryGap): string {
  if (gap.direction === 'same') return 'The same';
  return `${formatUsd(gap.dollars)} ${gap.direction} a year (${Math.abs(gap.percent)}% ${gap.direction})`;
}

export interface PostedSalaryWording {
  /** "Posted: $85,000–$110,000 a year (midpoint $97,500)". */
  statement: string;
  /** "2% above the US average"; null when the posting is not in US dollars. */
  comparison: string | null;
}

/**
 * Wording for a salary the posting states. The midpoint is given in the stated period and, when
 * that period is not a year, also annualised, because the average it is compared with is yearly.
 */
export function describePostedSalary(posted: PostedSalary, averageUsd: number): PostedSalaryWording {
  const formatted = formatPostedSalary(posted, 'en-US');
  const extras: string[] = [];
  if (posted.min !== posted.max) extras.push(`midpoint ${formatMoney((posted.min + posted.max) / 2, posted.currency)}`);
  if (formatted.annualised) extras.push(formatted.annualised);
  const statement = `Posted: ${formatted.stated}${extras.length ? ` (${extras.join(', ')})` : ''}`;

  const versus = compareToAverage(posted, averageUsd);
  let comparison: string | null = null;
  if (versus) {
    comparison =
      versus.percent === 0
        ? 'in line with the US average'
        : `${Math.abs(versus.percent)}% ${versus.percent > 0 ? 'above' : 'below'} the US average`;
  }
  return { statement, comparison };
}
