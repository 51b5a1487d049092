import type { Platform } from '@/utils/platforms/schema';
import { directLinkIn, findLinksIn, type FoundLink } from './find-links';
import { pageInterstitialIn, type PageRule } from './interstitials';
import { isPageTargetIn, pageReadsIn, pageTargetIn, type PageRead } from './page-targets';
import { readWarning, type Warning } from './resolve';
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

/**
 * An engine over rules already compiled.
 * @example engineFor(defaultRules).directLinkOf('taobao://item.taobao.com/item.htm?id=1')?.kind // 'scheme'
 */
export function engineFor(rules: RuleSet): Engine {
  const directLinkOf = (href: string) => directLinkIn(rules, href);
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
