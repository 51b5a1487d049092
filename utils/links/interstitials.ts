import type { PageInterstitial, Platform } from '@/utils/platforms/schema';
// Relative, not `@/`: the build config loads this module before the alias exists.
import { hostSuffixes } from '../url';
import { matchPattern } from './pattern';
import type { CompiledPageInterstitial, RuleSet } from './rules';

/**
 * Content-script match patterns for every known "you are leaving" page and warning page: the
 * interstitial and warning routes and the pages whose target sits only in the page (a warning page
 * gets the bar with its verdict, never a forward). Derived from the registry, never listed twice.
 * @example interstitialMatches(platforms).includes('*://link.zhihu.com/*') // true
 */
export function interstitialMatches(platforms: readonly Platform[]): string[] {
  const hosts = new Set<string>();
  for (const p of platforms) {
    for (const w of p.wrappers ?? []) if (w.kind !== 'wrapper') w.hosts.forEach((h) => hosts.add(h));
    for (const page of p.pageInterstitials ?? []) page.hosts.forEach((h) => hosts.add(h));
  }
  return [...hosts].sort().map((host) => `*://${host}/*`);
}

/** A page-read interstitial rule and the platform it belongs to. */
export interface PageRule {
  platform: Platform;
  rule: PageInterstitial;
}

function coversHost(page: CompiledPageInterstitial, host: string): boolean {
  return page.hosts.has(host) || hostSuffixes(host).some((s) => s !== host && page.wildcards.has(s));
}

function firstPageRule(pages: readonly CompiledPageInterstitial[], href: string): PageRule | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const page = pages.find((p) => coversHost(p, url.hostname) && matchPattern(p.path, url.pathname));
  return page ? { platform: page.platform, rule: page.rule } : null;
}

/**
 * The page-read interstitial rule for an address, if any (its target must be read from the page),
 * from the rules compiled with the rest of the rule set.
 * @example pageInterstitialIn(rules, 'https://weixin110.qq.com/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi?x=1')?.platform.id // 'wechat'
 */
export function pageInterstitialIn(rules: RuleSet, href: string): PageRule | null {
  return firstPageRule(rules.pageInterstitials, href);
}
