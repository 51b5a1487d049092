import hant from './zh-hant.json';

/**
 * The language the pages show the data in: English, Simplified Chinese, or Traditional Chinese (the
 * zh_TW and zh_HK catalogues).
 */
export type UiLang = 'en' | 'zh' | 'zh-Hant';

const traditional: Readonly<Record<string, string>> = hant;

/**
 * The form of a two-language text of the data (a platform's or site's name, a payment sentence) that
 * a reader of `lang` sees. Traditional forms come from `zh-hant.json`, which `npm run locales:tw`
 * writes from the data with the catalogue's converter; a text it lacks is shown as written.
 * Only the pages import this (the map stays out of the content scripts).
 * @example pickText({ en: 'Taobao', zh: '淘宝' }, 'zh-Hant') // '淘寶'
 */
export function pickText(text: { en: string; zh: string }, lang: UiLang): string {
  if (lang === 'en') return text.en;
  return lang === 'zh-Hant' ? (traditional[text.zh] ?? text.zh) : text.zh;
}
