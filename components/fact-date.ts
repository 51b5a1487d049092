import { formatSince } from './i18n';

/**
 * A fact's date (`2024`, `2024-09` or `2024-09-12`) in the reader's locale, as precise as it is known.
 * @example formatFactDate('2024', 'en') // '2024'
 * @example formatFactDate('2024-09', 'en') // 'Sep 2024'
 */
export function formatFactDate(date: string, locale: string): string {
  if (!/^\d{4}$/.test(date)) return formatSince(date, locale);
  const year = new Date(Date.UTC(Number(date), 0, 1));
  return new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(year);
}
