/**
 * Currency markers and locale-agnostic number reading for salary text.
 */

/**
 * Symbol → ISO code. A bare "$" is USD because Role Lens compares against
 * US averages and US boards print plain "$"; other dollar currencies are
 * only recognised when the board prefixes them (A$, CA$ …).
 */
const SYMBOLS: Readonly<Record<string, string>> = {
  US$: 'USD',
  $: 'USD',
  A$: 'AUD',
  AU$: 'AUD',
  CA$: 'CAD',
  C$: 'CAD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  SG$: 'SGD',
  R$: 'BRL',
  MX$: 'MXN',
  '£': 'GBP',
  '€': 'EUR',
  '₹': 'INR',
  '¥': 'JPY',
  '￥': 'JPY',
  '₩': 'KRW',
  '₱': 'PHP',
  '₪': 'ILS',
  '₦': 'NGN',
  zł: 'PLN',
};

/**
 * ISO codes we accept in text. A closed list (rather than any three capital
 * letters) keeps words like "PTO" or "CEO" next to a number from becoming
 * a currency.
 */
const ISO_CODES = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'INR', 'JPY', 'CHF', 'SEK',
  'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON', 'SGD', 'HKD', 'CNY', 'KRW',
  'ZAR', 'MXN', 'BRL', 'ARS', 'CLP', 'COP', 'PHP', 'ILS', 'AED', 'SAR',
  'TRY', 'NGN', 'KES', 'EGP', 'IDR', 'MYR', 'THB', 'VND', 'TWD', 'PKR',
] as const;

const ISO_SET: ReadonlySet<string> = new Set(ISO_CODES);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Longest first so "CA$" wins over "A$" and "US$" over "$".
const SYMBOL_ALTERNATION = Object.keys(SYMBOLS)
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const CODE_ALTERNATION = ISO_CODES.join('|');

/**
 * Regex source for a currency marker before an amount ("$", "CA$", "USD ").
 * The look-behind stops "CA$" from being read as "A$" after a letter and
 * codes from matching inside longer words.
 */
export const CURRENCY_PREFIX_SOURCE = `(?<![A-Za-z])(?:${SYMBOL_ALTERNATION}|(?:${CODE_ALTERNATION})(?![A-Za-z]))`;

/**
 * Regex source for a currency marker after an amount ("60.000 €",
 * "100,000 USD"), common in European and international postings.
 */
export const CURRENCY_SUFFIX_SOURCE = `(?:${SYMBOL_ALTERNATION}|(?:${CODE_ALTERNATION})(?![A-Za-z]))`;

/** ISO code for a marker found in text or JSON-LD, or null if unknown. */
export function currencyFromMarker(marker: string): string | null {
  const m = marker.trim();
  const bySymbol = SYMBOLS[m];
  if (bySymbol) return bySymbol;
  const upper = m.toUpperCase();
  return ISO_SET.has(upper) ? upper : null;
}

/**
 * JSON-LD may carry any ISO 4217 code, not just our text list, so accept
 * any three-letter code there (Intl can still format unknown ones).
 */
export function currencyFromJsonLd(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const known = currencyFromMarker(value);
  if (known) return known;
  const code = value.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}

/**
 * Regex source for a written number: digits with "," "." or (narrow)
 * no-break space / apostrophe separators. Interpretation is left to
 * parseLocaleNumber because "60.000" and "45.50" look alike to a regex.
 */
export const NUMBER_SOURCE = `\\d(?:[\\d.,'\\u00a0\\u202f\\u2009]*\\d)?`;

// These characters only ever group thousands, never mark decimals.
const GROUP_ONLY = /['\u00a0\u202f\u2009]/;

/**
 * Reads "85,000", "60.000", "12,00,000", "1.234,56", "45.50" and "1 200"
 * (no-break space) without knowing the locale:
 * - a final separator followed by 1–2 digits is a decimal mark;
 * - a final separator followed by exactly 3 digits groups thousands;
 * - earlier separators must all be the same character and split groups of
 *   2–3 digits (2 allows Indian lakh grouping).
 * Anything else (e.g. "1,2345" or "1.2.3") is not a number we trust.
 */
export function parseLocaleNumber(raw: string): number | null {
  const s = raw.trim();
  if (!/^\d/.test(s)) return null;
  const parts = s.split(/[.,'\u00a0\u202f\u2009]/);
  const seps: string[] = s.match(/[.,'\u00a0\u202f\u2009]/g) ?? [];
  if (parts.some((p) => !/^\d+$/.test(p))) return null;
  if (seps.length === 0) return Number(s);

  const lastPart = parts[parts.length - 1] ?? '';
  const lastSep = seps[seps.length - 1] ?? '';
  let intParts = parts;
  let groupSeps = seps;
  let fraction = '';
  if (lastPart.length <= 2 && !GROUP_ONLY.test(lastSep)) {
    fraction = lastPart;
    intParts = parts.slice(0, -1);
    groupSeps = seps.slice(0, -1);
    // The decimal mark cannot also be the grouping mark ("1.234.56").
    if (groupSeps.includes(lastSep)) return null;
  }
  if (groupSeps.length > 0) {
    const [first, ...groups] = intParts;
    const normalGroups = groupSeps.filter((c) => !GROUP_ONLY.test(c));
    if (new Set(normalGroups).size > 1) return null;
    if (!first || first.length > 3) return null;
    if (groups.some((g) => g.length < 2 || g.length > 3)) return null;
    if ((groups[groups.length - 1] ?? '').length !== 3) return null;
  }
  const value = Number(`${intParts.join('')}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? value : null;
}
