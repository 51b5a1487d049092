import type { Platform } from '@/utils/platforms/schema';
import { directLinkIn, findLinksIn, type FoundLink } from './find-links';
import { genericTarget } from './generic';
import { pageInterstitialIn, type PageRule } from './interstitials';
import { chosenHosts, withChosenHosts, type MirrorChoice } from './mirrors';
import { isPageTargetIn, pageReadsIn, pageTargetIn, type PageRead } from './page-targets';
import { canonicalize, readWarning, resolve, safeCanonical, type Warning } from './resolve';
import { compileRules, type RuleSet } from './rules';

export interface Engine {
  findLinks(text: string): FoundLink[];
  /** What the engine knows of an href: its direct address, kind and platform; null when nothing. */
  directLinkOf(href: string): FoundLink | null;
  toDirectUrl(href: string): string | null;
  /** The platform's verdict when the address is its warning page (never unwrapped). */
  warningOf(href: string): Warning | null;
  /** The rule of a "you are leaving" page whose target must be read from the page itself. */
  pageInterstitialOf(href: string): PageRule | null;
  /** What a page's content script reads beside its anchors, for the page-target rules of its host. */
  pageReadsFor(pageHost: string): PageRead[];
  /** The direct link of an anchor from the value its page keeps beside it (see `pageTargetIn`). */
  pageTargetOf(pageHost: string, href: string, read: string): FoundLink | null;
  /** Whether some page keeps this anchor address's target beside it. */
  isPageTarget(href: string): boolean;
}

/**
 * An engine over a set of platforms (the registry, or the registry plus a user's own rules).
 * @example createEngine(platforms).toDirectUrl('https://link.zhihu.com/?target=https%3A//a.cn/') // 'https://a.cn/'
 */
export function createEngine(platforms: readonly Platform[]): Engine {
  return engineFor(compileRules(platforms));
}

export interface EngineOptions {
  /** The opt-in generic fallback for anchors on hosts no rule knows (see `generic.ts`). */
  generic?: boolean;
  /** The web host picked for each platform that has mirrors (see `mirrors.ts`); main hosts by default. */
  mirrors?: MirrorChoice;
}

/**
 * Whether a rule applies to an address: a wrapper, interstitial or app rule (refusals included), a
 * warning page, a page whose target the page itself holds, or an anchor whose page keeps its target. The registry's rules always win.
 */
function ruleApplies(rules: RuleSet, href: string): boolean {
  return (
    resolve(rules, href) !== null ||
    readWarning(rules, href) !== null ||
    pageInterstitialIn(rules, href) !== null ||
    isPageTargetIn(rules, href)
  );
}

/**
 * The generic fallback's link for an href no rule applies to (a host's other rules do not keep it
 * away: `leetcode.cn/link?target=` is found while the rule knows only `/link/`). The target is
 * followed further through the registry's rules (an affiliate link around a known wrapper), never
 * through another generic guess: a target that embeds an address is most often a page in its own
 * right (a share dialog, an archived copy), and one guess per link is what the user switched on.
 * @example genericLinkIn(defaultRules, 'https://t.example.net/c?u=https%3A%2F%2Fa.example.org%2F')?.kind // 'generic'
 */
export function genericLinkIn(rules: RuleSet, href: string): FoundLink | null {
  const target = genericTarget(href);
  if (target === null || ruleApplies(rules, href)) return null;
  const known = resolve(rules, target);
  const url = known ? known.url : (safeCanonical(canonicalize(rules, target))?.url ?? null);
  if (url === null) return null;
  return { start: 0, end: href.length, url, platform: null, kind: 'generic', original: href };
}

/**
 * An engine over rules already compiled; with `generic`, anchors no rule knows get the generic
 * fallback; with `mirrors`, direct links on a platform's main web host open on the host picked for it.
 * @example engineFor(defaultRules).directLinkOf('taobao://item.taobao.com/item.htm?id=1')?.kind // 'scheme'
 */
export function engineFor(rules: RuleSet, options: EngineOptions = {}): Engine {
  const hosts = chosenHosts([...rules.platforms.values()], options.mirrors);
  return withChosenHosts(baseEngine(rules, options.generic === true), hosts);
}

function baseEngine(rules: RuleSet, generic: boolean): Engine {
  const directLinkOf = generic
    ? (href: string) => directLinkIn(rules, href) ?? genericLinkIn(rules, href)
    : (href: string) => directLinkIn(rules, href);
  return {
    findLinks: (text) => findLinksIn(rules, text),
    directLinkOf,
    toDirectUrl: (href) => directLinkOf(href)?.url ?? null,
    warningOf: (href) => (typeof href === 'string' ? readWarning(rules, href) : null),
    pageInterstitialOf: (href) => (typeof href === 'string' ? pageInterstitialIn(rules, href) : null),
    pageReadsFor: (pageHost) => pageReadsIn(rules, pageHost),
    pageTargetOf: (pageHost, href, read) => pageTargetIn(rules, pageHost, href, read),
    isPageTarget: (href) => isPageTargetIn(rules, href),
  };
}
