import { browser } from 'wxt/browser';

/**
 * The message for `key` in the browser's language (from `public/_locales`), or the key itself
 * when it is missing, so a gap shows up in the UI instead of an empty string.
 * @example t('extName') // "Unwall"
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/**
 * Whether the messages are Chinese: `langCode` is `zh` in Simplified and `zh-TW` in Traditional, and
 * both read the platforms' Chinese names.
 */
export function isChineseUi(): boolean {
  return t('langCode').startsWith('zh');
}

/**
 * Words and formats for the UI components: messages, the locale for numbers and dates, and the
 * language of the data's names and sentences (`zh-Hant` for the Traditional catalogues). The locale follows the language the messages were picked in (the browser
 * can report another UI language than the one it chose the catalogue for), so text and dates agree.
 */
export function uiI18n(): { t: typeof t; locale: string; lang: 'en' | 'zh' | 'zh-Hant' } {
  const code = t('langCode');
  const ui = browser.i18n.getUILanguage();
  if (!isChineseUi()) return { t, lang: 'en', locale: ui.startsWith('en') ? ui : 'en' };
  return code === 'zh-TW' ? { t, lang: 'zh-Hant', locale: 'zh-TW' } : { t, lang: 'zh', locale: 'zh-CN' };
}
