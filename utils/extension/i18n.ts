import { browser } from 'wxt/browser';

/**
 * The message for `key` in the browser's language (from `public/_locales`), or the key itself
 * when it is missing, so a gap shows up in the UI instead of an empty string.
 * @example t('extName') // "Unwall"
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/** Words and formats for the UI components: messages, the UI locale, and which platform name to show. */
export function uiI18n(): { t: typeof t; locale: string; lang: 'zh' | 'en' } {
  return { t, locale: browser.i18n.getUILanguage(), lang: t('langCode') === 'zh' ? 'zh' : 'en' };
}
