/**
 * The engine's front door: what the extension, the tests and the command line use. The background
 * and the popup make a page engine (the registry plus the user's own rules); `findLinks`,
 * `directLinkOf` and `toDirectUrl` answer over the registry alone. A content script imports only
 * `page-filter.ts`, which carries no rules.
 */
import { platforms } from '@/utils/platforms';
import type { Platform } from '@/utils/platforms/schema';
import { appLinkOf as appLinkIn, compileAppLinks, type AppLinkTable } from './app-links';
import { defaultRules } from './default-rules';
import { engineFor, type Engine, type EngineOptions } from './engine';
import { createPageFilter, pageFilterData, type PageFilter, type PageFilterData } from './page-filter';
import { openWrappers, type OpenWrapper } from './open-wrappers';
import { withoutRules } from './rule-ids';
import { compileRules } from './rules';
import { userRulesPlatform, type UserRule } from './user-rules';

export type { Engine, EngineOptions } from './engine';
export type { FoundLink, LinkKind } from './find-links';
export type { UserRule } from './user-rules';
export type { OpenWrapper } from './open-wrappers';
export type { MirrorChoice } from './mirrors';
export type { AppOnlyCodeMatch } from './app-only-codes';
export { readQrText, type QrReading } from './qr-text';

const engine = engineFor(defaultRules);

/**
 * Every link-bearing span of a text, in order and non-overlapping: share texts (with platform,
 * title and token), plain and damaged URLs, obfuscated links, app links and token-only 口令.
 * `url` is the direct http(s) address: wrappers are already unwrapped and app links mapped.
 * @example findLinks('【京东】https://3.cn/2odH-z1a「京东百亿补贴」点击链接直接打开')
 * // [{ kind: 'share', platform: 'jd', url: 'https://3.cn/2odH-z1a', title: '京东百亿补贴', … }]
 */
export const findLinks = engine.findLinks;

/**
 * What the engine knows of an href (a redirect wrapper, interstitial page or app link): the link as
 * the text side gives it, its span the whole href; null when there is nothing to do or no safe target.
 * @example directLinkOf('https://link.zhihu.com/?target=https%3A//github.com/x') // { url: 'https://github.com/x', kind: 'wrapper', platform: 'zhihu', start: 0, end: 53, original: … }
 */
export const directLinkOf = engine.directLinkOf;

/**
 * The direct http(s) address behind a redirect wrapper, interstitial page or app link; null when
 * there is nothing to do or no safe target.
 * @example toDirectUrl('https://link.zhihu.com/?target=https%3A//github.com/x') // 'https://github.com/x'
 */
export const toDirectUrl = engine.toDirectUrl;

let appLinks: AppLinkTable | undefined;

/**
 * The app link a phone opens a web page in (`snssdk1128://…` for a Douyin video), for a QR code
 * only; null when the page's platform has none for it. Compiled on first use (only the pages ask).
 * @example appLinkOf('https://www.douyin.com/video/7234567890123456789') // 'snssdk1128://aweme/detail/7234567890123456789'
 */
export function appLinkOf(href: string): string | null {
  appLinks ??= compileAppLinks(platforms);
  return appLinkIn(appLinks, defaultRules, href);
}

/** What the user chose of the rules: built-in ones switched off, and platforms from rule packs. */
export interface RuleChoices {
  /** Ids of switched-off built-in rules (see `rule-ids.ts`). */
  off?: readonly string[];
  /** Platforms from the user's rule packs, after the registry: a host a built-in rule covers stays its. */
  packs?: readonly Platform[];
}

export type PageEngineOptions = EngineOptions & RuleChoices;

export interface PageEngine extends Engine, PageFilter {
  /** The page filter as data, for a content script that runs the filter without the engine. */
  filterData: PageFilterData;
  /** The simple wrappers a page-world script may take off `window.open` by itself. */
  openWrappers: OpenWrapper[];
  /** The platforms it was built from (the registry without the rules switched off, then the packs). */
  platforms: readonly Platform[];
}

/**
 * The registry without the switched-off rules, then the packs' platforms whose ids are not built in.
 * @example effectivePlatforms({ off: ['zhihu:interstitial:link.zhihu.com/'] }).find((p) => p.id === 'zhihu')?.wrappers // []
 */
export function effectivePlatforms({ off = [], packs = [] }: RuleChoices): readonly Platform[] {
  if (off.length === 0 && packs.length === 0) return platforms;
  const builtIn = new Set(platforms.map((p) => p.id));
  return [...withoutRules(platforms, off), ...packs.filter((p) => !builtIn.has(p.id))];
}

/**
 * The engine for pages: the registry, with the user's rules first (they win their hosts), and the
 * generic fallback for the anchors of hosts no rule knows when `options.generic` is on.
 * @example createPageEngine([]).toDirectUrl('https://link.zhihu.com/?target=https%3A//a.cn/') // 'https://a.cn/'
 * @example createPageEngine([], { generic: true }).directLinkOf('https://t.example.net/c?u=https%3A%2F%2Fa.example.org%2F')?.kind // 'generic'
 */
export function createPageEngine(rules: readonly UserRule[], options: PageEngineOptions = {}): PageEngine {
  const chosen = effectivePlatforms(options);
  const user = rules.length > 0 ? [userRulesPlatform(rules)] : [];
  const ruleSet =
    user.length === 0 && chosen === platforms ? defaultRules : compileRules([...user, ...chosen]);
  const filterData = pageFilterData(ruleSet, options.generic === true);
  return {
    ...engineFor(ruleSet, options),
    ...createPageFilter(filterData),
    filterData,
    openWrappers: openWrappers(ruleSet),
    platforms: chosen,
  };
}

/**
 * `createPageEngine` that compiles again only when the rules or the mirror choice changed (settings
 * also change for other reasons); one engine per `generic` option, so that the pages' and the
 * interstitials' engines (without the fallback) do not replace each other.
 * @example const engineFor = cachedPageEngine(); engineFor([]) === engineFor([]) // true
 */
export function cachedPageEngine(): (rules: readonly UserRule[], options?: PageEngineOptions) => PageEngine {
  let lastKey = '';
  let lastPacks: readonly Platform[] | undefined;
  let engines = new Map<boolean, PageEngine>();
  return (rules, options = {}) => {
    const { mirrors = {}, off = [], packs } = options;
    // Packs are compared by identity: their holder hands out the same list until it changes.
    const key = JSON.stringify([rules.length === 0 ? '' : rules, Object.entries(mirrors).sort(), off]);
    if (key !== lastKey || packs !== lastPacks) [lastKey, lastPacks, engines] = [key, packs, new Map()];
    const generic = options.generic === true;
    let engine = engines.get(generic);
    if (!engine) engines.set(generic, (engine = createPageEngine(rules, { generic, mirrors, off, packs })));
    return engine;
  };
}
