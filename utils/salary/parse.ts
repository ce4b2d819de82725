/**
 * Public entry point for posted-salary parsing. The work is split across
 * small modules; this file re-exports them and owns the comparison with the
 * US average that Role Lens shows next to each role.
 */
import type { PostedSalary } from './model';

export { annualise, PERIOD_FACTORS, type Period, type PostedSalary, type SalaryBound } from './model';
export { salaryFromJsonLd } from './jsonld';
export { salaryFromText } from './text';
export { formatMoney, formatPostedSalary, type FormattedSalary } from './format';

/**
 * Rounds half away from zero so +12.5 % and -12.5 % are shown symmetrically
 * (Math.round would give +13 but -12). The inner rounding to 1e-9 removes
 * float noise such as 12.499999999 that should count as 12.5.
 */
function roundPercent(x: number): number {
  const cleaned = Math.round(x * 1e9) / 1e9;
  const rounded = Math.sign(cleaned) * Math.round(Math.abs(cleaned));
  return rounded === 0 ? 0 : rounded; // avoid -0 showing as "-0%"
}

/**
 * Percent by which the posting's annual midpoint differs from the US average.
 * Other currencies return null: converting would need live exchange rates,
 * and a foreign salary against a US average is misleading anyway.
 */
export function compareToAverage(posted: PostedSalary, averageUsd: number): { percent: number } | null {
  if (posted.currency !== 'USD') return null;
  if (!Number.isFinite(averageUsd) || averageUsd <= 0) return null;
  if (!Number.isFinite(posted.annualMid)) return null;
  return { percent: roundPercent(((posted.annualMid - averageUsd) / averageUsd) * 100) };
}
