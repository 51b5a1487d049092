import { methodNames } from '../utils/payments/method-names';
import { paymentSites } from '../utils/payments/registry';
import { wallsTimeline } from '../utils/payments/timeline';
import { visitorFacts, visitorSayings } from '../utils/payments/visitor';
import { platforms } from '../utils/platforms';
import { toTaiwanName, toTaiwanText, type TaiwanOverrides } from './traditional-chinese';

/**
 * Everything the pages show in two languages (`{ en, zh }` pairs): platforms, payment sites with
 * their sentences, the timeline, the visitor facts and lines; the payment methods' names go under `names`.
 */
export const shownData: unknown = {
  platforms,
  paymentSites,
  wallsTimeline,
  visitorFacts,
  visitorSayings,
  names: methodNames,
};

/** The Chinese texts of the data: proper names (pairs under a `names` key) and the rest. */
export interface ChineseTexts {
  names: string[];
  texts: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !(value instanceof RegExp);

/**
 * The Chinese text of every `{ en, zh }` pair anywhere in `data`, each once, sorted; a pair under a
 * `names` key (at any depth) is a proper name.
 * @example chineseTexts([{ names: { en: 'Taobao', zh: '淘宝' }, say: { en: 'Yes.', zh: '可以。' } }]) // { names: ['淘宝'], texts: ['可以。'] }
 */
export function chineseTexts(data: unknown): ChineseTexts {
  const names = new Set<string>();
  const texts = new Set<string>();
  const seen = new Set<object>();
  const walk = (value: unknown, isName: boolean): void => {
    if (!isObject(value) || seen.has(value)) return;
    seen.add(value);
    if (typeof value.en === 'string' && typeof value.zh === 'string') {
      (isName ? names : texts).add(value.zh);
    }
    Object.entries(value).forEach(([key, child]) => walk(child, isName || key === 'names'));
  };
  walk(data, false);
  return { names: [...names].sort(), texts: [...texts].filter((t) => !names.has(t)).sort() };
}

/**
 * The Traditional (Taiwan) form of each Chinese text, by its Simplified form, for those the
 * conversion changes (the lookup falls back to the text itself): what `utils/i18n/zh-hant.json` holds.
 * Names keep their words (`toTaiwanName`); sentences get Taiwan's phrases, as the messages do.
 */
export function toHantMap({ names, texts }: ChineseTexts, overrides: TaiwanOverrides): string {
  const pairs = [
    ...names.map((name) => [name, toTaiwanName(name, overrides)] as const),
    ...texts.map((text) => [text, toTaiwanText(text, overrides)] as const),
  ]
    .filter(([from, to]) => from !== to)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(pairs), null, 2) + '\n';
}
