import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { UiLang } from '@/utils/i18n/pick-text';

/**
 * Words and formats for the components, given by the entrypoint (components never call the browser):
 * `t` reads `_locales`, `locale` formats numbers and dates.
 */
export interface I18n {
  t(key: string, substitutions?: string | string[]): string;
  locale: string;
  /** Picks the form of the data's names and sentences a reader sees (`pickText`). */
  lang: UiLang;
}

export const I18nContext = createContext<I18n>({ t: (key) => key, locale: 'en', lang: 'en' });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/**
 * A since-date (`2024-09` or `2024-09-12`) in the reader's locale.
 * @example formatSince('2024-09-12', 'en') // 'Sep 12, 2024'
 */
export function formatSince(since: string, locale: string): string {
  const [year, month, day] = since.split('-').map(Number) as [number, number, number?];
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** A count in the reader's locale, with the message for its plural form (`<key>One` or `<key>Other`). */
export function countText(i18n: I18n, key: string, count: number): string {
  const form = new Intl.PluralRules(i18n.locale).select(count) === 'one' ? 'One' : 'Other';
  return i18n.t(key + form, new Intl.NumberFormat(i18n.locale).format(count));
}
