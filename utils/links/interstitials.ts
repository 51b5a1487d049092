import type { PageInterstitial, Platform } from '@/utils/platforms/schema';
import { compilePattern, matchPattern } from './pattern';
import { hostSuffixes } from './rules';

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

function hostMatches(hosts: readonly string[], host: string): boolean {
  if (hosts.includes(host)) return true;
  return hostSuffixes(host)
    .slice(1)
    .some((suffix) => hosts.includes('*.' + suffix));
}

/** A page-read interstitial rule and the platform it belongs to. */
export interface PageRule {
  platform: Platform;
  rule: PageInterstitial;
}

/**
 * The page-read interstitial rule for an address, if any (its target must be read from the page).
 * @example pageInterstitialFor(platforms, 'https://weixin110.qq.com/cgi-bin/mmspamsupport-bin/newredirectconfirmcgi?x=1')?.platform.id // 'wechat'
 */
export function pageInterstitialFor(platforms: readonly Platform[], href: string): PageRule | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const p of platforms) {
    for (const page of p.pageInterstitials ?? []) {
      if (hostMatches(page.hosts, url.hostname) && matchPattern(compilePattern(page.path), url.pathname))
        return { platform: p, rule: page };
    }
  }
  return null;
}
