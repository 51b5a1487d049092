import { Converter } from 'opencc-js';

type Messages = Record<string, { message: string; description?: string; placeholders?: unknown }>;

/** Hand-kept corrections on top of the converter (see scripts/locales-tw-overrides.json). */
export interface TaiwanOverrides {
  /** Whole messages, by key, that are not a conversion of the Simplified one (`langCode`). */
  messages: Record<string, string>;
  /** Traditional terms the converter leaves Mainland-style, and the word used in Taiwan instead. */
  terms: Record<string, string>;
}

// OpenCC's Mainland to Taiwan conversion with Taiwan phrases: 软件 → 軟體, 视频 → 影片, 网络 → 網路.
const toTaiwanPhrases = Converter({ from: 'cn', to: 'twp' });
// The same without the phrases, for proper names: 腾讯视频 → 騰訊視頻 (the brand), not 騰訊影片.
const toTaiwanCharacters = Converter({ from: 'cn', to: 'tw' });

/**
 * The Traditional Chinese (Taiwan) text of one Simplified message: converted, then the override terms
 * applied. Latin text (product names, addresses, placeholders) passes through unchanged.
 * @example toTaiwanText('打开视频链接', { messages: {}, terms: {} }) // '開啟影片連結'
 */
export function toTaiwanText(text: string, overrides: TaiwanOverrides): string {
  return Object.entries(overrides.terms).reduce(
    (converted, [from, to]) => replaceTerm(converted, from, to),
    toTaiwanPhrases(text),
  );
}

/**
 * The Traditional Chinese (Taiwan) form of a proper name (a platform, a site, a payment method):
 * its characters converted, its words kept (a brand is not translated), then the override terms.
 * @example toTaiwanName('腾讯视频', { messages: {}, terms: {} }) // '騰訊視頻'
 */
export function toTaiwanName(text: string, overrides: TaiwanOverrides): string {
  return Object.entries(overrides.terms).reduce(
    (converted, [from, to]) => replaceTerm(converted, from, to),
    toTaiwanCharacters(text),
  );
}

const han = /\p{Script=Han}/u;
const latin = /[A-Za-z0-9]/;

/** Replaces a term; a Latin end of the new term gets a space from a Chinese neighbour, as elsewhere. */
function replaceTerm(text: string, from: string, to: string): string {
  const pieces = text.split(from);
  return pieces.reduce((out, piece, i) => {
    if (i === 0) return piece;
    const before = han.test(out.at(-1) ?? '') && latin.test(to[0]!) ? ' ' : '';
    const after = han.test(piece[0] ?? '') && latin.test(to.at(-1)!) ? ' ' : '';
    return out + before + to + after + piece;
  }, '');
}

/**
 * The zh_TW catalogue made from the zh_CN one, key for key in the same order and layout: only the
 * messages change; descriptions and placeholders are kept as they are.
 */
export function toTaiwanCatalogue(zhCN: string, overrides: TaiwanOverrides): string {
  const messages = JSON.parse(zhCN) as Messages;
  const converted = Object.fromEntries(
    Object.entries(messages).map(([key, entry]) => [
      key,
      { ...entry, message: overrides.messages[key] ?? toTaiwanText(entry.message, overrides) },
    ]),
  );
  return JSON.stringify(converted, null, 2) + '\n';
}
